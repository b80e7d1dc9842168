import Foundation

/// Best-of-N wall-clock timing and number formatting.
enum Timing {
    /// The shortest of `runs` runs of `body`, in seconds.
    static func best(of runs: Int, _ body: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        let clock = ContinuousClock()
        for _ in 0 ..< max(1, runs) {
            let start = clock.now
            try body()
            let elapsed = clock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            best = min(best, seconds)
        }
        return best
    }

    /// The shortest wall time and the shortest CPU time of this thread (user +
    /// system) over `runs` runs, in seconds. On a shared machine the CPU time
    /// leaves out the time spent waiting for a core.
    static func bestWallAndCPU(of runs: Int, _ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
        var wall = Double.infinity
        var cpu = Double.infinity
        for _ in 0 ..< max(1, runs) {
            let cpuStart = threadCPU()
            let seconds = try best(of: 1, body)
            cpu = min(cpu, threadCPU() - cpuStart)
            wall = min(wall, seconds)
        }
        return (wall, cpu)
    }

    /// CPU time used by the calling thread, in seconds.
    static func threadCPU() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    static func milliseconds(_ seconds: Double) -> String { format(seconds * 1e3, digits: 1) }

    static func format(_ value: Double, digits: Int) -> String { String(format: "%.\(digits)f", value) }
}

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

/// A plain text table with left-aligned columns.
final class Table {
    let headers: [String]
    init(_ headers: [String]) { self.headers = headers }

    func printHeader() { printRow(headers) }

    func printRow(_ cells: [String]) {
        print(zip(cells, headers).map { cell, header in
            let width = max(header.count, 8) + 2
            return cell.count >= width ? cell + " " : cell + String(repeating: " ", count: width - cell.count)
        }.joined())
    }
}

/// The stages a benchmark can time. `render` is the hook for the render
/// benchmarks at 1k/10k teams (issue 11), to be added with the render work.
enum Stage: String, CaseIterable {
    case load, analysis, report, check
    // case render  // later: PyramidRenderer on 1k/10k-team models
}
