import ArgumentParser
import Foundation
import OrgGraph
import PyramidDiagram

/// Times `pyramid render --all-teams` in process, stage by stage, on
/// generated organisations: the analysis, the DOT text
/// (`PyramidRenderer.dot`), the whole render (`PyramidRenderer.render`,
/// which builds the DOT text again and lays it out) and the atomic write.
struct RenderBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Time analysis, DOT text, render and write of every team's diagram (render --all-teams).",
        discussion: """
        Each cell is "wall / CPU" in milliseconds, the best of the runs (CPU is this \
        thread's user + system time: Graphviz runs on it). `render` includes building \
        the DOT text again, so layout and output take about render - dot; `total` is \
        analysis + render + write, what `pyramid render --all-teams MODEL -o OUT` spends \
        after loading. With --write-inputs the model (YAML) and the DOT text are written \
        beside the picture, for `pyramid render` and `dot` on the command line.
        Example: pyramid-benchmark render 100 200 300 --repeat 3
        """
    )

    @Argument(help: "Team counts to time.")
    var sizes: [Int] = [1_000, 5_000, 10_000]

    @Option(name: .customLong("repeat"), help: "Runs per size (default: 3 below 5,000 teams, 1 from 5,000).")
    var repeats: Int?

    @Option(help: "The generator's seed.")
    var seed: UInt64 = 42

    @Flag(help: "Pick every link uniformly over its layer (worst-case locality).")
    var scattered = false

    @Option(help: "The picture's format: svg, png or pdf.")
    var format: RenderFormat = .svg

    @Option(help: "Where the pictures (and with --write-inputs the model and DOT files) are written.")
    var directory = "/tmp/pyramid-benchmark"

    @Flag(help: "Also write each model as YAML (bench-SIZE-SEED.yaml) and its DOT text (bench-SIZE-SEED.pyramid.dot).")
    var writeInputs = false

    func validate() throws {
        guard sizes.allSatisfy({ $0 > 0 }) else { throw ValidationError("sizes must be at least 1") }
        if let repeats, repeats < 1 { throw ValidationError("--repeat must be at least 1") }
    }

    func runs(for size: Int) -> Int { repeats ?? (size >= 5_000 ? 1 : 3) }

    func run() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let options = DiagramOptions(allTeams: true)
        print("pyramid render --all-teams to \(format.rawValue), in process, pictures in \(directory); cells are wall / CPU (ms), best of the runs")
        let table = Table(["teams", "links", "best of", "analysis", "dot", "render", "write", "total", "MB out", "peak RSS (MiB)"], minimumWidth: 13)
        table.printHeader()
        for size in sizes {
            progress(size, .generate)
            let organisation = OrganisationGenerator.make(teams: size, seed: seed, scattered: scattered)
            let links = organisation.teams.reduce(0) { $0 + $1.serves.count + $1.reportsTo.count }
            let name = "\(directory)/bench-\(size)-\(seed)"
            if writeInputs { _ = try ModelFiles.write(organisation, format: .yaml, to: name + ".yaml") }
            let runs = runs(for: size)
            Memory.resetPeak()

            progress(size, .analysis)
            var analysed: Analysis?
            let analysis = Timing.bestWallAndCPU(of: runs) { analysed = Analysis(organisation) }
            guard let analysed else { continue }

            progress(size, .dot)
            var text = ""
            let dot = try Timing.bestWallAndCPU(of: runs) { text = try PyramidRenderer.dot(analysed, options: options) }
            if writeInputs { try AtomicFile.write(Array(text.utf8), to: name + ".pyramid.dot") }

            progress(size, .render)
            var bytes: [UInt8] = []
            let render = try Timing.bestWallAndCPU(of: runs) {
                bytes = try PyramidRenderer.render(analysed, options: options, format: format.output)
            }

            progress(size, .write)
            let path = "\(name).\(format.rawValue)"
            let write = try Timing.bestWallAndCPU(of: runs) { try AtomicFile.write(bytes, to: path) }

            let total = (wall: analysis.wall + render.wall + write.wall, cpu: analysis.cpu + render.cpu + write.cpu)
            table.printRow([
                String(size), String(links), String(runs),
                Timing.pair(analysis), Timing.pair(dot), Timing.pair(render), Timing.pair(write), Timing.pair(total),
                Timing.format(Double(bytes.count) / 1e6, digits: 2),
                Memory.peakMiB().map { Timing.format($0, digits: 0) } ?? "n/a",
            ])
        }
    }

    /// "SIZE teams: STAGE..." on standard error, when it is a terminal.
    private func progress(_ size: Int, _ stage: Stage) {
        guard isatty(STDERR_FILENO) == 1 else { return }
        FileHandle.standardError.write(Data("\(size) teams: \(stage.rawValue)...\n".utf8))
    }
}
