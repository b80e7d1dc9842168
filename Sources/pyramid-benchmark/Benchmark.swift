import ArgumentParser

/// `swift run -c release pyramid-benchmark [analysis|check|generate] ...`:
/// times the analysis and `pyramid check` end to end on seeded random
/// organisations, and writes those organisations as YAML or JSON so the CLI
/// (and the anchors in `scripts/bench-anchors`) can be timed on them.
@main
struct Benchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pyramid-benchmark",
        abstract: "Time the analysis and check on seeded random organisations; write them as YAML or JSON.",
        discussion: """
        The organisations come from a seeded generator (see docs/performance.md): \
        the same --teams and --seed always give the same model. Figures are the \
        best of several runs; peak RSS is VmHWM, reset before each size.
        Render benchmarks (1k/10k teams) are a later stage: see `Stage.render`.
        """,
        subcommands: [AnalysisBenchmark.self, CheckBenchmark.self, Generate.self],
        defaultSubcommand: AnalysisBenchmark.self
    )
}

/// Options shared by the timing commands.
struct TimingOptions: ParsableArguments {
    @Argument(help: "Team counts to time (default: 1000 10000 100000 1000000).")
    var sizes: [Int] = [1_000, 10_000, 100_000, 1_000_000]

    @Option(name: .customLong("repeat"), help: "Runs per size (default: 10 below 100k, 5 at 100k, 3 at 1M).")
    var repeats: Int?

    @Option(help: "The generator's seed.")
    var seed: UInt64 = 42

    @Flag(help: "Pick every link uniformly over its layer (worst-case locality).")
    var scattered = false

    func runs(for size: Int) -> Int {
        repeats ?? (size >= 1_000_000 ? 3 : size >= 100_000 ? 5 : 10)
    }
}
