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

    /// `WALL / CPU` in milliseconds, one decimal below 100 ms, none above.
    static func pair(_ times: (wall: Double, cpu: Double)) -> String {
        func ms(_ seconds: Double) -> String { format(seconds * 1e3, digits: seconds < 0.1 ? 1 : 0) }
        return ms(times.wall) + " / " + ms(times.cpu)
    }

    static func format(_ value: Double, digits: Int) -> String { String(format: "%.\(digits)f", value) }
}
