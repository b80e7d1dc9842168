import Foundation
import Testing
@testable import PyramidDiagram

/// The DOT text is compared exactly with files in Golden/. To re-record after
/// an intended change run `RECORD_GOLDEN=1 swift test --filter GoldenDOTTests`
/// (that run fails on purpose), review `git diff`, and run the tests again.
@Suite struct GoldenDOTTests {
    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static let cases: [(String, String, DiagramOptions)] = [
        ("clinic", TestModels.clinic, DiagramOptions()),
        ("clinic-detail-departments", TestModels.clinic, DiagramOptions(detail: true, title: true, date: "2026-11-23", grouping: .department)),
        ("clinic-focus-reception", TestModels.clinic, DiagramOptions(legend: false, title: false, focus: "reception", depth: 1)),
        ("hostile", TestModels.hostile, DiagramOptions(detail: true, grouping: .department)),
    ]

    @Test(arguments: cases.map(\.0))
    func dotMatchesGolden(name: String) throws {
        let (_, yaml, options) = try #require(Self.cases.first { $0.0 == name })
        let dot = try PyramidRenderer.dot(try TestModels.analysis(yaml), options: options)
        let file = Self.goldenDirectory.appendingPathComponent(name + ".dot")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.goldenDirectory, withIntermediateDirectories: true)
            try Data(dot.utf8).write(to: file)
            Issue.record("Recorded \(file.path); review the diff and run the tests again without RECORD_GOLDEN.")
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        if dot != expected {
            Issue.record("""
            \(name).dot differs from Golden/\(name).dot (RECORD_GOLDEN=1 re-records):
            \(UnifiedDiff.make(expected: expected, actual: dot))
            """)
        }
    }
}

/// A small line-based unified diff (longest common subsequence), enough to
/// read a golden-file mismatch.
enum UnifiedDiff {
    static func make(expected: String, actual: String, context: Int = 2) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // LCS table, from the end.
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var lines: [(Character, String)] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                lines.append((" ", a[i])); i += 1; j += 1
            } else if i < a.count, j == b.count || table[i + 1][j] >= table[i][j + 1] {
                lines.append(("-", a[i])); i += 1
            } else {
                lines.append(("+", b[j])); j += 1
            }
        }
        // Print every changed line with `context` unchanged lines around it.
        var shown = [Bool](repeating: false, count: lines.count)
        for (index, line) in lines.enumerated() where line.0 != " " {
            for k in max(0, index - context)...min(lines.count - 1, index + context) { shown[k] = true }
        }
        var output = ["--- expected", "+++ actual"]
        var previous = -1
        for index in lines.indices where shown[index] {
            if previous >= 0, index > previous + 1 { output.append("@@") }
            output.append(String(lines[index].0) + lines[index].1)
            previous = index
        }
        return output.joined(separator: "\n")
    }
}
