import ArgumentParser
import OrgGraph

/// Times `Analysis.init` alone on generated organisations (built in memory,
/// before the clock starts).
struct AnalysisBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analysis",
        abstract: "Time Analysis.init on generated organisations (the default)."
    )

    @OptionGroup var options: TimingOptions

    func run() {
        print(options.scattered ? "Links scattered uniformly (worst-case locality)" : "Links mostly within departments")
        let table = Table(["teams", "links", "findings", "best of", "wall (ms)", "CPU (ms)", "ns/(team+link)", "peak RSS (MiB)"])
        table.printHeader()
        for size in options.sizes {
            let organisation = OrganisationGenerator.make(teams: size, seed: options.seed, scattered: options.scattered)
            let links = organisation.teams.reduce(0) { $0 + $1.serves.count + $1.reportsTo.count }
            let runs = options.runs(for: size)
            Memory.resetPeak()
            var findings = 0
            let (best, cpu) = Timing.bestWallAndCPU(of: runs) {
                let analysis = Analysis(organisation)
                findings = analysis.findings.count
            }
            table.printRow([
                String(size), String(links), String(findings), String(runs),
                Timing.milliseconds(best), Timing.milliseconds(cpu), Timing.format(min(best, cpu) * 1e9 / Double(size + links), digits: 0),
                Memory.peakMiB().map { Timing.format($0, digits: 0) } ?? "n/a",
            ])
        }
    }
}
