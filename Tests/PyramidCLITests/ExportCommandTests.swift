import Foundation
import Testing

/// `pyramid export`, run as a user runs it.
@Suite struct ExportCommandTests {
    static let clinic = "Tests/PyramidCLITests/Fixtures/small-clinic.yaml"
    static let broken = "Tests/PyramidCLITests/Fixtures/broken-clinic.yaml"
    static let examples = [
        "org-models/contact-centre.yaml", "org-models/council-services.yaml", "org-models/hospital.yaml",
        "org-models/insurer-after.yaml", "org-models/insurer-before.yaml", "org-models/phone-repair-shop.json",
        "org-models/retail-chain.yaml", "org-models/software-customer-ops.yaml",
    ]

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pyramid-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// `check` output without the file:line:col of each finding, which an export moves.
    static func findings(_ path: String) throws -> [String] {
        let output = try PyramidProcess.run(["check", path, "--fail-on", "never"])
        return output.stdout.split(separator: "\n").map { line in
            line.replacingOccurrences(of: #"^[^ ]+:[0-9]+:[0-9]+: "#, with: "", options: .regularExpression)
        }
    }

    @Test(arguments: ["json", "yaml"])
    func exportedModelsCheckTheSameAsTheOriginals(format: String) throws {
        #expect(try Self.findings("org-models/insurer-before.yaml").count > 5)
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for model in Self.examples {
            let path = directory.appendingPathComponent(URL(fileURLWithPath: model).lastPathComponent + "." + format).path
            let output = try PyramidProcess.run(["export", model, "--format", format, "-o", path])
            #expect(output.exitCode == 0, "\(model): \(output.stderr)")
            #expect(output.stdout.isEmpty)
            #expect(try Self.findings(path) == Self.findings(model), "\(model)")
            // Exporting the export changes nothing: the normal form is stable.
            let again = try PyramidProcess.run(["export", path, "--format", format])
            #expect(again.stdout == String(decoding: try #require(FileManager.default.contents(atPath: path)), as: UTF8.self), "\(model)")
        }
    }

    @Test func yamlSaysThatCommentsAreLost() throws {
        let output = try PyramidProcess.run(["export", Self.clinic, "--format", "yaml"])
        #expect(output.exitCode == 0)
        #expect(output.stdout.hasPrefix("organisation: Small Clinic\n"))
        #expect(!output.stdout.contains("#"))
        #expect(output.stderr == "\(Self.clinic): note: comments, anchors and merge keys are not carried over into the exported YAML\n")
    }

    @Test func mermaidGoesToStandardOutputOrToTheFileItsExtensionNames() throws {
        let stdout = try PyramidProcess.run(["export", Self.clinic, "--format", "mermaid"])
        #expect(stdout.exitCode == 0)
        #expect(stdout.stderr.isEmpty)
        #expect(stdout.stdout.contains("\nflowchart BT\n"))
        let dash = try PyramidProcess.run(["export", Self.clinic, "--format", "mermaid", "-o", "-"])
        #expect(dash.stdout == stdout.stdout)

        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("clinic.mmd").path
        let file = try PyramidProcess.run(["export", Self.clinic, "-o", path])
        #expect(file.exitCode == 0 && file.stdout.isEmpty)
        #expect(FileManager.default.contents(atPath: path) == Data(stdout.stdout.utf8))
        let json = try PyramidProcess.run(["export", Self.clinic, "-o", directory.appendingPathComponent("clinic.json").path])
        #expect(json.exitCode == 0)
        #expect(FileManager.default.contents(atPath: directory.appendingPathComponent("clinic.json").path)?.first == UInt8(ascii: "{"))
    }

    @Test func focusDrawsPartOfThePyramidAndAnUnknownTeamExitsTwo() throws {
        let whole = try PyramidProcess.run(["export", "org-models/hospital.yaml", "--format", "mermaid"])
        let part = try PyramidProcess.run(["export", "org-models/hospital.yaml", "--format", "mermaid", "--focus", "pharmacy", "--depth", "0"])
        #expect(part.exitCode == 0)
        #expect(part.stdout.contains("Pharmacy") && !part.stdout.contains("Catering"))
        #expect(part.stdout.count < whole.stdout.count)
        let unknown = try PyramidProcess.run(["export", "org-models/hospital.yaml", "--format", "mermaid", "--focus", "pharmcy"])
        #expect(unknown.exitCode == 2)
        #expect(unknown.stderr.contains("pharmacy"), "suggests the nearest team: \(unknown.stderr)")
        #expect(unknown.stdout.isEmpty)
    }

    @Test func aPyramidTooLargeForMermaidIsRefusedWithAdvice() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var yaml = "organisation: Big\ncustomers:\n  - id: c\nteams:\n"
        for team in 1...300 { yaml += "  - id: t\(team)\n    reports-to: boss\n    serves: [c]\n" }
        yaml += "  - id: boss\n"
        let model = directory.appendingPathComponent("big.yaml").path
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: model))
        let target = directory.appendingPathComponent("big.mmd").path
        try Data("previous".utf8).write(to: URL(fileURLWithPath: target))

        let output = try PyramidProcess.run(["export", model, "-o", target])
        #expect(output.exitCode == 1)
        #expect(output.stderr.contains("error: the Mermaid flowchart would have 601 links (Mermaid draws at most 500)"), "\(output.stderr)")
        #expect(output.stderr.contains("--focus TEAM"))
        #expect(FileManager.default.contents(atPath: target) == Data("previous".utf8), "nothing already written is lost")
        let focused = try PyramidProcess.run(["export", model, "-o", target, "--focus", "t7"])
        #expect(focused.exitCode == 0, "\(focused.stderr)")
    }

    @Test func anInvalidModelExitsTwoWithItsDiagnostics() throws {
        let output = try PyramidProcess.run(["export", Self.broken, "--format", "json"])
        #expect(output.exitCode == 2)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.contains("broken-clinic.yaml:7:5: error: [unknown-key]"))
    }

    @Test func usageErrorsExit64() throws {
        for arguments in [
            ["export", Self.clinic],
            ["export", Self.clinic, "-o", "clinic.txt"],
            ["export", Self.clinic, "--format", "json", "--focus", "nurses"],
            ["export", Self.clinic, "--format", "mermaid", "--depth", "2"],
            ["export", Self.clinic, "--format", "svg"],
        ] {
            let output = try PyramidProcess.run(arguments)
            #expect(output.exitCode == 64, "\(arguments): \(output.stderr)")
            #expect(output.stdout.isEmpty)
        }
    }

    @Test func anUnwritableDestinationExitsOne() throws {
        let output = try PyramidProcess.run(["export", Self.clinic, "--format", "json", "-o", "/nonexistent-folder/clinic.json"])
        #expect(output.exitCode == 1)
        #expect(output.stderr.contains("cannot write /nonexistent-folder/clinic.json"))
    }
}
