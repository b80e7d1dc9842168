import Foundation
import Testing

/// `pyramid check`, `explain` and `stats`, run as a user runs them; stdout,
/// stderr and the exit code are compared with golden transcripts.
@Suite struct AnalysisCommandTests {
    static let findings = "Tests/PyramidCLITests/Fixtures/clinic-findings.yaml"
    static let clean = "Tests/PyramidCLITests/Fixtures/small-clinic.yaml"
    static let broken = "Tests/PyramidCLITests/Fixtures/broken-clinic.yaml"

    static let cases: [(name: String, arguments: [String])] = [
        ("check-text", ["check", findings]),
        ("check-json", ["check", "--format", "json", findings]),
        ("check-sarif", ["check", "--format", "sarif", findings]),
        ("check-clean", ["check", clean]),
        ("check-fail-on-never", ["check", "--fail-on", "never", findings]),
        ("check-only", ["check", "--only", "chain-broken,no-path-to-customer", findings]),
        ("check-ignore-warnings-only", ["check", "--ignore", "chain-broken", "--ignore", "no-path-to-customer,upward-facing", findings]),
        ("check-unknown-code", ["check", "--only", "chain-brokn", findings]),
        ("check-invalid-text", ["check", clean, broken]),
        ("check-invalid-json", ["check", "--format", "json", broken]),
        ("explain-text", ["explain", findings, "lab"]),
        ("explain-json", ["explain", "--format", "json", findings, "nurses"]),
        ("explain-unknown-team", ["explain", findings, "nurse"]),
        ("stats-text", ["stats", findings]),
        ("stats-json", ["stats", "--format", "json", findings]),
        // The boss-facing and the customer-facing insurer: the orientation score shows the contrast.
        ("stats-insurer-before", ["stats", "org-models/insurer-before.yaml"]),
        ("stats-insurer-after", ["stats", "org-models/insurer-after.yaml"]),
    ]

    @Test(arguments: cases.map(\.name))
    func matchesGoldenTranscript(_ name: String) throws {
        let arguments = try #require(Self.cases.first { $0.name == name }).arguments
        let output = try PyramidProcess.run(arguments)
        try Golden.assertMatches(Transcript(arguments: arguments, output: output).text, named: "\(name).txt")
    }

    static let exitCases: [(arguments: [String], expected: Int32)] = [
        (["check", findings], 1),
        (["check", "--fail-on", "never", findings], 0),
        (["check", "--only", "standard-breached", findings], 0),
        (["check", "--only", "standard-breached", "--fail-on", "warning", findings], 1),
        (["check", clean], 0),
        (["check", "--fail-on", "info", clean], 1),
        (["check", broken], 2),
        (["check", "--format", "sarif", broken], 2),
        (["check", "--only", "nonsense", findings], 64),
        (["check", "--fail-on", "sometimes", findings], 64),
        (["explain", findings, "lab"], 0),
        (["explain", findings, "nobody"], 2),
        (["stats", broken], 2),
    ]

    @Test(arguments: exitCases)
    func exitCodes(arguments: [String], expected: Int32) throws {
        #expect(try PyramidProcess.run(arguments).exitCode == expected)
    }

    @Test func jsonAndSarifAreValidJSONOnStdoutOnly() throws {
        for format in ["json", "sarif"] {
            let output = try PyramidProcess.run(["check", "--format", format, Self.findings])
            #expect(output.stderr.isEmpty)
            let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8))
            #expect(object is [String: Any])
        }
    }

    @Test func colourOnlyWhenAskedForByATerminal() throws {
        // stdout is a pipe here, so even without NO_COLOR there is no escape code.
        let output = try PyramidProcess.run(["check", Self.findings], environment: ["NO_COLOR": ""])
        #expect(!output.stdout.contains("\u{1B}["))
    }

    /// no-color.org: a non-empty `NO_COLOR` turns colour off on a terminal;
    /// an empty one does not. Runs the binary on a pseudo-terminal (`script`).
    @Test(arguments: [(nil, true), ("", true), ("1", false), ("false", false)] as [(String?, Bool)])
    func noColorMustBeNonEmptyToTurnColourOff(value: String?, coloured: Bool) throws {
        let output = try PyramidProcess.runOnTerminal(["check", Self.findings], noColor: value)
        #expect(output.contains("error:"), "\(output)")
        #expect(output.contains("\u{1B}[") == coloured, "NO_COLOR=\(value ?? "(unset)"): \(output)")
    }
}
