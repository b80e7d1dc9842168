import Foundation
import OrgGraph
import PyramidDiagram

/// Models and paths for the report tests.
enum ReportFixtures {
    /// The repository's root, found from this file's path.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// Every model in org-models/, sorted.
    static var orgModels: [String] {
        let folder = root + "/org-models"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted().map { folder + "/" + $0 }
    }

    static func analysis(path: String) throws -> Analysis {
        Analysis(try ModelLoader.load(contentsOf: path).organisation)
    }

    static func analysis(yaml: String, file: String = "hostile.yaml") throws -> Analysis {
        Analysis(try ModelLoader.load(bytes: Array(yaml.utf8), file: file).organisation)
    }

    /// The hostile names of the SVG escaping tests plus what attacks HTML:
    /// `</script>`, `<!--`, a `javascript:` URL and U+2028 / U+2029.
    static let hostileTexts = [
        "</script><script>alert(1)</script>",
        "<!-- open comment",
        "javascript:alert(document.domain)",
        "line\u{2028}separator\u{2029}end",
        "</text><script>alert(1)</script>",
        "\"quoted\" & <b>bold</b> \\N \\l",
        "&amp; &lt;tag&gt; &#45; & alone",
        "<img src=x onerror=alert(3)>",
    ]

    static let hostile = #"""
    organisation: "Evil </script><script>alert(1)</script> & Co <!-- \\G"
    charter:
      - "javascript:alert(document.domain)"
      - "<img src=x onerror=alert(3)>"
    customers:
      - id: c1
        name: "\"quoted\" & <b>bold</b> \\N \\l"
      - id: c2
        name: "<!-- open comment"
    teams:
      - id: t1
        name: "</script><script>alert(1)</script>"
        department: "</g><svg onload=alert(2)>"
        champions: ["<img src=x onerror=alert(3)>"]
        headcount: 4
        reports-to: lead
        serves:
          - to: c1
            delivers: "&amp; \\E \\T \\H \\L back\\slash"
            standard: {measure: "<m>", target: 95, actual: 80, unit: "%"}
          - to: c2
      - id: t2
        name: "line\u2028separator\u2029end"
        department: "javascript:alert(document.domain)"
        reports-to: lead
        serves: [t1]
      - id: lead
        name: "</text><script>alert(1)</script>"
        serves: [t2]
      - id: loner
        name: "&amp; &lt;tag&gt; &#45; & alone"
    """#

    /// The SVG ids on a team's chains, computed from ``TeamExplanation``
    /// independently of the report's own code: the expected highlight.
    static func chainElements(_ analysis: Analysis, team: String) throws -> [String] {
        let customers = Set(analysis.organisation.customers.map(\.id))
        func node(_ id: String) -> String { (customers.contains(id) ? "customer-" : "team-") + SVGIdentifier.slug(id) }
        var ids: Set<String> = [node(team)]
        for chain in try analysis.explain(team: team).chains {
            for step in chain.steps {
                ids.insert(node(step.from))
                ids.insert(node(step.to))
                let prefix = step.kind == .serves ? "link-" : "support-"
                ids.insert(prefix + SVGIdentifier.slug(step.from) + "-" + SVGIdentifier.slug(step.to))
            }
        }
        return ids.sorted()
    }
}

extension ReportFixtures {
    /// A company of `departments` departments of ten teams (a head and nine
    /// teams, three of them front line), heads under a chief executive:
    /// 10 * departments + 1 teams.
    static func company(departments: Int) -> String {
        var yaml = "organisation: Generated Company\ncustomers:\n  - id: customers\n    name: Customers\nteams:\n  - id: ceo\n    name: Chief executive\n    headcount: 2\n"
        for d in 1...departments {
            yaml += "  - id: head-\(d)\n    name: Head of department \(d)\n    department: Department \(d)\n    reports-to: ceo\n    headcount: 1\n"
            for t in 1...9 {
                yaml += "  - id: d\(d)-t\(t)\n    name: Team \(t) of department \(d)\n    department: Department \(d)\n    reports-to: head-\(d)\n    headcount: \(t + 3)\n"
                yaml += t <= 3 ? "    serves: [customers]\n" : "    serves: [d\(d)-t\(t % 3 + 1)]\n"
            }
        }
        return yaml
    }
}
