import Foundation
import Testing

/// `pyramid report`, run as a user runs it.
@Suite struct ReportCommandTests {
    static let clinic = "Tests/PyramidCLITests/Fixtures/small-clinic.yaml"
    static let broken = "Tests/PyramidCLITests/Fixtures/broken-clinic.yaml"

    @Test func writesTheSameBytesForTheSameModelAndDate() throws {
        let directory = try RenderCommandTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = directory.appendingPathComponent("a.html").path
        let second = directory.appendingPathComponent("b.html").path
        for path in [first, second] {
            let output = try PyramidProcess.run(["report", Self.clinic, "--date", "2026-11-24", "-o", path])
            #expect(output.exitCode == 0, "\(output.stderr)")
            #expect(output.stdout.isEmpty && output.stderr.isEmpty)
        }
        let bytes = try #require(FileManager.default.contents(atPath: first))
        #expect(bytes == FileManager.default.contents(atPath: second))
        let html = String(decoding: bytes, as: UTF8.self)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<p class=\"date\">2026-11-24</p>"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["a.html", "b.html"])
    }

    @Test func dashWritesToStandardOutputAndNoDateMeansNone() throws {
        let output = try PyramidProcess.run(["report", Self.clinic, "-o", "-"])
        #expect(output.exitCode == 0)
        #expect(output.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(!output.stdout.contains("class=\"date\""))
    }

    @Test func anInvalidModelExitsTwoAndLeavesThePreviousFile() throws {
        let directory = try RenderCommandTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("report.html").path
        try Data("previous".utf8).write(to: URL(fileURLWithPath: path))
        let output = try PyramidProcess.run(["report", Self.broken, "-o", path])
        #expect(output.exitCode == 2)
        #expect(output.stderr.contains("error:"))
        #expect(FileManager.default.contents(atPath: path) == Data("previous".utf8))
    }

    @Test func aFailedWriteExitsOneAndSaysWhy() throws {
        let output = try PyramidProcess.run(["report", Self.clinic, "-o", "/nonexistent-folder/report.html"])
        #expect(output.exitCode == 1)
        #expect(output.stderr.contains("cannot write /nonexistent-folder/report.html"))
    }

    @Test func withoutAnOutputItIsAUsageError() throws {
        let output = try PyramidProcess.run(["report", Self.clinic])
        #expect(output.exitCode == 64)
        #expect(output.stderr.contains("--output"))
    }
}
