/// A model that could not be read or is invalid, with every problem found.
public struct InvalidModel: Error, Hashable, Sendable, CustomStringConvertible {
    /// Every problem, sorted by location. At least one is an error.
    public var diagnostics: [Diagnostic]

    /// Creates the error from its diagnostics.
    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    init(_ diagnostic: Diagnostic) {
        self.diagnostics = [diagnostic]
    }

    /// One diagnostic per line.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
