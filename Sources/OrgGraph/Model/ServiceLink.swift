/// A `serves` entry: the team is a supplier to the customer `to`, which is an
/// end customer or another team.
public struct ServiceLink: Hashable, Sendable {
    /// The id of the internal or end customer served.
    public var to: String
    /// What flows along the link, e.g. `Treatment notes`.
    public var delivers: String?
    /// A known break, independent of the standard.
    public var status: LinkStatus
    /// The service standard measured on this link.
    public var standard: ServiceStandard? {
        get { standardStorage?.value }
        set { standardStorage = newValue.map(StandardStorage.init) }
    }
    /// Where the link is written: the short-form id, or the `to` value of the long form.
    public var location: SourceLocation

    /// The standard, kept out of line: most links have none, and a large
    /// organisation has millions of links (8 bytes each instead of 64).
    private var standardStorage: StandardStorage?

    /// Creates a link.
    public init(to: String, delivers: String? = nil, status: LinkStatus = .ok, standard: ServiceStandard? = nil, location: SourceLocation) {
        self.to = to
        self.delivers = delivers
        self.status = status
        self.location = location
        self.standard = standard
    }

    /// Whether the hand-off works: not `status: broken` and its standard not breached.
    public var isIntact: Bool {
        status == .ok && !(standardStorage?.value.isBreached ?? false)
    }

    /// Equal when every field is: the standards compared by value.
    public static func == (lhs: ServiceLink, rhs: ServiceLink) -> Bool {
        lhs.to == rhs.to && lhs.delivers == rhs.delivers && lhs.status == rhs.status
            && lhs.standard == rhs.standard && lhs.location == rhs.location
    }

    /// Hashes every field, the standard by value.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(to)
        hasher.combine(delivers)
        hasher.combine(status)
        hasher.combine(standard)
        hasher.combine(location)
    }
}

/// An immutable box for a link's standard; a new one is made on every change,
/// so ``ServiceLink`` keeps value semantics.
private final class StandardStorage: Sendable {
    let value: ServiceStandard

    init(_ value: ServiceStandard) {
        self.value = value
    }
}
