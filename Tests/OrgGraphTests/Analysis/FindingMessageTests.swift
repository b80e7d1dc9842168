import Foundation
import Testing
import OrgGraph

/// The analysis keeps most finding messages as parts and builds the text
/// when it is read. These tests hold the built text to the eager form: a
/// finding copied with its message as plain text is equal to it, hashes the
/// same, and the texts are the ones the messages always had.
@Suite struct FindingMessageTests {
    /// Every finding, re-made with its message as literal text, is equal to
    /// the lazily formatted one and hashes the same; reading twice gives the
    /// same text; and the findings are still in `Finding` order.
    static func expectLazyEqualsEager(_ analysis: Analysis, _ name: String) {
        for finding in analysis.findings + analysis.suppressed {
            let eager = Finding(
                code: finding.code, message: finding.message, team: finding.team,
                link: finding.link, customer: finding.customer, location: finding.location
            )
            #expect(eager == finding, "\(name): \(finding)")
            #expect(eager.hashValue == finding.hashValue, "\(name): \(finding)")
            #expect(eager.description == finding.description, "\(name)")
            #expect(!finding.message.isEmpty && finding.message == finding.message, "\(name)")
        }
        let descriptions = analysis.findings.map(\.description)
        #expect(Set(analysis.findings).count == analysis.findings.count, "\(name): findings stay distinct")
        #expect(descriptions.count == analysis.findings.count)
    }

    @Test(arguments: AnalysisFixtureTests.names)
    func fixturesLazyMessagesEqualEagerOnes(name: String) throws {
        let model = try ModelLoader.load(contentsOf: try AnalysisFixtureTests.path(name))
        Self.expectLazyEqualsEager(Analysis(model.organisation), name)
    }

    @Test(arguments: ExampleModelTests.models)
    func examplesLazyMessagesEqualEagerOnes(name: String) throws {
        let path = ExampleModelTests.directory.appendingPathComponent(name).path
        Self.expectLazyEqualsEager(Analysis(try ModelLoader.load(contentsOf: path).organisation), name)
    }

    @Test func randomModelsLazyMessagesEqualEagerOnes() {
        for seed in UInt64(1) ... 300 {
            Self.expectLazyEqualsEager(Analysis(AnalysisPropertyTests.randomOrganisation(seed: seed)), "seed \(seed)")
        }
    }

    /// Setting a message replaces the built text.
    @Test func settingTheMessageReplacesIt() throws {
        let organisation = Model.organisation(customers: ["shop"], teams: [
            Model.team("till", serves: [Model.breached("shop")], reportsTo: ["boss"]),
            Model.team("boss"),
        ])
        var finding = try #require(Analysis(organisation).findings.first { $0.code == .standardBreached })
        #expect(finding.message == "'till' -> 'shop' misses its standard 'on time': actual 80% against a target of 95% (15% short)")
        finding.message = "replaced"
        #expect(finding.message == "replaced")
        #expect(finding.description.hasSuffix("[standard-breached] replaced"))
    }

    /// The exact texts of the codes whose messages are built on demand.
    @Test func deferredMessagesHaveTheirTexts() {
        let organisation = Model.organisation(customers: ["shop"], teams: [
            Model.team("boss", .leadership, serves: ["front"]),
            Model.team("front", serves: ["shop"], reportsTo: ["boss"]),
            Model.team("back", serves: ["front", "boss", "side"], reportsTo: ["boss"]),
            Model.team("side", serves: ["front"], reportsTo: ["boss"]),
            Model.team("deep", serves: ["back"], reportsTo: ["back"]),
            Model.team("mid", .leadership, serves: ["shop"], reportsTo: ["boss"]),
            Model.team("low", serves: ["mid"], reportsTo: ["mid"]),
        ])
        let messages = Analysis(organisation).findings.map(\.message)
        let expected = [
            "'back' serves 'boss', which it reports to: its work flows up to its leader instead of toward the customer",
            "'deep' serves 'back', which it reports to: its work flows up to its leader instead of toward the customer",
            "'back' (distance 2) serves 'side' (distance 2), which is no closer to the customer: the work flows sideways",
            "losing 'back' would cut 1 team off from the customer: 'deep'",
            "every intact chain from 'low' to the customer passes through a leadership team (first 'mid' on its shortest chain): its work reaches customers only via management",
        ]
        for text in expected {
            #expect(messages.contains(text), "missing \(text) in \(messages)")
        }

        let fan = Model.organisation(customers: ["shop"], teams: [Model.team("front", serves: ["shop"])]
            + ["a", "b", "c", "d", "e", "f"].map { Model.team($0, serves: ["front"]) })
        let spof = Analysis(fan).findings.filter { $0.code == .singlePointOfFailure }.map(\.message)
        #expect(spof == ["losing 'front' would cut 6 teams off from the customer: 'a', 'b', 'c', 'd', 'e' and 1 more"])
    }
}
