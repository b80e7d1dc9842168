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
        let (descriptor, temporary) = try createTemporary(besides: path)
        var renamed = false
        defer { if !renamed { unlink(temporary) } }
        do throws(WriteError) {
            try writeAll(bytes, to: descriptor, path: path)
            var info = stat()
            if stat(path, &info) == 0, fchmod(descriptor, info.st_mode & 0o7777) != 0 { throw error(path) }
            if fsync(descriptor) != 0 { throw error(path) }
        } catch {
            close(descriptor)
            throw error
        }
        guard close(descriptor) == 0 else { throw error(path) }
        guard rename(temporary, path) == 0 else { throw error(path) }
        renamed = true
    }

    /// Opens a new, exclusive temporary file in the destination's directory
    /// (same file system, so the rename is atomic).
    private static func createTemporary(besides path: String) throws(WriteError) -> (Int32, String) {
        let prefix = directoryOf(path) + "/." + baseName(path) + ".tmp-\(getpid())-"
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<100 {
            let candidate = prefix + String(generator.next() & 0xFFFF_FFFF, radix: 16)
            let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 { return (descriptor, candidate) }
            if errno != EEXIST { throw error(path) }
        }
        throw error(path)
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(WriteError) {
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return systemWrite(descriptor, base + written, raw.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw error(path)
            }
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

/// `write(2)`, named apart from ``AtomicFile/write(_:to:)``.
private func systemWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, pointer, count)
}
