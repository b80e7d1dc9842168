import Testing
@testable import OrgGraph

/// `Analysis` is public: an organisation built in code never went through the
/// loader's validation, so it may hold what the loader refuses (reporting
/// cycles, a team reporting to itself or to a customer, duplicate and unknown
/// ids). The analysis must still finish, and the same organisation must give
/// the same analysis. (A reporting cycle once crashed the upward-facing check:
/// a leader on a cycle is in no tree of `ReportingAncestry`'s forest.)
@Suite struct CodeBuiltOrganisationTests {
    /// A small random organisation: up to 9 teams, each with up to two
    /// leaders and two links, any of which may point anywhere (itself, a
    /// customer, an id that does not exist, a repeated id).
    static func organisation(seed: Int) -> Organisation {
        var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 1
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let here = SourceLocation(file: "code", line: 1, column: 1)
        let count = 2 + next(8)
        func someone() -> String {
            switch next(10) {
            case 0: "customer"
            case 1: "nobody"
            default: "t\(next(count))"
            }
        }
        let teams = (0 ..< count).map { index in
            Team(
                id: next(12) == 0 ? "t0" : "t\(index)",
                reportsTo: (0 ..< next(3)).map { _ in Located(someone(), at: here) },
                serves: (0 ..< next(3)).map { _ in ServiceLink(to: someone(), location: here) },
                location: here
            )
        }
        return Organisation(name: "Built in code", customers: [Customer(id: "customer", location: here)], teams: teams, file: "code")
    }

    @Test(arguments: 0 ..< 2_000)
    func theAnalysisFinishesOnWhatTheLoaderRefuses(seed: Int) {
        let organisation = Self.organisation(seed: seed)
        let analysis = Analysis(organisation)
        #expect(analysis.teams.count == organisation.teams.count)
        let again = Analysis(organisation)
        #expect(analysis.findings == again.findings)
        #expect(analysis.teams == again.teams)
        let stats = OrganisationStats(analysis)
        #expect(stats.teams == organisation.teams.count)
    }

    @Test func aReportingCycleAboveAMatrixTeamIsNotAnyonesLeadership() {
        let here = SourceLocation(file: "code", line: 1, column: 1)
        func team(_ id: String, leaders: [String], serves: [String]) -> Team {
            Team(id: id, reportsTo: leaders.map { Located($0, at: here) }, serves: serves.map { ServiceLink(to: $0, location: here) }, location: here)
        }
        // `matrix` has two leaders; `a` and `b` report to each other.
        let organisation = Organisation(name: "Cycle", customers: [Customer(id: "customer", location: here)], teams: [
            team("a", leaders: ["b"], serves: ["customer"]),
            team("b", leaders: ["a"], serves: ["customer"]),
            team("boss", leaders: [], serves: []),
            team("matrix", leaders: ["a", "boss"], serves: ["b", "boss"]),
        ], file: "code")
        let analysis = Analysis(organisation)
        // The link to `boss`, a leader of `matrix`, faces upward; the link to
        // `b`, on the cycle, is not counted as serving a leader.
        let upward = analysis.findings.filter { $0.code == .upwardFacing }
        #expect(upward.map(\.link?.to) == ["boss"])
    }
}
