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

    @Test func aByteOrderMarkIsAccepted() throws {
        let output = try PyramidProcess.run(["validate", "Tests/PyramidCLITests/Fixtures/bom-clinic.yaml"])
        #expect(output.exitCode == 0, "\(output.stderr)")
        #expect(output.stdout == "Tests/PyramidCLITests/Fixtures/bom-clinic.yaml: ok: Small Clinic: 1 customer, 3 teams, 3 serves links\n")
        #expect(output.stderr.isEmpty)
    }

    static let invalid = "Tests/OrgGraphTests/Fixtures/invalid/"

    /// The input problems of issue 8, each with its exact first line on
    /// standard error and exit code 2.
    @Test(arguments: [
        ("byte-order-mark.yaml", "1:15: error: [wrong-type] expected text for 'organisation'", 2),
        ("duplicate-key-and-more.yaml", "9:5: error: [duplicate-key] duplicate key 'serves' (first at line 8, column 5); keys must be unique within a mapping", 9),
        ("tab-indentation.yaml", "6:3: error: [yaml-syntax] a tab is used for indentation at line 6, column 3: YAML indents with spaces only; replace the tab with spaces", 1),
        ("reserved-indicator.yaml", "6:11: error: [yaml-syntax] '%' is reserved in YAML and cannot start an unquoted value: put the value in quotes, e.g. \"%Nursing team\"", 1),
        ("json-comments.json", "2:3: error: [json-syntax] JSON does not allow comments: remove the '//' comment", 3),
        ("json-trailing-comma.json", "3:52: error: [json-syntax] trailing comma before '}': JSON allows no comma after the last member of an object", 3),
    ])
    func inputProblemsAreLocatedAndExitTwo(file: String, line: String, count: Int) throws {
        let path = Self.invalid + file
        let output = try PyramidProcess.run(["validate", path])
        #expect(output.exitCode == 2)
        #expect(output.stdout.isEmpty)
        let lines = output.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == count, "\(output.stderr)")
        #expect(lines.contains { $0.hasPrefix("\(path):\(line)") }, "\(output.stderr)")
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
