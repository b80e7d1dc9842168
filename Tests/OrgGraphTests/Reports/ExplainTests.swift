import Foundation
import Testing
import OrgGraph

@Suite struct ExplainTests {
    typealias M = Model

    static let organisation = M.organisation(customers: ["c", "d"], teams: [
        M.team("f1", serves: [M.ok("c", delivers: "Care")], reportsTo: ["lead"]),
        M.team("f2", serves: [M.breached("d")], reportsTo: ["lead"]),
        M.team("back", serves: ["f1", "f2", M.broken("c")]),
        M.team("lead"),
        M.team("lost", serves: [M.broken("f2")]),
        M.team("nowhere", serves: ["dead"]),
        M.team("dead"),
    ])

    @Test func shortestIntactChainsFirstThenBrokenOnes() throws {
        let explanation = try Analysis(Self.organisation).explain(team: "back")
        let routes = explanation.chains.map { $0.steps.map { "\($0.from)->\($0.to)" }.joined(separator: " ") }
        // back's nominal distance is 1 (over the broken back -> c), so the
        // longer broken chain back -> f2 -> d is not among the shortest.
        #expect(routes == ["back->f1 f1->c", "back->c"])
        #expect(explanation.chains.map(\.isIntact) == [true, false])
        #expect(explanation.chains.map(\.customer) == ["c", "c"])
        #expect(explanation.reason == nil)
        #expect(explanation.isTruncated == false)
        let text = explanation.text()
        #expect(text.hasPrefix("back: front-line, distance 2 (nominal 1)\n"))
        #expect(text.contains("  1. intact, 2 links: back -> f1 -> c\n"))
        #expect(text.contains("f1 -> c: serves, delivers 'Care'; holds"))
        #expect(text.contains("back -> c: serves; BROKEN (status: broken)"))
        let f2 = try Analysis(Self.organisation).explain(team: "f2").text()
        #expect(f2.contains("f2 -> d: serves; standard 'on time': actual 80% against a target of 95% (15% short); BREACHED"))
    }

    @Test func limitBoundsTheChains() throws {
        let explanation = try Analysis(Self.organisation).explain(team: "back", limit: 1)
        #expect(explanation.chains.count == 1)
        #expect(explanation.isTruncated)
        #expect(explanation.text().contains("(more chains not shown)"))
    }

    @Test func supportLinksAppearInLeadersChains() throws {
        let explanation = try Analysis(Self.organisation).explain(team: "lead")
        #expect(explanation.chains.first?.steps.first?.kind == .support)
        #expect(explanation.text().contains("lead -> f1: support (f1 reports to lead); holds"))
    }

    @Test func noChainGivesTheReasonAndFindings() throws {
        let analysis = Analysis(Self.organisation)
        let lost = try analysis.explain(team: "lost")
        #expect(lost.chains.allSatisfy { !$0.isIntact })
        #expect(lost.reason?.contains("cut at 'lost' -> 'f2' (broken)") == true)
        #expect(lost.findings.map(\.code).contains(.chainBroken))
        let nowhere = try analysis.explain(team: "nowhere")
        #expect(nowhere.chains.isEmpty)
        #expect(nowhere.reason?.contains("'dead' (serves no one)") == true)
        #expect(nowhere.text().contains("No chain to the customer.\nWhy: "))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(nowhere.json().utf8)) as? [String: Any])
        #expect(json["team"] as? String == "nowhere")
        #expect(json["distance"] is NSNull)
        #expect((json["findings"] as? [Any])?.isEmpty == false)
    }

    @Test func jsonListsChainsLinkByLink() throws {
        let explanation = try Analysis(Self.organisation).explain(team: "f2")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(explanation.json().utf8)) as? [String: Any])
        let chains = try #require(json["chains"] as? [[String: Any]])
        #expect(chains.count == 1)
        let link = try #require((chains[0]["links"] as? [[String: Any]])?.first)
        #expect(link["intact"] as? Bool == false)
        #expect((link["standard"] as? [String: Any])?["actual"] as? Int == 80)
    }

    @Test func unknownTeamSuggestsTheNearest() {
        let error = #expect(throws: UnknownTeam.self) { try Analysis(Self.organisation).explain(team: "bac") }
        #expect(error?.suggestion == "back")
        #expect(error?.description == "no team 'bac' in model.yaml; did you mean 'back'?")
    }
}
