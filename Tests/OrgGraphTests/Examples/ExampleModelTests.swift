import Foundation
import Testing
import OrgGraph

/// Every model in `org-models/` promises, in its header, the findings
/// `pyramid check` reports for it (`# Expect: CODE on TEAM`, `on FROM -> TO`,
/// `on A, B, C` for a loop, `# Expect, suppressed: ...`, or
/// `# Expect: no findings`). These tests hold the models to their word:
/// exactly the promised findings, no more, no fewer.
@Suite struct ExampleModelTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("org-models")

    static let models: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
    }()

    /// JSON has no comments: the JSON example's promises are kept here.
    static let jsonExpectations: [String: [String]] = [
        "phone-repair-shop.json": ["single-point-of-failure on technicians"],
    ]

    @Test func thereAreExamplesOfEveryKindTheProjectPromises() {
        #expect(Self.models.count >= 6)
        #expect(Self.models.contains("insurer-before.yaml") && Self.models.contains("insurer-after.yaml"))
    }

    @Test(arguments: models)
    func producesExactlyTheFindingsItsHeaderPromises(_ name: String) throws {
        let path = Self.directory.appendingPathComponent(name).path
        let analysis = Analysis(try ModelLoader.load(contentsOf: path).organisation)
        let (expected, expectedSuppressed) = try Self.expectations(name: name, path: path)

        #expect(analysis.findings.map(Self.key).sorted() == expected.sorted(),
                "findings:\n\(analysis.findings.map(\.description).joined(separator: "\n"))")
        #expect(analysis.suppressed.map(Self.key).sorted() == expectedSuppressed.sorted())
    }

    @Test func theInvertedModelIsClean() throws {
        let path = Self.directory.appendingPathComponent("insurer-after.yaml").path
        let analysis = Analysis(try ModelLoader.load(contentsOf: path).organisation)
        #expect(analysis.findings.isEmpty)
        #expect(analysis.teams.allSatisfy { $0.reachesCustomer })
    }

    /// The boss-facing insurer scores low, the inverted one full: links to
    /// one's own leaders (17 of the 27 before) never face the customer.
    @Test func theInsurerPairShowsTheContrastInOrientation() throws {
        func orientation(_ name: String) throws -> OrganisationStats.Orientation {
            let path = Self.directory.appendingPathComponent(name).path
            return Analysis(try ModelLoader.load(contentsOf: path).organisation).stats().orientation
        }
        #expect(try orientation("insurer-before.yaml") == .init(facing: 9, total: 27))
        #expect(try orientation("insurer-after.yaml") == .init(facing: 34, total: 34))
    }

    /// `code on subject`, where the subject is `from -> to` for a link,
    /// the sorted members for a loop, else the team or customer.
    static func key(_ finding: Finding) -> String {
        if let link = finding.link { return "\(finding.code.rawValue) on \(link.from) -> \(link.to)" }
        if finding.code == .supplierCycle {
            let members = finding.message.split(separator: "'").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
            return "\(finding.code.rawValue) on \(members.sorted().joined(separator: ", "))"
        }
        return "\(finding.code.rawValue) on \(finding.team ?? finding.customer ?? "?")"
    }

    static func expectations(name: String, path: String) throws -> (shown: [String], suppressed: [String]) {
        if let promised = jsonExpectations[name] { return (promised, []) }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var shown: [String] = []
        var suppressed: [String] = []
        var sawAny = false
        for line in text.split(separator: "\n") {
            let isSuppressed = line.hasPrefix("# Expect, suppressed: ")
            guard line.hasPrefix("# Expect: ") || isSuppressed else { continue }
            sawAny = true
            var body = line.drop { $0 != ":" }.dropFirst().drop { $0 == " " }
            if let paren = body.firstIndex(of: "(") { body = body[..<paren] }
            let statement = body.trimmingCharacters(in: .whitespaces)
            if statement == "no findings" { continue }
            var key = statement
            if statement.hasPrefix("supplier-cycle on ") {
                let members = statement.dropFirst("supplier-cycle on ".count).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                key = "supplier-cycle on \(members.sorted().joined(separator: ", "))"
            }
            if isSuppressed { suppressed.append(key) } else { shown.append(key) }
        }
        try #require(sawAny, "\(name) has no '# Expect:' lines in its header")
        return (shown, suppressed)
    }
}
