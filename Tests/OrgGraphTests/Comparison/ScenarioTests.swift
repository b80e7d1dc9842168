import OrgGraph
import Testing

/// `Scenario` and `WhatIfReport`: removing teams, breaking links, and the errors.
@Suite struct ScenarioTests {
    typealias M = Model

    /// front serves c; back and spare serve front; helper serves back only.
    static let organisation = M.organisation(customers: ["c"], teams: [
        M.team("front", serves: ["c"], reportsTo: ["boss"]),
        M.team("back", serves: ["front"], reportsTo: ["boss"]),
        M.team("spare", serves: ["front"], reportsTo: ["boss"]),
        M.team("helper", serves: ["back"], reportsTo: ["boss"]),
        M.team("boss"),
    ])

    @Test func removingATeamDropsItsLinksAndReportsTo() throws {
        let result = try Scenario(removing: ["back"]).apply(to: Self.organisation)
        #expect(result.teams.map(\.id) == ["front", "spare", "helper", "boss"])
        let withoutBoss = try Scenario(removing: ["boss"]).apply(to: Self.organisation)
        #expect(withoutBoss.teams.allSatisfy { $0.reportsTo.isEmpty })
                #expect(result.teams[2].serves.isEmpty)
        // The result is a valid model the analysis accepts.
        #expect(Analysis(result).team("helper")?.reachesCustomer == false)
    }

    @Test func breakingALinkSetsItsStatus() throws {
        let result = try Scenario(breaking: [LinkReference(from: "back", to: "front")]).apply(to: Self.organisation)
        #expect(result.teams[1].serves[0].status == .broken)
        #expect(result.teams[2].serves[0].status == .ok)
        #expect(Self.organisation.teams[1].serves[0].status == .ok)
    }

    @Test func whatIfReportsTheTeamsLosingTheirPath() throws {
        let report = try WhatIfReport(Scenario(breaking: [LinkReference(from: "back", to: "front")]), on: Analysis(Self.organisation))
        #expect(report.losingPath == ["back", "helper"])
        #expect(report.comparison.links.map(\.kind) == [.changed])
        #expect(report.comparison.introduced.contains { $0.code == .chainBroken && $0.team == "back" })
        let text = report.text()
        #expect(text.hasPrefix("What if model.yaml (Test): 'back' -> 'front' broken\n2 teams lose their path to the customer: 'back', 'helper'\n"))
        #expect(report.json().contains("\"losingPath\": [\n    \"back\",\n    \"helper\"\n  ]"))
    }

    @Test func removingASinglePointOfFailure() throws {
        let report = try WhatIfReport(Scenario(removing: ["front"]), on: Analysis(Self.organisation))
        #expect(report.losingPath == ["back", "spare", "helper", "boss"])
        #expect(report.comparison.teams.map(\.kind) == [.removed])
        #expect(report.comparison.introduced.contains { $0.code == .unservedCustomer })
    }

    @Test func unknownTeamGetsASuggestion() {
        let error = #expect(throws: ScenarioError.self) { try Scenario(removing: ["hlper"]).apply(to: Self.organisation) }
        #expect(error?.description == "no team 'hlper' in model.yaml; did you mean 'helper'?")
    }

    @Test func aCustomerCannotBeRemoved() {
        let error = #expect(throws: ScenarioError.self) { try Scenario(removing: ["c"]).apply(to: Self.organisation) }
        #expect(error == .notATeam(id: "c", file: "model.yaml"))
    }

    @Test func aMissingLinkIsAnErrorAtTheSupplier() {
        let error = #expect(throws: ScenarioError.self) {
            try Scenario(breaking: [LinkReference(from: "helper", to: "front")]).apply(to: Self.organisation)
        }
        #expect(error?.description == "model.yaml:12:9: error: 'helper' has no serves link to 'front'; it serves 'back'")
    }

    @Test func aLinkToATypoSuggestsTheNearestServedId() {
        let error = #expect(throws: ScenarioError.self) {
            try Scenario(breaking: [LinkReference(from: "spare", to: "frnt")]).apply(to: Self.organisation)
        }
        #expect(error?.description == "no team 'frnt' in model.yaml; did you mean 'front'?")
    }

    @Test func aReportsToLinkCannotBeBroken() {
        let error = #expect(throws: ScenarioError.self) {
            try Scenario(breaking: [LinkReference(from: "boss", to: "front")]).apply(to: Self.organisation)
        }
        guard case .noSuchLink(_, _, let isReportsTo, _, _)? = error else {
            Issue.record("expected noSuchLink, got \(String(describing: error))")
            return
        }
        #expect(isReportsTo)
    }

    @Test(arguments: [("a:b", "a", "b"), ("a:b:c", "a", "b:c")])
    func parsesBreakValues(text: String, from: String, to: String) {
        #expect(Scenario.link(from: text) == LinkReference(from: from, to: to))
    }

    @Test(arguments: ["ab", ":b", "a:", ""])
    func rejectsMalformedBreakValues(text: String) {
        #expect(Scenario.link(from: text) == nil)
    }
}
