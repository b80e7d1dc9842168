import Testing
import OrgGraph

@Suite struct AnalysisEdgeCaseTests {
    /// A chain far deeper than any recursion would survive: every pass is iterative,
    /// and dependents are capped while their count is exact.
    @Test func longChainIsAnalysedIterativelyWithCappedDependents() throws {
        let length = 50_000
        let here = SourceLocation(file: "chain.yaml", line: 1, column: 1)
        var teams = [Team(id: "t0", reportsTo: [Located("boss", at: here)], serves: [ServiceLink(to: "c", location: here)], location: here)]
        for i in 1 ..< length {
            teams.append(Team(id: "t\(i)", serves: [ServiceLink(to: "t\(i - 1)", location: here)], location: here))
        }
        teams.append(Team(id: "boss", location: here))
        let org = Organisation(name: "Chain", customers: [Customer(id: "c", location: here)], teams: teams, file: "chain.yaml")
        let analysis = Analysis(org)
        #expect(analysis.teams[length - 1].distance == length)
        #expect(analysis.teams[length].distance == 2)  // boss supports t0
        let first = analysis.teams[0]
        #expect(first.dependentCount == length - 1)  // t1 ... t(length-1); boss is a pure leader, not counted
        #expect(first.dependents.count == Analysis.defaultDependentLimit)
        #expect(analysis.findings.filter { $0.code == .singlePointOfFailure }.count == length - 1)
        let explanation = try analysis.explain(team: "t\(length - 1)", limit: 3)
        #expect(explanation.chains.count == 1)
        #expect(explanation.chains.first?.steps.count == length)
    }

    @Test func emptyAndDegenerateModelsDoNotTrap() {
        let here = SourceLocation(file: "x.yaml", line: 1, column: 1)
        let empty = Analysis(Organisation(name: "E", customers: [Customer(id: "c", location: here)], teams: [], file: "x.yaml"))
        #expect(empty.findings.map(\.code) == [.unservedCustomer])
        #expect(empty.stats().orientation.score == nil)

        // No customers at all, and references that do not resolve (never in a loaded model).
        let odd = Organisation(name: "O", customers: [], teams: [
            Team(id: "a", reportsTo: [Located("ghost", at: here)], serves: [ServiceLink(to: "nobody", location: here)], location: here),
        ], file: "x.yaml")
        let analysis = Analysis(odd)
        #expect(analysis.teams.first?.nominalDistance == nil)
        #expect(analysis.teams.first?.serves.first?.facesCustomer == false)
        #expect(analysis.findings.map(\.code).contains(.noPathToCustomer))
        #expect(analysis.stats().coverage.first?.customers == [])
    }

    @Test func sameModelGivesTheSameBytes() {
        let org = AnalysisPropertyTests.randomOrganisation(seed: 7)
        let first = CheckReport([.analysed(Analysis(org), warnings: [])])
        let second = CheckReport([.analysed(Analysis(org), warnings: [])])
        for format in CheckFormat.allCases {
            #expect(first.rendered(as: format) == second.rendered(as: format))
        }
        #expect(Analysis(org).stats().json() == Analysis(org).stats().json())
    }
}
