import Foundation
import Testing
import OrgGraph

@Suite struct CheckReportTests {
    typealias M = Model

    /// front serves c but reports to no one; back depends on front; worker
    /// serves its boss, whose only route to the customer is worker (a pure
    /// leader, so not worker's dependent); helper depends on worker.
    static let organisation = M.organisation(customers: ["c"], teams: [
        M.team("front", serves: ["c"]),
        M.team("back", serves: ["front"]),
        M.team("worker", serves: ["c", "boss"], reportsTo: ["boss"]),
        M.team("boss"),
        M.team("helper", serves: ["worker"]),
    ], ignore: [(code: "single-point-of-failure", team: "worker")])

    static var analysis: Analysis { Analysis(organisation) }

    @Test func textIsCompilerStyleSortedWithSummary() {
        let report = CheckReport([.analysed(Self.analysis, warnings: [])])
        let expected = """
        model.yaml:3:9: info: [single-point-of-failure] losing 'front' would cut 1 team off from the customer: 'back'
        model.yaml:3:9: warning: [unsupported-front-line] 'front' serves end customers directly but reports to no one: no leader supports it
        model.yaml:10:13: error: [upward-facing] 'worker' serves 'boss', which it reports to: its work flows up to its leader instead of toward the customer
        1 error, 1 warning, 1 info in 5 teams (1 suppressed)

        """
        #expect(report.text() == expected)
        #expect(report.rendered(as: .text) == expected)
        #expect(report.exitCode == 1)
        #expect(Self.analysis.suppressed.map(\.code) == [.singlePointOfFailure])
        #expect(Self.analysis.suppressed.first?.team == "worker")
    }

    @Test func colourOnlyWhenAsked() {
        let report = CheckReport([.analysed(Self.analysis, warnings: [])])
        #expect(!report.text().contains("\u{1B}["))
        let coloured = report.text(colour: true)
        #expect(coloured.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1;33mwarning:\u{1B}[0m"))
    }

    @Test(arguments: [
        (CheckPolicy(failOn: .error), Int32(1)),
        (CheckPolicy(failOn: .never), 0),
        (CheckPolicy(failOn: .error, ignore: [.upwardFacing]), 0),
        (CheckPolicy(failOn: .warning, ignore: [.upwardFacing]), 1),
        (CheckPolicy(failOn: .info, only: [.singlePointOfFailure]), 1),
        (CheckPolicy(failOn: .warning, only: [.singlePointOfFailure]), 0),
    ] as [(CheckPolicy, Int32)])
    func exitCodeFollowsPolicy(policy: CheckPolicy, exit: Int32) {
        #expect(CheckReport([.analysed(Self.analysis, warnings: [])], policy: policy).exitCode == exit)
    }

    @Test func onlyAndIgnoreFilterTheOutput() {
        let report = CheckReport([.analysed(Self.analysis, warnings: [])], policy: CheckPolicy(only: [.upwardFacing]))
        #expect(report.shownFindings.map(\.code) == [.upwardFacing])
        #expect(report.text().hasSuffix("1 error, 0 warnings, 0 info in 5 teams (1 suppressed)\n"))
    }

    @Test func invalidModelPrintsDiagnosticsAndExitsTwo() throws {
        let diagnostic = Diagnostic(code: .unknownKey, message: "unknown key 'serve'; did you mean 'serves'?", location: SourceLocation(file: "bad.yaml", line: 4, column: 5))
        let report = CheckReport([.invalid(file: "bad.yaml", diagnostics: [diagnostic]), .analysed(Self.analysis, warnings: [])])
        #expect(report.exitCode == 2)
        #expect(report.text().hasPrefix(diagnostic.description + "\n"))
        #expect(report.text().contains("; 1 model invalid"))

        let json = try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [[String: Any]]
        let documents = try #require(json)
        #expect(documents.count == 2)
        #expect(documents[0]["valid"] as? Bool == false)
        let diagnostics = try #require(documents[0]["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.first?["code"] as? String == "unknown-key")
        #expect((diagnostics.first?["location"] as? [String: Any])?["line"] as? Int == 4)

        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(report.sarif().utf8)) as? [String: Any])
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.first?["ruleId"] as? String == "unknown-key")
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let rule = try #require(rules.first { $0["id"] as? String == "unknown-key" })
        #expect(rule["name"] as? String == "UnknownKey")
        #expect((rule["shortDescription"] as? [String: Any])?["text"] as? String == DiagnosticCode.unknownKey.summary)
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let text = CheckReport([.analysed(Self.analysis, warnings: [])]).json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["organisation", "file", "valid", "summary", "teams", "findings", "suppressed", "diagnostics"])
        #expect(object["organisation"] as? String == "Test")
        #expect(object["file"] as? String == "model.yaml")
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary == ["teams": 5, "customers": 1, "errors": 1, "warnings": 1, "infos": 1, "suppressed": 1])
        let teams = try #require(object["teams"] as? [[String: Any]])
        #expect(teams.count == 5)
        #expect(Set(teams[0].keys) == ["id", "tier", "distance", "nominalDistance", "reachesCustomer"])
        #expect(teams[3]["id"] as? String == "boss")
        #expect(teams[3]["tier"] as? String == "leadership")
        #expect(teams[3]["distance"] as? Int == 2)
        #expect(teams[3]["nominalDistance"] as? Int == 2)
        #expect(teams[3]["reachesCustomer"] as? Bool == true)
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.count == 3)
        #expect(Set(findings[0].keys) == ["code", "severity", "message", "team", "link", "location"])
        #expect(findings[0]["link"] is NSNull)
        let upward = try #require(findings.first { $0["code"] as? String == "upward-facing" })
        #expect(upward["severity"] as? String == "error")
        #expect(upward["team"] as? String == "worker")
        #expect(upward["link"] as? [String: String] == ["from": "worker", "to": "boss"])
        let location = try #require(upward["location"] as? [String: Any])
        #expect(location["file"] as? String == "model.yaml")
        #expect(location["line"] as? Int == 10)
        #expect(location["column"] as? Int == 13)
        // Key order is fixed: the same model gives the same bytes.
        #expect(text.hasPrefix("{\n  \"organisation\": \"Test\",\n  \"file\": \"model.yaml\","))
        #expect(text == CheckReport([.analysed(Self.analysis, warnings: [])]).json())
    }

    @Test func sarifHasOneRulePerCodeAndLocatedResults() throws {
        let text = CheckReport([.analysed(Self.analysis, warnings: [])]).sarif()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["version"] as? String == "2.1.0")
        #expect((object["$schema"] as? String)?.contains("sarif-2.1.0") == true)
        let run = try #require((object["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "pyramid")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == FindingCode.allCases.map(\.rawValue).sorted())
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 4)  // 3 shown + 1 suppressed
        for result in results {
            let id = try #require(result["ruleId"] as? String)
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == id)
            let physical = try #require(((result["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
            #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "model.yaml")
            let region = try #require(physical["region"] as? [String: Int])
            #expect(region["startLine"] != nil && region["startColumn"] != nil)
        }
        let levels = results.compactMap { $0["level"] as? String }
        #expect(Set(levels) == ["error", "warning", "note"])
        let suppressed = results.filter { $0["suppressions"] != nil }
        #expect(suppressed.count == 1)
        #expect(suppressed.first?["ruleId"] as? String == "single-point-of-failure")
    }

    @Test func policyParsesCodeLists() throws {
        #expect(try CheckPolicy.codes(from: "upward-facing, chain-broken,,") == [.upwardFacing, .chainBroken])
        let error = #expect(throws: UnknownFindingCode.self) { try CheckPolicy.codes(from: "upward-facing,upward-facin") }
        #expect(error?.code == "upward-facin")
        #expect(error?.suggestion == "upward-facing")
        #expect(error?.description.hasPrefix("unknown finding code 'upward-facin'; did you mean 'upward-facing'?") == true)
    }

    @Test func suppressionWithoutTeamCoversEveryTeamAndCustomersByID() {
        let org = M.organisation(customers: ["c", "lonely"], teams: [
            M.team("a", serves: ["c"]),
            M.team("b", serves: ["c"]),
        ], ignore: [(code: "unsupported-front-line", team: nil), (code: "unserved-customer", team: "lonely")])
        let analysis = Analysis(org)
        #expect(analysis.findings.isEmpty)
        #expect(analysis.suppressed.map(\.code) == [.unservedCustomer, .unsupportedFrontLine, .unsupportedFrontLine])
        #expect(analysis.team("a")?.findingCodes == [])
    }
}
