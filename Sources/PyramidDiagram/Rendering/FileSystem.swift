#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The POSIX calls ``AtomicFile`` makes, as replaceable closures: the seam
/// through which tests make any step fail (a write that stops midway, a
/// failed `fsync` or `rename`) and check that the previous file survives
/// and no temporary file is left. Each returns what the C call returns and
/// sets `errno` on failure, as the C call does.
struct FileSystem: Sendable {
    /// `open(2)`.
    var open: @Sendable (_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32
    /// `write(2)`: the number of bytes written, or -1.
    var write: @Sendable (_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int
    /// `stat(2)`'s mode bits of an existing file, or `nil` when there is none.
    var mode: @Sendable (_ path: String) -> mode_t?
    /// `fchmod(2)`.
    var fchmod: @Sendable (_ descriptor: Int32, _ mode: mode_t) -> Int32
    /// `fsync(2)`.
    var fsync: @Sendable (_ descriptor: Int32) -> Int32
    /// `close(2)`.
    var close: @Sendable (_ descriptor: Int32) -> Int32
    /// `rename(2)`.
    var rename: @Sendable (_ from: String, _ to: String) -> Int32
    /// `unlink(2)`.
    var unlink: @Sendable (_ path: String) -> Int32

    /// The real calls.
    static let system = FileSystem(
        open: { path, flags, mode in systemOpen(path, flags, mode) },
        write: { descriptor, bytes in
            guard let base = bytes.baseAddress else { return 0 }
            return systemWrite(descriptor, base, bytes.count)
        },
        mode: { path in
            var info = stat()
            return stat(path, &info) == 0 ? info.st_mode & 0o7777 : nil
        },
        fchmod: { descriptor, mode in systemFchmod(descriptor, mode) },
        fsync: { descriptor in systemFsync(descriptor) },
        close: { descriptor in systemClose(descriptor) },
        rename: { from, to in systemRename(from, to) },
        unlink: { path in systemUnlink(path) }
    )
}

// The C functions under names apart from the closures that wrap them.
private func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 { open(path, flags, mode) }
private func systemWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int { write(descriptor, pointer, count) }
private func systemFchmod(_ descriptor: Int32, _ mode: mode_t) -> Int32 { fchmod(descriptor, mode) }
private func systemFsync(_ descriptor: Int32) -> Int32 { fsync(descriptor) }
private func systemClose(_ descriptor: Int32) -> Int32 { close(descriptor) }
private func systemRename(_ from: String, _ to: String) -> Int32 { rename(from, to) }
private func systemUnlink(_ path: String) -> Int32 { unlink(path) }
