/// A `serves` link that differs between two versions of a model. Links are
/// matched by their two ends, after the renames of ``ModelComparison``.
public struct LinkChange: Hashable, Sendable {
    /// Added, removed or changed (links are never ``ChangeKind/renamed``:
    /// a link whose end was renamed is the same link).
    public var kind: ChangeKind
    /// The supplier's id (the old id for a removed link).
    public var from: String
    /// The customer's id (the old id for a removed link).
    public var to: String
    /// The fields that differ (`status`, `delivers`, `standard`,
    /// `standard.*`); empty for added and removed links.
    public var fields: [FieldChange]

    /// Creates a link change.
    public init(kind: ChangeKind, from: String, to: String, fields: [FieldChange] = []) {
        self.kind = kind
        self.from = from
        self.to = to
        self.fields = fields
    }

    /// The link as a reference.
    public var reference: LinkReference { LinkReference(from: from, to: to) }
}
