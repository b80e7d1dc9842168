/// A team: an internal supplier to its customers, and a customer of its suppliers.
public struct Team: Hashable, Sendable, Identifiable {
    /// The id other entries refer to; unique across customers and teams.
    public var id: String
    /// The display name; the id when the file gives none.
    public var name: String
    /// The tier the file declares, if any. ``TeamAnalysis/inferredTier`` is
    /// the tier the structure implies.
    public var declaredTier: Tier?
    /// Used to group teams in diagrams.
    public var department: String?
    /// The number of people, when known.
    public var headcount: Int?
    /// Influential people who carry the service culture.
    public var champions: [String]
    /// The teams this team reports to. Each makes an implicit support link
    /// leader -> team: in the inverted pyramid the boss is a supplier to the team.
    public var reportsTo: [Located<String>]
    /// This team's internal or end customers.
    public var serves: [ServiceLink]
    /// Where the team's entry starts (its `id` value).
    public var location: SourceLocation

    /// Creates a team.
    public init(
        id: String,
        name: String? = nil,
        declaredTier: Tier? = nil,
        department: String? = nil,
        headcount: Int? = nil,
        champions: [String] = [],
        reportsTo: [Located<String>] = [],
        serves: [ServiceLink] = [],
        location: SourceLocation
    ) {
        self.id = id
        self.name = name ?? id
        self.declaredTier = declaredTier
        self.department = department
        self.headcount = headcount
        self.champions = champions
        self.reportsTo = reportsTo
        self.serves = serves
        self.location = location
    }
}
