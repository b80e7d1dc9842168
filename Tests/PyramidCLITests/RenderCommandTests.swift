import Foundation
import Testing

/// `pyramid render` and `pyramid doctor`, run as a user runs them.
@Suite struct RenderCommandTests {
    static let clinic = "Tests/PyramidCLITests/Fixtures/small-clinic.yaml"
    static let broken = "Tests/PyramidCLITests/Fixtures/broken-clinic.yaml"

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pyramid-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func writesTheFormatItsExtensionNames() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, magic) in [("a.svg", "<?xml"), ("a.dot", "digraph \"pyramid\""), ("a.png", "\u{89}PNG"), ("a.pdf", "%PDF-")] {
            let path = directory.appendingPathComponent(name).path
            let output = try PyramidProcess.run(["render", Self.clinic, "-o", path])
            #expect(output.exitCode == 0, "\(name): \(output.stderr)")
            #expect(output.stdout.isEmpty)
            let bytes = try #require(FileManager.default.contents(atPath: path))
            #expect(bytes.starts(with: Array(magic.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })), "\(name)")
        }
    }

    @Test func dashWritesToStandardOutput() throws {
        let svg = try PyramidProcess.run(["render", Self.clinic, "-o", "-"])
        #expect(svg.exitCode == 0)
        #expect(svg.stdout.hasPrefix("<?xml"))
        #expect(svg.stdout.contains(#"id="team&#45;nurses""#))
        let fragment = try PyramidProcess.run(["render", Self.clinic, "-o", "-", "--svg-fragment", "--no-legend", "--no-title"])
        #expect(fragment.stdout.hasPrefix("<svg "))
        #expect(!fragment.stdout.contains("Small Clinic"))
        let dot = try PyramidProcess.run(["render", Self.clinic, "-o", "-", "--format", "dot", "--date", "2026-11-23"])
        #expect(dot.stdout.hasPrefix("digraph \"pyramid\" {"))
        #expect(dot.stdout.contains(#"label="Small Clinic\n2026-11-23""#))
    }

    @Test func outDirWritesOneFilePerModel() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("renders").path
        let output = try PyramidProcess.run(["render", Self.clinic, "org-models/hospital.yaml", "--out-dir", target, "--format", "dot"])
        #expect(output.exitCode == 0, "\(output.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: target).sorted() == ["hospital.dot", "small-clinic.dot"])
    }

    @Test func anInvalidModelExitsTwoAndLeavesThePreviousFile() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("clinic.svg").path
        try Data("previous".utf8).write(to: URL(fileURLWithPath: path))
        let output = try PyramidProcess.run(["render", Self.broken, "-o", path])
        #expect(output.exitCode == 2)
        #expect(output.stderr.contains("[unknown-key]"))
        #expect(FileManager.default.contents(atPath: path) == Data("previous".utf8))
    }

    @Test func anUnknownFocusTeamExitsTwoWithASuggestionAndLeavesThePreviousFile() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("clinic.svg").path
        try Data("previous".utf8).write(to: URL(fileURLWithPath: path))
        let output = try PyramidProcess.run(["render", Self.clinic, "-o", path, "--focus", "nurse"])
        #expect(output.exitCode == 2)
        #expect(output.stderr.contains("no team 'nurse' in \(Self.clinic); did you mean 'nurses'?"))
        #expect(FileManager.default.contents(atPath: path) == Data("previous".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["clinic.svg"])
    }

    @Test func aCustomerCanBeFocusedAndItsTyposGetASuggestion() throws {
        let output = try PyramidProcess.run(["render", Self.clinic, "-o", "-", "--format", "dot", "--focus", "patients"])
        #expect(output.exitCode == 0, "\(output.stderr)")
        #expect(output.stdout.contains(#"label="Small Clinic\nserving Patients""#))
        let typo = try PyramidProcess.run(["render", Self.clinic, "-o", "-", "--focus", "patient"])
        #expect(typo.exitCode == 2)
        #expect(typo.stderr.contains("did you mean 'patients'?"))
    }

    /// A flat organisation of `count` teams in departments of ten.
    static func largeModel(teams count: Int) -> String {
        var lines = ["organisation: Large", "customers: [{id: buyers}]", "teams:"]
        for team in 1...count {
            lines += ["  - id: t\(team)", "    department: D\(team / 10)", "    serves: [buyers]"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func aLargeOrganisationIsSummarisedUnlessAllTeamsIsAsked() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let model = directory.appendingPathComponent("large.yaml").path
        try Data(Self.largeModel(teams: 210).utf8).write(to: URL(fileURLWithPath: model))
        let summary = try PyramidProcess.run(["render", model, "-o", "-", "--format", "dot"])
        #expect(summary.exitCode == 0)
        #expect(summary.stderr.contains("note: 210 teams are drawn as one box per department (more than 100)"))
        for hint in ["--focus", "--group-by department", "--all-teams"] { #expect(summary.stderr.contains(hint)) }
        #expect(summary.stdout.contains(#"id="group-department-D1""#))
        #expect(!summary.stdout.contains(#"id="team-t1""#))
        let wall = try PyramidProcess.run(["render", model, "-o", "-", "--format", "dot", "--all-teams"])
        #expect(wall.exitCode == 0)
        #expect(wall.stderr.isEmpty)
        #expect(wall.stdout.contains(#"id="team-t1""#))
        #expect(!wall.stdout.contains(#"id="group-"#))
        let small = try PyramidProcess.run(["render", Self.clinic, "-o", "-", "--format", "dot"])
        #expect(small.stderr.isEmpty, "no note below the threshold")
    }

    @Test func aFailedWriteExitsOneAndLeavesNoTemporaryFile() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // A folder stands where the file should go, so the final rename fails.
        let path = directory.appendingPathComponent("clinic.svg")
        try FileManager.default.createDirectory(at: path.appendingPathComponent("keep"), withIntermediateDirectories: true)
        let output = try PyramidProcess.run(["render", Self.clinic, "-o", path.path])
        #expect(output.exitCode == 1)
        #expect(output.stderr.contains("cannot write"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["clinic.svg"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: path.path) == ["keep"])
    }

    @Test func anInvalidModelDoesNotStopTheOthersFromBeingDrawn() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = try PyramidProcess.run(["render", Self.broken, Self.clinic, "--out-dir", directory.path, "--format", "dot"])
        #expect(output.exitCode == 2)
        #expect(output.stderr.contains("[duplicate-id]"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["small-clinic.dot"])
    }

    /// A team name 100,000 characters long makes Graphviz report an error
    /// (and cairo print straight to stderr for PNG). Standard error holds only
    /// our formatted lines: no raw `Error:`, `Warning:` or `(null): ` line;
    /// a Graphviz error is an error (exit 1, no file), never a warning.
    @Test func graphvizProblemsReachStandardErrorOnlyAsFormattedLines() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let model = directory.appendingPathComponent("long-name.yaml").path
        let yaml = "organisation: Long\ncustomers: [{id: c}]\nteams:\n  - id: t\n    name: \(String(repeating: "x", count: 100_000))\n    serves: [c]\n"
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: model))
        for format in ["png", "svg"] {
            let target = directory.appendingPathComponent("long.\(format)").path
            let output = try PyramidProcess.run(["render", model, "-o", target])
            let lines = output.stderr.split(separator: "\n").map(String.init)
            #expect(!output.stderr.contains("(null)"), "\(format): \(output.stderr)")
            #expect(lines.allSatisfy { $0.hasPrefix("\(model): error: ") || $0.hasPrefix("\(model): warning: Graphviz: ") }, "\(format): \(output.stderr)")
            #expect(!lines.contains { $0.contains("warning: Graphviz: Error") }, "an error relabelled as a warning: \(output.stderr)")
            if output.exitCode == 1 {
                #expect(lines == ["\(model): error: Graphviz could not lay out the diagram: Edge length 337534.500000 larger than maximum 65535 allowed. Check for overwide node(s)."])
                #expect(!FileManager.default.fileExists(atPath: target))
            } else {
                // Once long names are capped, the diagram renders cleanly.
                #expect(output.exitCode == 0, "\(format): \(output.stderr)")
                #expect(FileManager.default.fileExists(atPath: target))
            }
        }
    }

    @Test func outDirNameClashesAreRefusedBeforeAnythingIsWritten() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let yaml = try String(contentsOfFile: PyramidProcess.repositoryRoot.appendingPathComponent(Self.clinic).path, encoding: .utf8)
        let models = ["clinic.yaml", "clinic.json", "sub/clinic.yaml", "hospital.yaml"].map { directory.appendingPathComponent($0).path }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
        for model in [models[0], models[2], models[3]] { try Data(yaml.utf8).write(to: URL(fileURLWithPath: model)) }
        try Data(#"{"organisation": "C", "customers": [{"id": "c"}], "teams": [{"id": "t", "serves": ["c"]}]}"#.utf8)
            .write(to: URL(fileURLWithPath: models[1]))
        let out = directory.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("previous".utf8).write(to: out.appendingPathComponent("clinic.svg"))

        let output = try PyramidProcess.run(["render"] + models + ["--out-dir", out.path])
        #expect(output.exitCode == 64)
        #expect(output.stderr.hasPrefix(
            "Error: --out-dir: '\(models[0])', '\(models[1])', '\(models[2])' would all be written to '\(out.path)/clinic.svg'. Nothing was written"),
            "\(output.stderr)")
        #expect(FileManager.default.contents(atPath: out.appendingPathComponent("clinic.svg").path) == Data("previous".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["clinic.svg"], "hospital.svg is not written either")

        // Case alone does not tell files apart on macOS: refused too.
        let cased = try PyramidProcess.run(["render", Self.clinic, directory.appendingPathComponent("Small-Clinic.yaml").path, "--out-dir", out.path])
        #expect(cased.exitCode == 64)
        #expect(cased.stderr.contains("would all be written to '\(out.path)/small-clinic.svg'"), "\(cased.stderr)")
    }

    @Test func outDirThatIsAFileIsAClearUsageError() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("renders")
        try Data("a file".utf8).write(to: file)
        let output = try PyramidProcess.run(["render", Self.clinic, "--out-dir", file.path])
        #expect(output.exitCode == 64)
        #expect(output.stderr.hasPrefix("Error: --out-dir '\(file.path)' is a file, not a folder: give a folder to write into (it is created if missing).\n"), "\(output.stderr)")
        #expect(FileManager.default.contents(atPath: file.path) == Data("a file".utf8))

        // A folder that cannot be created (a file stands in its path) exits 1 with the reason.
        let below = try PyramidProcess.run(["render", Self.clinic, "--out-dir", file.appendingPathComponent("svg").path])
        #expect(below.exitCode == 1)
        #expect(below.stderr == "error: cannot create the --out-dir folder '\(file.path)/svg': Not a directory\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["renders"])
    }

    @Test(arguments: [
        ["render", clinic, "-o", "out.txt"],
        ["render", clinic],
        ["render", clinic, "-o", "a.svg", "--out-dir", "x"],
        ["render", clinic, broken, "-o", "a.svg"],
        ["render", clinic, "-o", "a.png", "--svg-fragment"],
        ["render", clinic, "-o", "a.svg", "--depth", "2"],
    ])
    func contradictoryOptionsAreUsageErrors(arguments: [String]) throws {
        let output = try PyramidProcess.run(arguments)
        #expect(output.exitCode == 64, "\(arguments): \(output.stderr)")
        #expect(output.stdout.isEmpty)
    }

    @Test func doctorReportsVersionAndPlugins() throws {
        let output = try PyramidProcess.run(["doctor"])
        #expect(output.exitCode == 0, "\(output.stdout)\(output.stderr)")
        #expect(output.stdout.hasPrefix("Graphviz "))
        for line in ["dot layout: ok", "svg: ok", "png: ok", "pdf: ok", "dot: ok (written without Graphviz)"] {
            #expect(output.stdout.contains(line + "\n"), "\(line)")
        }
    }
}
