/// The per-team and per-`serves`-entry results of one analysis, kept as
/// columns (one flat array per field) instead of one ``TeamAnalysis`` value
/// per team.
///
/// At a million teams, building a million structs, each with its own
/// `serves` array, was a large share of `Analysis.init` (one heap
/// allocation per team with links, and its ids copied). The columns are
/// filled in a few sequential passes; ``TeamAnalyses`` builds a
/// ``TeamAnalysis`` from them when an element is read, and that value reads
/// its `serves`, `dependents` and `findingCodes` from here only when asked.
final class TeamColumns: Sendable {
    /// The organisation analysed (for the rare `serves` entry that does not resolve).
    let organisation: Organisation
    /// The graph: ids, edges, per-team entry offsets.
    let graph: AnalysisGraph
    /// Shown and inferred tier per team.
    let tiers: [Tier]
    let inferredTiers: [Tier]
    /// Intact and nominal customer distance per graph node (`-1`: none).
    let distance: [Int32]
    let nominal: [Int32]
    /// Per edge: a `serves` link to one of the supplier's own leaders.
    let servesOwnLeader: [Bool]
    /// Finding codes per team, as a mask of ``FindingCode/bit``.
    let teamCodes: [UInt16]
    /// Finding codes per `serves` entry (flat numbering `graph.servesStart`).
    let linkCodes: [UInt16]
    /// The single points of failure, ascending team index, with their full
    /// dependent count and the nodes listed (`listedStart[k] ..< listedStart[k + 1]`
    /// in `listed`; ``dependentLimit`` or more of them, for the message).
    let failureTeams: [Int32]
    let failureCounts: [Int32]
    let listedStart: [Int32]
    let listed: [Int32]
    /// The most ids in ``TeamAnalysis/dependents``.
    let dependentLimit: Int

    init(
        organisation: Organisation,
        graph: AnalysisGraph,
        tiers: [Tier],
        inferredTiers: [Tier],
        distance: [Int32],
        nominal: [Int32],
        servesOwnLeader: [Bool],
        teamCodes: [UInt16],
        linkCodes: [UInt16],
        failureTeams: [Int32],
        failureCounts: [Int32],
        listedStart: [Int32],
        listed: [Int32],
        dependentLimit: Int
    ) {
        self.organisation = organisation
        self.graph = graph
        self.tiers = tiers
        self.inferredTiers = inferredTiers
        self.distance = distance
        self.nominal = nominal
        self.servesOwnLeader = servesOwnLeader
        self.teamCodes = teamCodes
        self.linkCodes = linkCodes
        self.failureTeams = failureTeams
        self.failureCounts = failureCounts
        self.listedStart = listedStart
        self.listed = listed
        self.dependentLimit = dependentLimit
    }

    var teamCount: Int { graph.teamCount }

    /// The analysis of team `t`, without its lists (read on demand).
    func team(_ t: Int) -> TeamAnalysis {
        let node = graph.node(ofTeam: t)
        let d = distance[node]
        let n = nominal[node]
        return TeamAnalysis(
            id: graph.index.ids[node],
            tier: tiers[t],
            inferredTier: inferredTiers[t],
            distance: d >= 0 ? Int(d) : nil,
            nominalDistance: n >= 0 ? Int(n) : nil,
            dependentCount: failure(of: t).map { Int(failureCounts[$0]) } ?? 0,
            columns: self,
            team: Int32(t)
        )
    }

    /// The position of team `t` among ``failureTeams``, if it is a single point of failure.
    func failure(of t: Int) -> Int? {
        var low = 0
        var high = failureTeams.count
        let key = Int32(t)
        while low < high {
            let mid = (low + high) / 2
            if failureTeams[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low < failureTeams.count && failureTeams[low] == key ? low : nil
    }

    /// ``TeamAnalysis/dependents`` of team `t`.
    func dependents(_ t: Int) -> [String] {
        guard let k = failure(of: t) else { return [] }
        let start = Int(listedStart[k])
        let end = min(Int(listedStart[k + 1]), start + dependentLimit)
        return listed[start ..< end].map { graph.index.ids[Int($0)] }
    }

    /// ``TeamAnalysis/findingCodes`` of team `t`.
    func findingCodes(_ t: Int) -> [FindingCode] {
        Self.codes(teamCodes[t])
    }

    /// ``TeamAnalysis/serves`` of team `t`.
    func serves(_ t: Int) -> [LinkAnalysis] {
        let first = Int(graph.servesStart[t])
        let count = Int(graph.servesStart[t + 1]) - first
        guard count > 0 else { return [] }
        return (0 ..< count).map { link(team: t, entry: $0) }
    }

    /// The analysis of `serves` entry `entry` of team `t`.
    func link(team t: Int, entry j: Int) -> LinkAnalysis {
        let flat = Int(graph.servesStart[t]) + j
        let codes = Self.codes(linkCodes[flat])
        let edge = Int(graph.servesEdge[flat])
        guard edge >= 0 else {
            // Not resolved (impossible in a validated model): as declared.
            let link = organisation.teams[t].serves[j]
            return LinkAnalysis(to: link.to, isIntact: link.isIntact, facesCustomer: false, findingCodes: codes)
        }
        let node = graph.node(ofTeam: t)
        let target = Int(graph.edgeTo[edge])
        // A link to one of the supplier's own leaders never faces the
        // customer, however near the leader is.
        let faces = !graph.isTeam(target)
            || (!servesOwnLeader[edge] && nominal[target] >= 0 && nominal[node] >= 0 && nominal[target] < nominal[node])
        return LinkAnalysis(to: graph.index.ids[target], isIntact: graph.edgeIntact[edge], facesCustomer: faces, findingCodes: codes)
    }

    /// The codes in a mask, in code order.
    static func codes(_ mask: UInt16) -> [FindingCode] {
        guard mask != 0 else { return [] }
        return FindingCode.allCases.filter { mask & $0.bit != 0 }
    }
}
