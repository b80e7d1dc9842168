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
