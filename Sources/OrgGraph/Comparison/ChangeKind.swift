/// How a team, customer or link differs between two versions of a model.
public enum ChangeKind: String, Hashable, Sendable, CaseIterable {
    /// Only in the new version.
    case added
    /// Only in the old version.
    case removed
    /// Its id changed, and a team or customer with the same name took its
    /// place (the rename heuristic); ``FieldChange``s may list more.
    case renamed
    /// The same id in both versions, with different fields.
    case changed
}
