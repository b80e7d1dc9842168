import Foundation
import Synchronization
import Testing
@testable import PyramidDiagram

/// Every failure path of ``AtomicFile``, made to happen through its
/// ``FileSystem`` seam (so it runs as root too, as CI does): the previous
/// file is intact and no temporary file is left, whichever step fails.
@Suite struct AtomicFileFailureTests {
    static let previous = Data("previous contents".utf8)
    static let replacement = Array(String(repeating: "new contents ", count: 1_000).utf8)

    /// A folder holding `out.svg` with ``previous``.
    static func folderWithPreviousFile() throws -> (folder: URL, path: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pyramid-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("out.svg").path
        try previous.write(to: URL(fileURLWithPath: path))
        return (folder, path)
    }

    static func setErrno(_ value: Int32) -> Int32 {
        errno = value
        return -1
    }

    enum Step: String, CaseIterable {
        case open, writeMidway, fchmod, fsync, close, rename
    }

    /// The real calls, with `step` failing (a write fails after half the bytes).
    static func failing(_ step: Step) -> FileSystem {
        var calls = FileSystem.system
        switch step {
        case .open: calls.open = { _, _, _ in setErrno(EACCES) }
        case .writeMidway:
            let done = Atomic<Int>(0)
            calls.write = { descriptor, bytes in
                if done.load(ordering: .relaxed) > 0 { return Int(setErrno(ENOSPC)) }
                let half = UnsafeRawBufferPointer(rebasing: bytes[..<(bytes.count / 2)])
                let written = FileSystem.system.write(descriptor, half)
                done.store(written, ordering: .relaxed)
                return written
            }
        case .fchmod: calls.fchmod = { _, _ in setErrno(EPERM) }
        case .fsync: calls.fsync = { _ in setErrno(EIO) }
        case .close: calls.close = { descriptor in _ = FileSystem.system.close(descriptor); return setErrno(EIO) }
        case .rename: calls.rename = { _, _ in setErrno(EXDEV) }
        }
        return calls
    }

    @Test(arguments: Step.allCases)
    func aFailingStepLeavesThePreviousFileAndNoTemporaryFile(_ step: Step) throws {
        let (folder, path) = try Self.folderWithPreviousFile()
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = try #require(throws: AtomicFile.WriteError.self) {
            try AtomicFile.write(Self.replacement, to: path, using: Self.failing(step))
        }
        #expect(error.path == path)
        let reason = switch step {
        case .open: "Permission denied"
        case .writeMidway: "No space left on device"
        case .fchmod: "Operation not permitted"
        case .fsync, .close: "Input/output error"
        case .rename: "Invalid cross-device link"
        }
        #expect(error.description == "cannot write \(path): \(reason)")
        #expect(FileManager.default.contents(atPath: path) == Self.previous, "\(step): the previous file was damaged")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.svg"], "\(step): a temporary file was left")
    }

    /// The bytes never go into the destination itself: while they are being
    /// written, the destination still holds the previous contents, and it is
    /// replaced only by the final rename of another file. (A plain truncating
    /// write fails here, through the seam or around it.)
    @Test func theDestinationIsReplacedOnlyByTheFinalRename() throws {
        let (folder, path) = try Self.folderWithPreviousFile()
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = Mutex<[String]>([])
        var calls = FileSystem.system
        calls.open = { candidate, flags, mode in
            log.withLock { $0.append(candidate == path ? "open destination" : "open other") }
            #expect(flags & O_EXCL != 0 && flags & O_CREAT != 0, "the temporary file is created exclusively")
            return FileSystem.system.open(candidate, flags, mode)
        }
        calls.write = { descriptor, bytes in
            let intact = FileManager.default.contents(atPath: path) == Self.previous
            log.withLock { $0.append(intact ? "write" : "write with destination damaged") }
            return FileSystem.system.write(descriptor, bytes)
        }
        calls.fsync = { descriptor in
            log.withLock { $0.append("fsync") }
            return FileSystem.system.fsync(descriptor)
        }
        calls.rename = { from, to in
            log.withLock { $0.append(to == path && from != path ? "rename onto destination" : "rename elsewhere") }
            return FileSystem.system.rename(from, to)
        }
        try AtomicFile.write(Self.replacement, to: path, using: calls)
        let steps = log.withLock { $0 }
        #expect(steps.first == "open other")
        #expect(steps.contains("write"))
        #expect(!steps.contains("write with destination damaged"))
        #expect(Array(steps.suffix(2)) == ["fsync", "rename onto destination"])
        #expect(FileManager.default.contents(atPath: path) == Data(Self.replacement))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.svg"])
    }

    /// Short writes (the system taking fewer bytes than offered) are resumed until all are written.
    @Test func shortWritesAreResumed() throws {
        let (folder, path) = try Self.folderWithPreviousFile()
        defer { try? FileManager.default.removeItem(at: folder) }
        var calls = FileSystem.system
        calls.write = { descriptor, bytes in
            FileSystem.system.write(descriptor, UnsafeRawBufferPointer(rebasing: bytes.prefix(7)))
        }
        try AtomicFile.write(Self.replacement, to: path, using: calls)
        #expect(FileManager.default.contents(atPath: path) == Data(Self.replacement))
    }
}
