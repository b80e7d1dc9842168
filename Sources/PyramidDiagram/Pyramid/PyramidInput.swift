import OrgGraph

/// What a diagram is drawn from: the organisation and what its analysis
/// found. Built from an ``OrgGraph/Analysis``; tests build it by hand.
struct PyramidInput: Sendable {
    var organisation: Organisation
    /// Parallel to `organisation.teams`.
    var teams: [TeamAnalysis]
    /// The findings to show (the unsuppressed ones).
    var findings: [Finding]

    init(_ analysis: Analysis) {
        self.organisation = analysis.organisation
        self.teams = analysis.teams
        self.findings = analysis.findings
    }

    init(organisation: Organisation, teams: [TeamAnalysis], findings: [Finding] = []) {
        self.organisation = organisation
        self.teams = teams
        self.findings = findings
    }
}
