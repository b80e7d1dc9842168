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
    public var standard: ServiceStandard?
    /// Where the link is written: the short-form id, or the `to` value of the long form.
    public var location: SourceLocation

    /// Creates a link.
    public init(to: String, delivers: String? = nil, status: LinkStatus = .ok, standard: ServiceStandard? = nil, location: SourceLocation) {
        self.to = to
        self.delivers = delivers
        self.status = status
        self.standard = standard
        self.location = location
    }

    /// Whether the hand-off works: not `status: broken` and its standard not breached.
    public var isIntact: Bool {
        status == .ok && !(standard?.isBreached ?? false)
    }
}
