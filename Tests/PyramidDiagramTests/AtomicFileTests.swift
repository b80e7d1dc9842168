import Foundation
import Testing
import PyramidDiagram

@Suite struct AtomicFileTests {
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pyramid-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func writesAndReplacesLeavingNoTemporaryFiles() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("out.svg").path
        try AtomicFile.write(Array("first".utf8), to: path)
        #expect(FileManager.default.contents(atPath: path) == Data("first".utf8))
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        try AtomicFile.write(Array("second, longer".utf8), to: path)
        #expect(FileManager.default.contents(atPath: path) == Data("second, longer".utf8))
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o640, "a replaced file keeps its mode")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.svg"])
    }

    @Test func aFailedWriteLeavesThePreviousFileAlone() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("out.svg").path
        try AtomicFile.write(Array("previous".utf8), to: path)

        let missing = directory.appendingPathComponent("no/such/dir/out.svg").path
        let error = try #require(throws: AtomicFile.WriteError.self) {
            try AtomicFile.write([1, 2, 3], to: missing)
        }
        #expect(error.path == missing)
        #expect(error.description.contains("No such file"))

        // A refused permission, and every other failing step, is made to
        // happen through the file-system seam in AtomicFileFailureTests
        // (a permission test on a real folder would be skipped as root, as CI runs).
        #expect(FileManager.default.contents(atPath: path) == Data("previous".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.svg"])
    }
}
