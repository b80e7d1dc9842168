import Foundation
import Testing
import OrgGraph

@Suite struct StatsTests {
    typealias M = Model

    static let organisation = M.organisation(customers: ["c", "d"], teams: [
        M.team("f1", serves: ["c"], reportsTo: ["lead"], headcount: 10),
        M.team("f2", serves: ["d", "f1"], reportsTo: ["lead"], headcount: 5),
        M.team("back", serves: ["f1", M.broken("f2")], headcount: 3),
        M.team("lead", headcount: 1),
        M.team("cut", serves: [M.broken("c")]),
    ])

    @Test func shapeOrientationAndChains() throws {
        let stats = Analysis(Self.organisation).stats()
        #expect(stats.teamsPerTier.map(\.teams) == [3, 1, 1])
        #expect(stats.layers == [
            .init(distance: 1, teams: 2, headcount: 15),
            .init(distance: 2, teams: 2, headcount: 4),
            .init(distance: nil, teams: 1, headcount: 0),
        ])
        // Facing: f1->c, f2->d, back->f1 (1 < 2), cut->c. Not: f2->f1 (1 = 1), back->f2 (1 < 2 faces).
        #expect(stats.orientation.total == 6)
        #expect(stats.orientation.facing == 5)
        #expect(stats.orientation.score.map { ($0 * 10).rounded() / 10 } == 83.3)
        #expect(stats.longestChain?.links == 2)
        #expect(stats.longestChain?.team == "back")
        #expect(stats.cutOff == 1)
        #expect(stats.coverage.map(\.customers) == [["c"], ["c", "d"], ["c"], ["c", "d"], []])
        let text = stats.text()
        #expect(text.contains("Orientation score: 83.3% (5 of 6 serves links face the customer)\n"))
        #expect(text.contains("  team  C1 C2\n  f1    x  .\n"))
        #expect(text.contains("  cut off: 1 team, headcount 0\n"))
    }

    @Test func jsonShape() throws {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(Analysis(Self.organisation).stats().json().utf8)) as? [String: Any])
        #expect(Set(json.keys) == ["organisation", "file", "teams", "customers", "teamsPerTier", "layers", "orientation", "longestChain", "cutOff", "coverage"])
        #expect(json["teamsPerTier"] as? [String: Int] == ["front-line": 3, "support": 1, "leadership": 1])
        let layers = try #require(json["layers"] as? [[String: Any]])
        #expect(layers.last?["distance"] is NSNull)
        #expect((json["orientation"] as? [String: Any])?["score"] as? Double == 83.3)
        #expect((json["coverage"] as? [[String: Any]])?[1]["customers"] as? [String] == ["c", "d"])
    }

    /// Coverage matches a brute-force search over intact links on random models.
    @Test(arguments: 1 ... 150) func coverageMatchesBruteForce(seed: Int) {
        let org = AnalysisPropertyTests.randomOrganisation(seed: UInt64(seed))
        let stats = Analysis(org).stats()
        var next: [String: [String]] = [:]
        for team in org.teams {
            for link in team.serves where link.isIntact { next[team.id, default: []].append(link.to) }
            for leader in team.reportsTo { next[leader.value, default: []].append(team.id) }
        }
        let customers = org.customers.map(\.id)
        for (t, team) in org.teams.enumerated() {
            var seen: Set<String> = [team.id]
            var stack = [team.id]
            while let id = stack.popLast() {
                for to in next[id] ?? [] where seen.insert(to).inserted { stack.append(to) }
            }
            #expect(stats.coverage[t].customers == customers.filter(seen.contains), "seed \(seed) team \(team.id)")
        }
    }
}
