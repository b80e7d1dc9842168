/// Everything the analysis learns about an organisation, computed once in
/// time linear in teams + links and reused by `check`, `explain`, `stats`
/// and the diagrams.
public struct Analysis: Sendable {
    /// The organisation analysed.
    public let organisation: Organisation
    /// One entry per team, parallel to ``Organisation/teams``.
    public let teams: [TeamAnalysis]
    /// The findings not suppressed by the model's `ignore` list, sorted by location.
    public let findings: [Finding]
    /// The findings an `ignore` entry suppressed, sorted by location.
    public let suppressed: [Finding]

    /// Analyses a validated organisation.
    public init(_ organisation: Organisation) {
        // Placeholder until the analysis lands (issue 3): distances and findings are empty.
        let tiers = organisation.inferredTiers()
        self.organisation = organisation
        self.teams = zip(organisation.teams, tiers).map { team, inferred in
            TeamAnalysis(id: team.id, tier: team.declaredTier ?? inferred, inferredTier: inferred, distance: nil, nominalDistance: nil)
        }
        self.findings = []
        self.suppressed = []
    }
}
