import ArgumentParser
import Foundation
import OrgGraph

/// Times `Analysis.init` alone on generated organisations (built in memory,
/// before the clock starts). With `--loaded` each organisation is first
/// written as YAML and read back with `ModelLoader` (untimed), so the
/// analysis sees what `pyramid check` sees: a loaded organisation, with the
/// node numbering the loader hands over.
struct AnalysisBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analysis",
        abstract: "Time Analysis.init on generated organisations (the default)."
    )

    @OptionGroup var options: TimingOptions

    @Flag(help: "Write each organisation as YAML and load it back before timing (as `pyramid check` analyses it).")
    var loaded = false

    @Option(help: "Where --loaded writes the models.")
    var directory = "/tmp/pyramid-benchmark"

    func run() throws {
        print(options.scattered ? "Links scattered uniformly (worst-case locality)" : "Links mostly within departments")
        if loaded {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            print("Organisations written as YAML to \(directory) and loaded back (ModelLoader) before timing")
        }
        let table = Table(["teams", "links", "findings", "best of", "wall (ms)", "CPU (ms)", "ns/(team+link)", "peak RSS (MiB)"])
        table.printHeader()
        for size in options.sizes {
            var organisation = OrganisationGenerator.make(teams: size, seed: options.seed, scattered: options.scattered)
            if loaded {
                let path = "\(directory)/bench-\(size)-\(options.seed).yaml"
                _ = try ModelFiles.write(organisation, format: .yaml, to: path)
                organisation = try ModelLoader.load(contentsOf: path).organisation
            }
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
