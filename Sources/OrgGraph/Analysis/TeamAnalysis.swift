/// What the analysis learned about one team.
public struct TeamAnalysis: Hashable, Sendable {
    /// The team's id.
    public var id: String
    /// The tier shown: the declared tier, or the inferred one.
    public var tier: Tier
    /// The tier the structure implies.
    public var inferredTier: Tier
    /// The fewest intact links from the team to an end customer; `nil` when
    /// no intact path exists. A front-line team has distance 1.
    public var distance: Int?
    /// The fewest links to an end customer over all links, broken or not;
    /// `nil` when the team has no path to any customer.
    public var nominalDistance: Int?
    /// The ids of teams that would lose every intact path to the customer
    /// if this team were lost, in dominator-tree preorder, at most
    /// ``Analysis/dependentLimit`` of them; ``dependentCount`` is the full count.
    /// Pure leaders (teams that reach the customer only through the teams
    /// they support) are never listed: their loss is their teams' loss.
    /// Empty for most teams.
    public var dependents: [String]
    /// How many teams, pure leaders not counted, would lose every intact
    /// path to the customer if this team were lost.
    public var dependentCount: Int
    /// The codes of the unsuppressed findings about this team or its links, in code order.
    public var findingCodes: [FindingCode]
    /// One entry per `serves` link, parallel to ``Team/serves``.
    public var serves: [LinkAnalysis]

    /// Whether an intact path reaches an end customer.
    public var reachesCustomer: Bool { distance != nil }
    /// Whether losing this team cuts another team off from the customer.
    public var isSinglePointOfFailure: Bool { dependentCount > 0 }

    /// Creates a team analysis.
    public init(
        id: String,
        tier: Tier,
        inferredTier: Tier,
        distance: Int?,
        nominalDistance: Int?,
        dependents: [String] = [],
        dependentCount: Int? = nil,
        findingCodes: [FindingCode] = [],
        serves: [LinkAnalysis] = []
    ) {
        self.id = id
        self.tier = tier
        self.inferredTier = inferredTier
        self.distance = distance
        self.nominalDistance = nominalDistance
        self.dependents = dependents
        self.dependentCount = dependentCount ?? dependents.count
        self.findingCodes = findingCodes
        self.serves = serves
    }
}
