import ArgumentParser

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
