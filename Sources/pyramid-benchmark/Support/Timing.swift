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
