import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs `body` with this process's file descriptor 2 pointed at a temporary
/// file and returns what was written to it, then writes that text on to the
/// real standard error (so nothing the test runner printed meanwhile is lost).
func capturingStandardError<T>(_ body: () throws -> T) throws -> (result: T, text: String) {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("pyramid-stderr-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: url.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: url) }
    let handle = try FileHandle(forWritingTo: url)
    fflush(nil)
    let saved = dup(STDERR_FILENO)
    dup2(handle.fileDescriptor, STDERR_FILENO)
    let result: Result<T, any Error> = Result { try body() }
    fflush(nil)
    dup2(saved, STDERR_FILENO)
    close(saved)
    try handle.close()
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    FileHandle.standardError.write(Data(text.utf8))
    return (try result.get(), text)
}
