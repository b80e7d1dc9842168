import ArgumentParser

/// `swift run -c release pyramid-benchmark [analysis|check|render|generate] ...`:
/// times the analysis, `pyramid check` end to end and `pyramid render
/// --all-teams` on seeded random organisations, and writes those
/// organisations as YAML or JSON so the CLI (and the anchors in
/// `scripts/bench-anchors`) can be timed on them.
@main
struct Benchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pyramid-benchmark",
        abstract: "Time the analysis, check and render on seeded random organisations; write them as YAML or JSON.",
        discussion: """
        The organisations come from a seeded generator (see docs/performance.md): \
        the same --teams and --seed always give the same model. Figures are the \
        best of several runs; peak RSS is VmHWM, reset before each size.
        """,
        subcommands: [AnalysisBenchmark.self, CheckBenchmark.self, RenderBenchmark.self, Generate.self],
        defaultSubcommand: AnalysisBenchmark.self
    )
}
