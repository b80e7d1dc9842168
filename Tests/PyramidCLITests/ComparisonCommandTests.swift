import Foundation
import Testing

/// `pyramid diff` and `pyramid what-if`, run as a user runs them; stdout,
/// stderr and the exit code are compared with golden transcripts.
@Suite struct ComparisonCommandTests {
    static let before = "org-models/insurer-before.yaml"
    static let after = "org-models/insurer-after.yaml"
    static let v1 = "Tests/PyramidCLITests/Fixtures/clinic-v1.yaml"
    static let v2 = "Tests/PyramidCLITests/Fixtures/clinic-v2.yaml"
    static let broken = "Tests/PyramidCLITests/Fixtures/broken-clinic.yaml"

    static let cases: [(name: String, arguments: [String])] = [
        ("diff-insurer-text", ["diff", before, after]),
        ("diff-insurer-json", ["diff", "--format", "json", before, after]),
        // The way back: every fix becomes an introduced finding.
        ("diff-insurer-reverse-fail", ["diff", "--fail-on-new", "error", after, before]),
        ("diff-clinic-text", ["diff", v1, v2]),
        ("diff-clinic-json", ["diff", "--format", "json", v1, v2]),
        ("diff-invalid", ["diff", v1, broken]),
        ("what-if-insurer-text", ["what-if", after, "--remove", "phone-service", "--break", "finance:billing"]),
        ("what-if-insurer-json", ["what-if", "--format", "json", after, "--remove", "phone-service", "--break", "finance:billing"]),
        ("what-if-before-text", ["what-if", before, "--remove", "claims-leadership"]),
        ("what-if-unknown-team", ["what-if", after, "--remove", "finnance"]),
        ("what-if-missing-link", ["what-if", after, "--break", "finance:phone-service"]),
    ]

    @Test(arguments: cases.map(\.name))
    func matchesGoldenTranscript(_ name: String) throws {
        let arguments = try #require(Self.cases.first { $0.name == name }).arguments
        let output = try PyramidProcess.run(arguments)
        try Golden.assertMatches(Transcript(arguments: arguments, output: output).text, named: "\(name).txt")
    }

    static let exitCases: [(arguments: [String], expected: Int32)] = [
        (["diff", before, after], 0),
        (["diff", "--fail-on-new", "error", before, after], 0),
        (["diff", "--fail-on-new", "info", before, after], 0),
        (["diff", "--fail-on-new", "error", after, before], 1),
        // v2 introduces an error and a warning.
        (["diff", "--fail-on-new", "error", v1, v2], 1),
        (["diff", "--fail-on-new", "warning", v1, v2], 1),
        (["diff", "--fail-on-new", "error", v2, v1], 0),
        (["diff", v1, v2], 0),
        (["diff", v1, broken], 2),
        (["diff", broken, v1], 2),
        (["diff", "--fail-on-new", "sometimes", v1, v2], 64),
        (["diff", v1], 64),
        (["what-if", after, "--remove", "finance"], 0),
        (["what-if", after, "--remove", "phone-service", "--fail-on-new", "info"], 1),
        (["what-if", after, "--remove", "phone-service", "--fail-on-new", "warning"], 0),
        (["what-if", after, "--remove", "nobody"], 2),
        (["what-if", after, "--remove", "brokers"], 2),
        (["what-if", after, "--break", "finance:phone-service"], 2),
        (["what-if", after, "--break", "executive:finance"], 2),
        (["what-if", broken, "--remove", "x"], 2),
        (["what-if", after, "--break", "finance"], 64),
        (["what-if", after], 64),
        (["diff", v1, v2, "--render", "diff.txt"], 64),
        (["diff", v1, v2, "--render", "-"], 64),
        (["what-if", after, "--remove", "finance", "--render", "x.nope"], 64),
    ]

    @Test(arguments: exitCases)
    func exitCodes(arguments: [String], expected: Int32) throws {
        #expect(try PyramidProcess.run(arguments).exitCode == expected)
    }

    @Test func jsonIsValidOnStdoutOnly() throws {
        for arguments in [["diff", "--format", "json", Self.v1, Self.v2], ["what-if", "--format", "json", Self.after, "--remove", "finance"]] {
            let output = try PyramidProcess.run(arguments)
            #expect(output.stderr.isEmpty)
            let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8))
            #expect(object is [String: Any])
        }
    }

    @Test func whatIfNeverEditsTheModel() throws {
        let path = PyramidProcess.repositoryRoot.appendingPathComponent(Self.after).path
        let before = try #require(FileManager.default.contents(atPath: path))
        _ = try PyramidProcess.run(["what-if", Self.after, "--remove", "finance", "--break", "billing:renewals"])
        #expect(FileManager.default.contents(atPath: path) == before)
    }

    @Test func renderWritesTheMarkedDiagram() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pyramid-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let diffPath = directory.appendingPathComponent("diff.svg").path
        let diff = try PyramidProcess.run(["diff", Self.v1, Self.v2, "--render", diffPath])
        #expect(diff.exitCode == 0)
        let svg = String(decoding: try #require(FileManager.default.contents(atPath: diffPath)), as: UTF8.self)
            .replacingOccurrences(of: "&#45;", with: "-")
        #expect(svg.contains("change-added") && svg.contains("change-removed") && svg.contains("change-changed"))
        // The report still goes to stdout.
        #expect(diff.stdout.contains("Links: 1 added, 1 removed, 1 changed"))

        let whatIfPath = directory.appendingPathComponent("what-if.dot").path
        let whatIf = try PyramidProcess.run(["what-if", Self.after, "--remove", "finance", "--render", whatIfPath])
        #expect(whatIf.exitCode == 0)
        let dot = String(decoding: try #require(FileManager.default.contents(atPath: whatIfPath)), as: UTF8.self)
        #expect(dot.hasPrefix("digraph"))
        #expect(dot.contains("change-removed"))
    }

    /// Colour on a terminal only, and off with a non-empty NO_COLOR.
    @Test(arguments: [(nil, true), ("1", false)] as [(String?, Bool)])
    func colourOnATerminalOnly(value: String?, coloured: Bool) throws {
        let output = try PyramidProcess.runOnTerminal(["diff", Self.v1, Self.v2], noColor: value)
        #expect(output.contains("front-desk"), "\(output)")
        #expect(output.contains("\u{1B}[32m+ pharmacy") == coloured, "\(output)")
        #expect(try !PyramidProcess.run(["diff", Self.v1, Self.v2], environment: ["NO_COLOR": ""]).stdout.contains("\u{1B}["))
    }
}
