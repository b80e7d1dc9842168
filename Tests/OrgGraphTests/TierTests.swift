import Testing
import OrgGraph

@Suite struct TierInferenceTests {
    @Test func infersFrontLineLeadershipAndSupport() {
        let here = SourceLocation(file: "t.yaml", line: 1, column: 1)
        let org = Organisation(
            name: "T",
            customers: [Customer(id: "c", location: here)],
            teams: [
                Team(id: "front", reportsTo: [Located("boss", at: here)], serves: [ServiceLink(to: "c", location: here)], location: here),
                Team(id: "back", serves: [ServiceLink(to: "front", location: here)], location: here),
                Team(id: "boss", location: here),
            ],
            file: "t.yaml"
        )
        #expect(Analysis(org).teams.map(\.inferredTier) == [.frontLine, .support, .leadership])
    }
}
