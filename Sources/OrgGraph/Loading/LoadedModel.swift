/// A model that was read and validated, with the warnings found on the way.
public struct LoadedModel: Hashable, Sendable {
    /// The organisation, with unique ids and resolved references.
    public var organisation: Organisation
    /// Problems that do not stop the model from being used, such as an empty `teams` list.
    public var warnings: [Diagnostic]

    /// Creates a loaded model.
    public init(organisation: Organisation, warnings: [Diagnostic] = []) {
        self.organisation = organisation
        self.warnings = warnings
    }
}
