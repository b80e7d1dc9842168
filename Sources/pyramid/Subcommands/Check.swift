import ArgumentParser
import OrgGraph

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find broken chains and upward-facing dependencies.",
        discussion: """
        Analyses each model's supplier -> customer chains and prints every \
        finding as FILE:LINE:COL: severity: [code] message, sorted by \
        location, then a summary. docs/findings.md explains each code with an \
        example and a fix. Findings listed in a model's 'ignore' entries are \
        counted as suppressed, never silently dropped.

        Exits 0 when no finding is at or above --fail-on, 1 when one is, and \
        2 when a model could not be read or is invalid.

        Examples:
          pyramid check org-models/insurer-before.yaml
          pyramid check --fail-on warning org-models/*.yaml
          pyramid check --ignore single-point-of-failure org.yaml
          pyramid check --format sarif org.yaml > pyramid.sarif
        """
    )

    @OptionGroup var files: ModelFiles

    @Option(help: ArgumentHelp("The output format; sarif is SARIF 2.1.0, for CI annotations.", valueName: "format"))
    var format: CheckFormat = .text

    @Option(name: .customLong("fail-on"), help: ArgumentHelp("Exit 1 when a finding is at or above this level.", valueName: "level"))
    var failOn: CheckPolicy.FailLevel = .error

    @Option(help: ArgumentHelp("Report only these finding codes (comma-separated; repeatable).", valueName: "codes"))
    var only: [String] = []

    @Option(help: ArgumentHelp("Leave out these finding codes (comma-separated; repeatable).", valueName: "codes"))
    var ignore: [String] = []

    func validate() throws {
        _ = try policy()
    }

    func policy() throws -> CheckPolicy {
        do {
            let onlyCodes = only.isEmpty ? nil : try CheckPolicy.codes(from: only.joined(separator: ","))
            let ignoreCodes = try CheckPolicy.codes(from: ignore.joined(separator: ","))
            return CheckPolicy(failOn: failOn, only: onlyCodes, ignore: ignoreCodes)
        } catch {
            throw ValidationError(error.description)
        }
    }

    func run() throws {
        let report = CheckReport(files.models.map(CheckOutcome.load(contentsOf:)), policy: try policy())
        switch format {
        case .text:
            for diagnostic in report.outcomes.flatMap(\.diagnostics) { Terminal.error(diagnostic.description) }
            report.writeText(colour: Terminal.colourAllowed(), includeDiagnostics: false) { Terminal.write(bytes: $0) }
        case .json, .sarif:
            // In chunks: a million teams' report is hundreds of megabytes.
            report.write(as: format) { Terminal.write(bytes: $0) }
        }
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}
