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
