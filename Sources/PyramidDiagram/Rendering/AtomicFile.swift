#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files atomically: the bytes go to a temporary file in the same
/// directory, which is flushed and then renamed over the destination. A
/// failed or interrupted write never leaves a half-written file and never
/// clobbers the previous one.
public enum AtomicFile {
    /// Why a file could not be written.
    public struct WriteError: Error, Hashable, Sendable, CustomStringConvertible {
        /// The destination path.
        public var path: String
        /// The system's reason, e.g. `Permission denied`.
        public var reason: String

        /// Creates an error.
        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }

        /// `cannot write PATH: REASON`.
        public var description: String { "cannot write \(path): \(reason)" }
    }

    /// Replaces the file at `path` with `bytes` atomically. A new file gets
    /// mode 0666 less the umask; a replaced file keeps its mode.
    public static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        try write(bytes, to: path, using: .system)
    }

    /// ``write(_:to:)`` through the given file-system calls (tests inject failures).
    static func write(_ bytes: [UInt8], to path: String, using fileSystem: FileSystem) throws(WriteError) {
        let (descriptor, temporary) = try createTemporary(besides: path, using: fileSystem)
        var renamed = false
        defer { if !renamed { _ = fileSystem.unlink(temporary) } }
        do throws(WriteError) {
            try writeAll(bytes, to: descriptor, path: path, using: fileSystem)
            if let mode = fileSystem.mode(path), fileSystem.fchmod(descriptor, mode) != 0 { throw error(path) }
            if fileSystem.fsync(descriptor) != 0 { throw error(path) }
        } catch {
            _ = fileSystem.close(descriptor)
            throw error
        }
        guard fileSystem.close(descriptor) == 0 else { throw error(path) }
        guard fileSystem.rename(temporary, path) == 0 else { throw error(path) }
        renamed = true
    }

    /// Opens a new, exclusive temporary file in the destination's directory
    /// (same file system, so the rename is atomic).
    private static func createTemporary(besides path: String, using fileSystem: FileSystem) throws(WriteError) -> (Int32, String) {
        let prefix = directoryOf(path) + "/." + baseName(path) + ".tmp-\(getpid())-"
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<100 {
            let candidate = prefix + String(generator.next() & 0xFFFF_FFFF, radix: 16)
            let descriptor = fileSystem.open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 { return (descriptor, candidate) }
            if errno != EEXIST { throw error(path) }
        }
        throw error(path)
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String, using fileSystem: FileSystem) throws(WriteError) {
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { raw in
                fileSystem.write(descriptor, UnsafeRawBufferPointer(rebasing: raw[written...]))
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw error(path)
            }
            guard result > 0 else { throw WriteError(path: path, reason: "the system wrote nothing") }
            written += result
        }
    }

    private static func error(_ path: String) -> WriteError {
        WriteError(path: path, reason: String(cString: strerror(errno)))
    }

    private static func directoryOf(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let directory = path[..<slash]
        return directory.isEmpty ? "/" : String(directory)
    }

    private static func baseName(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
