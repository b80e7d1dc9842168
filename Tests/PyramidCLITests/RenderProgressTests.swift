import Foundation
import Testing

/// A very large `--all-teams` render reports its stages on standard error
/// when that is a terminal, and prints nothing when it is a pipe.
@Suite(.serialized) struct RenderProgressTests {
    /// A flat organisation of 1,000 teams (the computed layout's threshold)
    /// under one leader, all serving one customer.
    static func largeModel(in directory: URL) throws -> String {
        var lines = ["organisation: Large flat company", "customers:", "  - id: public", "    name: The public", "teams:",
                     "  - id: boss", "    name: Chief executive", "    serves: [t0]"]
        for index in 0..<999 {
            lines += ["  - id: t\(index)", "    name: Team \(index)", "    reports-to: boss", "    serves: [public]"]
        }
        let path = directory.appendingPathComponent("large.yaml").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func progressIsShownOnATerminal() throws {
        let directory = try RenderCommandTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let model = try Self.largeModel(in: directory)
        let output = directory.appendingPathComponent("large.svg").path
        let shown = try PyramidProcess.runOnTerminal(["render", "--all-teams", model, "-o", output], noColor: "1")
        for stage in ["rows: 1,000 teams in ", "order: sweep 1/4", "order: sweep 4/4", "placement: ", "routing ", "drawing SVG"] {
            #expect(shown.contains(model + ": " + stage), "missing \(stage) in \(shown)")
        }
        #expect(FileManager.default.fileExists(atPath: output))
    }

    @Test func nothingIsPrintedWhenStandardErrorIsAPipe() throws {
        let directory = try RenderCommandTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let model = try Self.largeModel(in: directory)
        let output = directory.appendingPathComponent("large.svg").path
        let run = try PyramidProcess.run(["render", "--all-teams", model, "-o", output])
        #expect(run.exitCode == 0)
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        let svg = try #require(FileManager.default.contents(atPath: output))
        #expect(String(decoding: svg, as: UTF8.self).contains(">Team 998<"))
    }
}
