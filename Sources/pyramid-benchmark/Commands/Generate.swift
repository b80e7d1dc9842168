import ArgumentParser
import OrgGraph

/// Writes one generated organisation as YAML or JSON, so `pyramid` and the
/// anchors can be timed on the same file.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a generated organisation as YAML or JSON (by the output's extension, or --format).",
        discussion: "Example: pyramid-benchmark generate --teams 100000 --seed 1 -o /tmp/x.yaml"
    )

    @Option(help: "How many teams.")
    var teams: Int

    @Option(help: "The generator's seed: the same teams and seed give the same file.")
    var seed: UInt64 = 1

    @Flag(help: "Pick every link uniformly over its layer (worst-case locality).")
    var scattered = false

    @Option(help: "yaml or json (default: from the output's extension, else yaml).")
    var format: ModelFormat?

    @Option(name: [.short, .customLong("output")], help: "The file to write.")
    var output: String

    func validate() throws {
        guard teams > 0 else { throw ValidationError("--teams must be at least 1") }
    }

    func run() throws {
        let organisation = OrganisationGenerator.make(teams: teams, seed: seed, scattered: scattered)
        let format = format ?? (output.lowercased().hasSuffix(".json") ? .json : .yaml)
        let bytes = try ModelFiles.write(organisation, format: format, to: output)
        let links = organisation.teams.reduce(0) { $0 + $1.serves.count + $1.reportsTo.count }
        print("wrote \(output): \(teams) teams, \(organisation.customers.count) customers, \(links) links, \(bytes) bytes")
    }
}
