/// A team or an end customer that differs between two versions of a model.
public struct NodeChange: Hashable, Sendable {
    /// Added, removed, renamed or changed.
    public var kind: ChangeKind
    /// The id: the new id, or the old one for a removed node.
    public var id: String
    /// The id in the old version when it was renamed; `nil` otherwise.
    public var oldID: String?
    /// The display name (the new one, the old one for a removed node).
    public var name: String
    /// The fields that differ, in the order the model file writes them;
    /// empty for added and removed nodes.
    public var fields: [FieldChange]

    /// Creates a node change.
    public init(kind: ChangeKind, id: String, oldID: String? = nil, name: String, fields: [FieldChange] = []) {
        self.kind = kind
        self.id = id
        self.oldID = oldID
        self.name = name
        self.fields = fields
    }
}
