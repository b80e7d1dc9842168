import Foundation
import Testing
import OrgGraph

/// YAML models under `Fixtures/analysis/`, loaded with the real loader. Each
/// says in `# Expect:` comments (the convention of org-models/, see
/// docs/model-format.md) exactly which findings it produces.
@Suite struct AnalysisFixtureTests {
    static let names = ["chains.yaml", "management.yaml", "cycles.yaml", "clean.yaml", "leaders.yaml"]

    static func path(_ name: String) throws -> String {
        guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw FixtureMissing()
        }
        return folder.appendingPathComponent("analysis").appendingPathComponent(name).path
    }

    struct FixtureMissing: Error {}

    /// `CODE on SUBJECT`, prefixed `suppressed ` when suppressed; cycle members sorted.
    static func expected(in text: String) -> [String] {
        var result: [String] = []
        for line in text.split(separator: "\n") {
            for (prefix, tag) in [("# Expect: ", ""), ("# Expect, suppressed: ", "suppressed ")] where line.hasPrefix(prefix) {
                var body = String(line.dropFirst(prefix.count))
                if let paren = body.range(of: " (") { body = String(body[..<paren.lowerBound]) }
                guard body != "no findings" else { continue }
                if body.hasPrefix("supplier-cycle on ") {
                    let members = body.dropFirst("supplier-cycle on ".count).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                    body = "supplier-cycle on " + members.sorted().joined(separator: ", ")
                }
                result.append(tag + body)
            }
        }
        return result.sorted()
    }

    static func describe(_ finding: Finding, cycleMembers: [String]) -> String {
        switch finding.code {
        case .standardBreached, .upwardFacing, .awayFromCustomer:
            return "\(finding.code.rawValue) on \(finding.link?.from ?? "?") -> \(finding.link?.to ?? "?")"
        case .unservedCustomer:
            return "\(finding.code.rawValue) on \(finding.customer ?? "?")"
        case .supplierCycle:
            return "\(finding.code.rawValue) on \(cycleMembers.sorted().joined(separator: ", "))"
        default:
            return "\(finding.code.rawValue) on \(finding.team ?? "?")"
        }
    }

    /// The quoted ids in a supplier-cycle message.
    static func quoted(_ message: String) -> [String] {
        let afterColon = message.split(separator: ":", maxSplits: 1).last.map(String.init) ?? message
        return afterColon.split(separator: "'", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }

    @Test(arguments: names) func findingsMatchTheExpectComments(name: String) throws {
        let path = try Self.path(name)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let model = try ModelLoader.load(contentsOf: path)
        let analysis = Analysis(model.organisation)
        let actual = (analysis.findings.map { Self.describe($0, cycleMembers: Self.quoted($0.message)) }
            + analysis.suppressed.map { "suppressed " + Self.describe($0, cycleMembers: Self.quoted($0.message)) }).sorted()
        #expect(actual == Self.expected(in: text), "\(name)")
    }

    /// Every finding points at the id it is about: the team's `id` value, the
    /// link's target, or the customer's `id`.
    @Test(arguments: names) func locationsPointAtTheEntry(name: String) throws {
        let path = try Self.path(name)
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let analysis = Analysis(try ModelLoader.load(contentsOf: path).organisation)
        for finding in analysis.findings + analysis.suppressed {
            let line = try #require(lines.indices.contains(finding.location.line - 1) ? lines[finding.location.line - 1] : nil)
            let rest = String(line.unicodeScalars.dropFirst(finding.location.column - 1))
            let subject: String
            if let link = finding.link { subject = link.to }
            else if let customer = finding.customer { subject = customer }
            else if finding.code == .supplierCycle && rest.hasPrefix("[") { subject = "[" }
            else { subject = finding.team ?? "" }
            #expect(rest.hasPrefix(subject), "\(name) \(finding)")
        }
    }

    @Test func cleanModelChecksClean() throws {
        let outcome = CheckOutcome.load(contentsOf: try Self.path("clean.yaml"))
        let report = CheckReport([outcome], policy: CheckPolicy(failOn: .info))
        #expect(report.exitCode == 0)
        #expect(report.text().hasSuffix("0 errors, 0 warnings, 0 info in 8 teams\n"))
    }
}
