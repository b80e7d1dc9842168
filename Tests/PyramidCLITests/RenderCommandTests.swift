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
