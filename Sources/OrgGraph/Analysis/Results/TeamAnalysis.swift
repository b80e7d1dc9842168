/// What the analysis learned about one team.
///
/// Values read from ``Analysis/teams`` are built from the analysis's
/// columns when read; their ``serves``, ``dependents`` and ``findingCodes``
/// lists are built only when those properties are read. Values made with
/// ``init(id:tier:inferredTier:distance:nominalDistance:dependents:dependentCount:findingCodes:serves:)``
/// hold their lists. Either way they behave as plain values: equality,
/// hashing and mutation see the same fields.
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
    /// How many teams, pure leaders not counted, would lose every intact
    /// path to the customer if this team were lost.
    public var dependentCount: Int
    /// The lists, held or read from the analysis.
    private var lists: Lists

    /// Where a team's lists come from.
    private enum Lists: Sendable {
        /// Read on demand from an analysis's columns.
        case analysed(TeamColumns, team: Int32)
        /// Held by the value.
        case held(dependents: [String], findingCodes: [FindingCode], serves: [LinkAnalysis])
    }

    /// The ids of teams that would lose every intact path to the customer
    /// if this team were lost, in dominator-tree preorder, at most
    /// ``Analysis/dependentLimit`` of them; ``dependentCount`` is the full count.
    /// Pure leaders (teams that reach the customer only through the teams
    /// they support) are never listed: their loss is their teams' loss.
    /// Empty for most teams.
    public var dependents: [String] {
        get {
            switch lists {
            case .analysed(let columns, let t): columns.dependents(Int(t))
            case .held(let dependents, _, _): dependents
            }
        }
        set {
            let (_, codes, serves) = heldLists
            lists = .held(dependents: newValue, findingCodes: codes, serves: serves)
        }
    }

    /// The codes of the unsuppressed findings about this team or its links, in code order.
    public var findingCodes: [FindingCode] {
        get {
            switch lists {
            case .analysed(let columns, let t): columns.findingCodes(Int(t))
            case .held(_, let codes, _): codes
            }
        }
        set {
            let (dependents, _, serves) = heldLists
            lists = .held(dependents: dependents, findingCodes: newValue, serves: serves)
        }
    }

    /// One entry per `serves` link, parallel to ``Team/serves``.
    public var serves: [LinkAnalysis] {
        get {
            switch lists {
            case .analysed(let columns, let t): columns.serves(Int(t))
            case .held(_, _, let serves): serves
            }
        }
        set {
            let (dependents, codes, _) = heldLists
            lists = .held(dependents: dependents, findingCodes: codes, serves: newValue)
        }
    }

    /// The three lists, read.
    private var heldLists: (dependents: [String], findingCodes: [FindingCode], serves: [LinkAnalysis]) {
        switch lists {
        case .analysed(let columns, let t):
            (columns.dependents(Int(t)), columns.findingCodes(Int(t)), columns.serves(Int(t)))
        case .held(let dependents, let codes, let serves):
            (dependents, codes, serves)
        }
    }

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
        self.dependentCount = dependentCount ?? dependents.count
        self.lists = .held(dependents: dependents, findingCodes: findingCodes, serves: serves)
    }

    /// A team analysis whose lists are read from `columns` when asked.
    init(id: String, tier: Tier, inferredTier: Tier, distance: Int?, nominalDistance: Int?, dependentCount: Int, columns: TeamColumns, team: Int32) {
        self.id = id
        self.tier = tier
        self.inferredTier = inferredTier
        self.distance = distance
        self.nominalDistance = nominalDistance
        self.dependentCount = dependentCount
        self.lists = .analysed(columns, team: team)
    }

    /// Team analyses are equal when every field is, however the lists are kept.
    public static func == (a: TeamAnalysis, b: TeamAnalysis) -> Bool {
        a.id == b.id && a.tier == b.tier && a.inferredTier == b.inferredTier && a.distance == b.distance
            && a.nominalDistance == b.nominalDistance && a.dependentCount == b.dependentCount
            && a.dependents == b.dependents && a.findingCodes == b.findingCodes && a.serves == b.serves
    }

    /// Hashes every field.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(tier)
        hasher.combine(inferredTier)
        hasher.combine(distance)
        hasher.combine(nominalDistance)
        hasher.combine(dependentCount)
        hasher.combine(dependents)
        hasher.combine(findingCodes)
        hasher.combine(serves)
    }
}
