/// Names a link of the organisation graph by its two ends.
public struct LinkReference: Hashable, Sendable, Codable {
    /// What made the link.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// A `serves` entry: supplier -> customer.
        case serves
        /// An implicit support link leader -> team, from `reports-to`.
        case support
    }

    /// The supplier's id.
    public var from: String
    /// The customer's id (a team or an end customer).
    public var to: String
    /// Whether the link is a `serves` entry or a support link.
    public var kind: Kind

    /// Creates a link reference.
    public init(from: String, to: String, kind: Kind = .serves) {
        self.from = from
        self.to = to
        self.kind = kind
    }
}
