import Foundation

/// Peak resident memory of this process (Linux).
enum Memory {
    /// VmHWM from /proc/self/status, in MiB.
    static func peakMiB() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kib = line.split(separator: " ").compactMap { Double($0) }.first
            return kib.map { $0 / 1024 }
        }
        return nil
    }

    /// Resets VmHWM to the current RSS (write 5 to /proc/self/clear_refs), so
    /// each row's peak covers its own organisation and runs.
    static func resetPeak() {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return }
        handle.write(Data("5".utf8))
        try? handle.close()
    }
}
