/// An end customer (or customer segment): the top of the inverted pyramid.
public struct Customer: Hashable, Sendable, Identifiable {
    /// The id other entries refer to; unique across customers and teams.
    public var id: String
    /// The display name; the id when the file gives none.
    public var name: String
    /// Where the customer's entry starts (its `id` value).
    public var location: SourceLocation

    /// Creates a customer.
    public init(id: String, name: String? = nil, location: SourceLocation) {
        self.id = id
        self.name = name ?? id
        self.location = location
    }
}
