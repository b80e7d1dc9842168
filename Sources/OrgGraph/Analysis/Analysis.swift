/// Everything the analysis learns about an organisation, computed once in
/// time linear in teams + links and reused by `check`, `explain`, `stats`
/// and the diagrams.
///
/// ```swift
/// let analysis = Analysis(organisation)
/// for finding in analysis.findings { print(finding) }
/// ```
public struct Analysis: Sendable {
    /// The organisation analysed.
    public let organisation: Organisation
    /// One entry per team, parallel to ``Organisation/teams`` (built from
    /// the analysis's columns when read).
    public let teams: TeamAnalyses
    /// The findings not suppressed by the model's `ignore` list, sorted by
    /// location, then code.
    public let findings: [Finding]
    /// The findings an `ignore` entry suppressed, sorted by location, then code.
    public let suppressed: [Finding]
    /// The most ids listed in a team's ``TeamAnalysis/dependents``.
    public let dependentLimit: Int

    /// The indexed graph, kept for `explain`, `stats` and the diagrams
    /// (`package`: read by PyramidDiagram, not public API).
    package let graph: AnalysisGraph
    /// Intact customer distance per graph node (`-1`: none).
    package let distance: [Int32]
    /// Nominal customer distance per graph node (`-1`: none).
    package let nominalDistance: [Int32]

    /// The ``TeamAnalysis/dependents`` limit used unless another is given.
    public static let defaultDependentLimit = 10

    /// Analyses a validated organisation (see ``ModelLoader``).
    ///
    /// O(teams + links) apart from the dominator tree, which is
    /// O((teams + links) log teams), and the `upward-facing` ancestry test,
    /// which is O(1) per link in a pure hierarchy (see `docs/performance.md`).
    ///
    /// - Parameters:
    ///   - organisation: the organisation; ids must be unique and references resolve.
    ///   - dependentLimit: how many dependents to list per single point of failure.
    public init(_ organisation: Organisation, dependentLimit: Int = Analysis.defaultDependentLimit) {
        var builder = AnalysisBuilder(organisation, dependentLimit: max(0, dependentLimit))
        let columns = builder.run()
        self.organisation = organisation
        self.dependentLimit = max(0, dependentLimit)
        self.graph = builder.graph
        self.distance = builder.distance
        self.nominalDistance = builder.nominal
        self.teams = TeamAnalyses(columns)
        self.findings = builder.findings
        self.suppressed = builder.suppressed
    }

    /// The position of the team with this id in ``teams`` and ``Organisation/teams``.
    public func teamIndex(of id: String) -> Int? {
        guard let node = graph.index[id], graph.isTeam(Int(node)) else { return nil }
        return graph.team(Int(node))
    }

    /// The analysis of the team with this id, if there is one.
    public func team(_ id: String) -> TeamAnalysis? {
        teamIndex(of: id).map { teams[$0] }
    }

    /// The position of the team with this id, or an error that suggests the
    /// nearest team id when `id` looks like a typo.
    public func requireTeamIndex(of id: String) throws(UnknownTeam) -> Int {
        guard let index = teamIndex(of: id) else {
            throw UnknownTeam(id: id, file: organisation.file, suggestion: Suggestion.nearest(to: id, in: organisation.teams.map(\.id)))
        }
        return index
    }

    /// The codes of the unsuppressed findings about `serves` entry `entry` of
    /// team `team` (as ``LinkAnalysis/findingCodes``), in O(1): reading
    /// `teams[team].serves[entry]` builds the team's whole `serves` list.
    /// Empty when there is no such entry.
    package func linkFindingCodes(team: Int, entry: Int) -> [FindingCode] {
        teams.linkFindingCodes(team: team, entry: entry)
    }

    /// The unsuppressed findings about a team (as ``Finding/team``), in order.
    public func findings(about team: String) -> [Finding] {
        findings.filter { $0.team == team }
    }

    /// The number of findings of each severity among ``findings``.
    public func count(of severity: Severity) -> Int {
        findings.reduce(0) { $0 + ($1.severity == severity ? 1 : 0) }
    }
}
