import Testing

/// `pyramid validate`, run as a user runs it; stdout, stderr and the exit
/// code are compared with golden transcripts.
@Suite struct ValidateCommandTests {
    static let cases: [(name: String, arguments: [String])] = [
        ("validate-ok", ["validate", "Tests/PyramidCLITests/Fixtures/small-clinic.yaml"]),
        ("validate-broken", ["validate", "Tests/PyramidCLITests/Fixtures/broken-clinic.yaml"]),
        ("validate-mixed", ["validate", "Tests/PyramidCLITests/Fixtures/small-clinic.yaml", "Tests/PyramidCLITests/Fixtures/broken-clinic.yaml", "missing.yaml"]),
        ("validate-quiet", ["validate", "--quiet", "Tests/PyramidCLITests/Fixtures/small-clinic.yaml"]),
    ]

    @Test(arguments: cases.map(\.name))
    func matchesGoldenTranscript(_ name: String) throws {
        let arguments = try #require(Self.cases.first { $0.name == name }).arguments
        let output = try PyramidProcess.run(arguments)
        try Golden.assertMatches(Transcript(arguments: arguments, output: output).text, named: "\(name).txt")
    }

    @Test func brokenModelExitsTwoWithAllThreeProblems() throws {
        let output = try PyramidProcess.run(["validate", "Tests/PyramidCLITests/Fixtures/broken-clinic.yaml"])
        #expect(output.exitCode == 2)
        #expect(output.stdout.isEmpty)
        let codes = output.stderr.split(separator: "\n").map { line in
            line.split(separator: "[").dropFirst().first?.split(separator: "]").first.map(String.init) ?? ""
        }
        #expect(codes == ["unknown-key", "unknown-reference", "duplicate-id"])
    }

    @Test func missingArgumentIsAUsageError() throws {
        let output = try PyramidProcess.run(["validate"])
        #expect(output.exitCode == 64)
        #expect(output.stderr.contains("Usage: pyramid validate"))
    }
}

/// The text of a golden transcript: the command, its stdout, stderr and exit code.
struct Transcript {
    var arguments: [String]
    var output: PyramidProcess.Output

    var text: String {
        """
        $ pyramid \(arguments.joined(separator: " "))
        --- stdout
        \(output.stdout)--- stderr
        \(output.stderr)--- exit \(output.exitCode)

        """
    }
}
