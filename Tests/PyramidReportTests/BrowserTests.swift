import Foundation
import OrgGraph
import PyramidDiagram
import PyramidReport
import Testing

/// Loads the report of every org-models file (and of the hostile model) in
/// headless Chromium through Selenium (Browser/check_reports.py, one browser
/// session for all) and checks: no console errors, no network requests or
/// CSP violations, every team node in the DOM, clicking each team highlights
/// exactly its `explain` chains (the expected sets are computed here, from
/// TeamExplanation), mouse, keyboard and table selection, findings, search,
/// sorting, and a print-to-PDF with the diagram alone on one page.
/// Skipped, with the reason printed, only when Chromium, chromedriver,
/// Selenium or poppler-utils is missing.
@Suite(.serialized) struct BrowserTests {
    struct Plan: Encodable {
        struct Search: Encodable { var query: String; var element: String }
        struct Report: Encodable {
            var name: String
            var path: String
            var expected: [String: [String]]
            var elements: [String: String]
            var search: Search
            var hostile: [String]
        }
        var pdfDir: String
        var reports: [Report]
        var screenshots: [[String: String]]
    }

    struct Outcome: Decodable {
        struct Result: Decodable { var name: String; var checks: Int; var failures: [String] }
        var status: String
        var reason: String?
        var results: [Result]?
    }

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Browser/check_reports.py").path

    func report(_ name: String, analysis: Analysis, folder: String, hostile: [String] = []) throws -> Plan.Report {
        let path = folder + "/" + name + ".html"
        try AtomicFile.write(try HTMLReport.render(analysis, options: .init(date: "2026-11-24")), to: path)
        var expected: [String: [String]] = [:]
        var elements: [String: String] = [:]
        for team in analysis.organisation.teams {
            expected[team.id] = try ReportFixtures.chainElements(analysis, team: team.id)
            elements[team.id] = "team-" + SVGIdentifier.slug(team.id)
        }
        // Search by (part of) the name of a team in the middle of the file.
        let teams = analysis.organisation.teams
        let target = teams[teams.count / 2]
        let query = teams.filter { $0.name.localizedCaseInsensitiveContains(target.name) }.count == 1 ? target.name : target.id
        return Plan.Report(name: name, path: path, expected: expected, elements: elements,
                           search: .init(query: query, element: "team-" + SVGIdentifier.slug(target.id)), hostile: hostile)
    }

    @Test func reportsWorkInARealBrowser() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pyramid-report-browser-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }

        var reports: [Plan.Report] = []
        for path in ReportFixtures.orgModels {
            let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            reports.append(try report(name, analysis: try ReportFixtures.analysis(path: path), folder: folder))
        }
        let hostile = try ReportFixtures.analysis(yaml: ReportFixtures.hostile)
        let shown = ["</script><script>alert(1)</script>", "<img src=x onerror=alert(3)>", "javascript:alert(document.domain)", "<!-- open comment"]
        reports.append(try report("hostile", analysis: hostile, folder: folder, hostile: shown))
        #expect(reports.count >= 9)

        // SCREENSHOT_DIR=/some/dir keeps screenshots of two reports for a person to look at.
        var shots: [[String: String]] = []
        if let dir = ProcessInfo.processInfo.environment["SCREENSHOT_DIR"] {
            for name in ["insurer-before", "hospital"] {
                let html: String = folder + "/" + name + ".html"
                let png: String = dir + "/" + name + ".png"
                shots.append(["path": html, "png": png])
            }
        }
        let plan = Plan(pdfDir: folder, reports: reports, screenshots: shots)
        let planPath = folder + "/plan.json"
        try JSONEncoder().encode(plan).write(to: URL(fileURLWithPath: planPath))

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.script, planPath]
        let output = Pipe()
        process.standardOutput = output
        do {
            try process.run()
        } catch {
            print("BrowserTests skipped: python3 cannot be run (\(error))")
            return
        }
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: bytes, as: UTF8.self)
        if process.terminationStatus == 127 {
            print("BrowserTests skipped: no python3")
            return
        }
        let outcome = try JSONDecoder().decode(Outcome.self, from: Data((text.split(separator: "\n").last ?? "").utf8))
        if outcome.status == "skipped" {
            print("BrowserTests skipped: \(outcome.reason ?? "no reason given")")
            return
        }
        #expect(outcome.status == "ok", "\(outcome.reason ?? text)")
        let results = outcome.results ?? []
        #expect(results.map(\.name) == reports.map(\.name))
        for result in results {
            #expect(result.failures.isEmpty, "\(result.name): \(result.failures.joined(separator: "; "))")
            #expect(result.checks > reports.first { $0.name == result.name }.map { $0.expected.count } ?? 0)
        }
    }
}
