import ArgumentParser
import Foundation
import OrgGraph

/// Times `pyramid check --format json` end to end, in process, on generated
/// models written to files: load (read + parse + validate), analysis, and
/// the JSON report, each on its own and all three in one go.
struct CheckBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Time load, analysis, JSON report and the whole check on generated model files."
    )

    @OptionGroup var options: TimingOptions

    @Option(help: "The file format the models are written in: yaml or json.")
    var format: ModelFormat = .yaml

    @Option(help: "Where the generated models are written.")
    var directory = "/tmp/pyramid-benchmark"

    func run() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        print("pyramid check --format json, in process, on \(format.rawValue) files in \(directory)")
        let table = Table(["teams", "links", "MB", "best of", "load (ms)", "analysis (ms)", "report (ms)", "check (ms)", "ns/element", "peak RSS (MiB)"])
        table.printHeader()
        for size in options.sizes {
            let organisation = OrganisationGenerator.make(teams: size, seed: options.seed, scattered: options.scattered)
            let links = organisation.teams.reduce(0) { $0 + $1.serves.count + $1.reportsTo.count }
            let path = "\(directory)/bench-\(size)-\(options.seed).\(format.rawValue)"
            let bytes = try ModelFiles.write(organisation, format: format, to: path)
            let runs = options.runs(for: size)
            Memory.resetPeak()
            var loaded: LoadedModel?
            let load = try Timing.best(of: runs) { loaded = try ModelLoader.load(contentsOf: path) }
            guard let model = loaded else { continue }
            var analysis: Analysis?
            let analyse = Timing.best(of: runs) { analysis = Analysis(model.organisation) }
            guard let analysis else { continue }
            let report = Timing.best(of: runs) {
                _ = CheckReport([.analysed(analysis, warnings: model.warnings)]).rendered(as: .json)
            }
            var length = 0
            let check = Timing.best(of: runs) {
                length = CheckReport([CheckOutcome.load(contentsOf: path)]).rendered(as: .json).utf8.count
            }
            precondition(length > 0)
            table.printRow([
                String(size), String(links), Timing.format(Double(bytes) / 1e6, digits: 1), String(runs),
                Timing.milliseconds(load), Timing.milliseconds(analyse), Timing.milliseconds(report), Timing.milliseconds(check),
                Timing.format(check * 1e9 / Double(size + links), digits: 0),
                Memory.peakMiB().map { Timing.format($0, digits: 0) } ?? "n/a",
            ])
        }
    }
}
