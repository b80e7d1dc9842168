import Foundation
import OrgGraph
import PyramidDiagram
import Testing
@testable import PyramidReport

@Suite(.serialized) struct HTMLReportTests {
    /// The contents of every `<script>` element, in order.
    static func scripts(_ html: String) -> [String] {
        html.components(separatedBy: "<script").dropFirst().compactMap { part in
            guard let start = part.firstIndex(of: ">"), let end = part.range(of: "</script>") else { return nil }
            return String(part[part.index(after: start)..<end.lowerBound])
        }
    }

    @Test func hostileNamesAreEscapedForEveryContext() throws {
        let analysis = try ReportFixtures.analysis(yaml: ReportFixtures.hostile)
        let html = try HTMLReport.html(analysis, options: .init(date: "<b>2026</b>"))
        // Exactly our two script elements: no name opened or closed one.
        #expect(html.components(separatedBy: "<script").count == 3)
        #expect(html.components(separatedBy: "</script>").count == 3)
        #expect(!html.contains("<!--"), "a name must not open an HTML comment")
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("<svg onload"), "the department must not become markup")
        #expect(html.contains("&lt;/g&gt;&lt;svg onload=alert(2)&gt;"))
        #expect(!html.lowercased().contains("href=\"javascript:"))
        #expect(html.contains("<h1>Evil &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co &lt;!-- \\G</h1>"))
        #expect(html.contains("<p class=\"date\">&lt;b&gt;2026&lt;/b&gt;</p>"))
        #expect(html.contains("data-team=\"t1\">&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</button>"))
        #expect(html.contains("<option value=\"&quot;quoted&quot;") == false, "customers are not in the team list")
        #expect(html.contains("<option value=\"&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">"))

        // The inline JSON has no raw <, >, & or line separators, and decodes to the exact names.
        let scripts = Self.scripts(html)
        #expect(scripts.count == 2)
        let json = try #require(scripts.first)
        for forbidden in ["<", ">", "&", "\u{2028}", "\u{2029}"] {
            #expect(!json.contains(forbidden), "raw \(forbidden.unicodeScalars.map { String($0.value, radix: 16) }) in the script's JSON")
        }
        for script in scripts { #expect(!script.contains("\u{2028}") && !script.contains("\u{2029}")) }
        let data = try JSONDecoder().decode(ReportData.self, from: Data(json.utf8))
        #expect(data.teams.map(\.name) == analysis.organisation.teams.map(\.name))
        #expect(data.teams.map(\.name).contains("line\u{2028}separator\u{2029}end"))
    }

    @Test func escapingFunctions() {
        #expect(HTMLEscaping.text(#"<a href="x">'&'</a>"#) == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        #expect(HTMLEscaping.scriptJSON(#"{"a":"</script><!--&\u2028"}"#) == #"{"a":"\u003c/script\u003e\u003c!--\u0026\u2028"}"#)
        #expect(HTMLEscaping.scriptJSON("\u{2028}\u{2029}") == #"\u2028\u2029"#)
    }

    @Test(arguments: ReportFixtures.orgModels)
    func reportIsDeterministicAndComplete(path: String) throws {
        let analysis = try ReportFixtures.analysis(path: path)
        let first = try HTMLReport.render(analysis, options: .init(date: "2026-11-24"))
        // A render of another model in between must not change the bytes.
        _ = try HTMLReport.render(try ReportFixtures.analysis(yaml: ReportFixtures.hostile))
        let second = try HTMLReport.render(try ReportFixtures.analysis(path: path), options: .init(date: "2026-11-24"))
        #expect(first == second)
        let html = String(decoding: first, as: UTF8.self)
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"\(HTMLReport.contentSecurityPolicy)\">"))
        // No reference to anything outside the file.
        for external in ["http://", "https://", "src=", "url("] {
            let outsideSVGNamespace = html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
                .replacingOccurrences(of: "xmlns:xlink=\"http://www.w3.org/1999/xlink\"", with: "")
            #expect(!outsideSVGNamespace.contains(external), "\(external) in \(path)")
        }
        // Every team is a node of the diagram, a row of the table and an entry of the data.
        for team in analysis.organisation.teams {
            let slug = SVGIdentifier.slug(team.id)
            #expect(html.contains("id=\"team&#45;\(slug.replacingOccurrences(of: "-", with: "&#45;"))\""), "no node for \(team.id)")
            #expect(html.contains("<tr data-team-row=\"\(HTMLEscaping.attribute(team.id))\">"))
        }
        // Every finding code present is explained with its fix, every finding listed once.
        for code in Set(analysis.findings.map(\.code)) {
            #expect(html.contains("id=\"code-\(code.rawValue)\""))
            #expect(html.contains(HTMLEscaping.text(code.explanation)))
            #expect(html.contains(HTMLEscaping.text(code.fix)))
        }
        #expect(html.components(separatedBy: "class=\"finding\" data-finding=").count - 1 == analysis.findings.count)
        // The SVG has a title and a description for screen readers.
        #expect(html.contains("<title id=\"diagram-title\">"))
        #expect(html.contains("<desc id=\"diagram-desc\">"))
        #expect(html.contains("<svg class=\"shape-chart\""))
    }

    @Test func dataHighlightsTheExplainChains() throws {
        for path in ReportFixtures.orgModels {
            let analysis = try ReportFixtures.analysis(path: path)
            let data = ReportData(analysis, findings: analysis.findings)
            for entry in data.teams {
                #expect(entry.highlight == (try ReportFixtures.chainElements(analysis, team: entry.id)), "\(entry.id) in \(path)")
            }
        }
    }

    @Test func findingsAreGroupedBySeverityThenCode() throws {
        let analysis = try ReportFixtures.analysis(path: ReportFixtures.root + "/org-models/insurer-before.yaml")
        let ordered = ReportSections.ordered(analysis.findings)
        #expect(ordered.count == analysis.findings.count)
        let ranks = ordered.map { ($0.severity == .error ? 0 : $0.severity == .warning ? 1 : 2, FindingCode.allCases.firstIndex(of: $0.code) ?? 0) }
        #expect(zip(ranks, ranks.dropFirst()).allSatisfy { $0 <= $1 })
    }

    @Test func shapeChartDrawsEveryLayer() throws {
        let stats = try ReportFixtures.analysis(path: ReportFixtures.root + "/org-models/insurer-before.yaml").stats()
        let svg = ShapeChart.svg(stats)
        #expect(svg.components(separatedBy: "<rect class=\"bar").count - 1 == stats.layers.count)
        #expect(svg.contains("class=\"bar cut-off\"") == (stats.cutOff > 0))
        #expect(svg.contains(ShapeChart.percent(stats.orientation.score ?? 0) + " face the customer"))
    }

    /// docs/findings.md carries the same explanation and fix as the code.
    @Test(arguments: FindingCode.allCases)
    func guidanceMatchesTheDocs(code: FindingCode) throws {
        let docs = try String(contentsOfFile: ReportFixtures.root + "/docs/findings.md", encoding: .utf8)
        let section = try #require(docs.components(separatedBy: "\n### " + code.rawValue + "\n").dropFirst().first?
            .components(separatedBy: "\n### ").first)
        let paragraphs = section.components(separatedBy: "\n\n").map {
            $0.replacingOccurrences(of: "`", with: "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        #expect(paragraphs.contains { $0 == "Why it matters: " + code.explanation })
        #expect(paragraphs.contains { $0.hasPrefix("Fix: " + code.fix) })
    }
}

@Suite(.serialized) struct LargeOrganisationReportTests {
    /// Above the summary threshold the overview is the summary by department
    /// and every department gets a section listing its teams.
    @Test func overviewPlusOneSectionPerDepartment() throws {
        let analysis = try ReportFixtures.analysis(yaml: ReportFixtures.company(departments: 11), file: "company.yaml")
        #expect(analysis.organisation.teams.count > DiagramOptions.summaryThreshold)
        let html = try HTMLReport.html(analysis, options: .init(date: "2026-11-24"))
        #expect(html.contains("<p class=\"note\">111 teams are too many for one readable picture"))
        #expect(!html.contains("id=\"team&#45;d1&#45;t1\""), "the overview is the summary, not every team")
        #expect(html.contains("class=\"node summary") || html.contains("id=\"group&#45;"), "the summary's department boxes are drawn")
        #expect(html.components(separatedBy: "<section class=\"department\"").count - 1 == 12)
        #expect(html.contains("<h3>Department 11</h3>"))
        #expect(html.contains("<h3>No department</h3>"))
        // Every team is still a click away: its row in the table and its button in its department.
        for team in analysis.organisation.teams {
            #expect(html.components(separatedBy: "data-team=\"\(team.id)\"").count - 1 >= 2, "\(team.id)")
        }
        #expect(try HTMLReport.html(analysis, options: .init(date: "2026-11-24")) == html)
    }

    /// Every department section embeds its own diagram with its teams, its
    /// ids prefixed so no id in the page repeats.
    @Test func everyDepartmentSectionHasItsDiagramAndIdsStayUnique() throws {
        let analysis = try ReportFixtures.analysis(yaml: ReportFixtures.company(departments: 11), file: "company.yaml")
        #expect(analysis.organisation.teams.count == 111)
        let html = try HTMLReport.html(analysis)
        let sections = html.components(separatedBy: "<section class=\"department\"").dropFirst()
        #expect(sections.count == 12)
        for (n, section) in sections.enumerated() {
            let body = try #require(section.components(separatedBy: "</section>").first)
            let heading = try #require(body.firstRange(of: "<h3>").flatMap { start in
                body[start.upperBound...].firstRange(of: "</h3>").map { String(body[start.upperBound..<$0.lowerBound]) }
            })
            let department = heading == "No department" ? nil : heading
            let prefix = "department-\(n + 1)-"
            #expect(body.contains("<svg id=\"department-\(n + 1)\" class=\"diagram department-diagram\""), "\(heading)")
            let teams = analysis.organisation.teams.filter { $0.department == department }
            #expect(!teams.isEmpty)
            for team in teams {
                // Graphviz writes `-` in ids as `&#45;`; the prefix is the report's own.
                let id = prefix + "team&#45;" + SVGIdentifier.slug(team.id).replacing("-", with: "&#45;")
                #expect(body.contains("<g id=\"\(id)\" class=\"node team"), "\(heading): \(team.id)")
            }
        }
        // No id repeats anywhere in the page (main diagram, department diagrams, controls).
        let ids = html.components(separatedBy: " id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(ids.count > 2 * 111, "every team has a node in its department's diagram and a link")
        #expect(Set(ids).count == ids.count, "\(Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted().prefix(5))")
    }

    @Test func smallOrganisationsHaveNoDepartmentSections() throws {
        let analysis = try ReportFixtures.analysis(yaml: ReportFixtures.company(departments: 2), file: "company.yaml")
        let html = try HTMLReport.html(analysis)
        #expect(!html.contains("id=\"departments\""))
        #expect(html.contains("id=\"team&#45;d1&#45;t1\""))
    }
}
