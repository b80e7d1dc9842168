import Foundation
import OrgGraph

/// `swift run -c release pyramid-benchmark [SIZE...] [--repeat N] [--scattered]`:
/// times `Analysis.init` on seeded random organisations and prints a table.
@main
struct Benchmark {
    static func main() {
        var sizes = [1_000, 10_000, 100_000, 1_000_000]
        var repeats: Int?
        var scattered = false
        var arguments = CommandLine.arguments.dropFirst()
        var given: [Int] = []
        while let argument = arguments.popFirst() {
            if argument == "--repeat", let value = arguments.popFirst().flatMap({ Int($0) }) {
                repeats = value
            } else if argument == "--scattered" {
                scattered = true
            } else if let size = Int(argument.replacingOccurrences(of: "_", with: "")) {
                given.append(size)
            } else {
                FileHandle.standardError.write(Data("usage: pyramid-benchmark [SIZE...] [--repeat N] [--scattered]\n".utf8))
                exit(2)
            }
        }
        if !given.isEmpty { sizes = given }

        print(scattered ? "Links scattered uniformly (worst-case locality)" : "Links mostly within departments")
        print("teams      links      findings  best of  time (ms)   ns/(team+link)  peak RSS (MiB)")
        for size in sizes {
            let organisation = OrganisationGenerator.make(teams: size, seed: 42, scattered: scattered)
            let links = organisation.teams.reduce(0) { $0 + $1.serves.count + $1.reportsTo.count }
            let runs = repeats ?? (size >= 1_000_000 ? 3 : size >= 100_000 ? 5 : 10)
            resetPeakRSS()
            var best = Duration.seconds(1_000_000)
            var findings = 0
            for _ in 0 ..< runs {
                let clock = ContinuousClock()
                let start = clock.now
                let analysis = Analysis(organisation)
                let elapsed = clock.now - start
                findings = analysis.findings.count
                best = min(best, elapsed)
            }
            let ns = Double(best.components.seconds) * 1e9 + Double(best.components.attoseconds) / 1e9
            let perElement = ns / Double(size + links)
            let row = [
                pad(String(size), 10), pad(String(links), 10), pad(String(findings), 9), pad(String(runs), 8),
                pad(String(format: "%.1f", ns / 1e6), 11), pad(String(format: "%.0f", perElement), 15),
                peakRSSMiB().map { String(format: "%.0f", $0) } ?? "n/a",
            ]
            print(row.joined(separator: " "))
        }
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// VmHWM from /proc/self/status, in MiB.
    static func peakRSSMiB() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kib = line.split(separator: " ").compactMap { Double($0) }.first
            return kib.map { $0 / 1024 }
        }
        return nil
    }

    /// Resets VmHWM to the current RSS (Linux: write 5 to /proc/self/clear_refs),
    /// so each row's peak covers its own organisation and analyses.
    static func resetPeakRSS() {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return }
        handle.write(Data("5".utf8))
        try? handle.close()
    }
}
