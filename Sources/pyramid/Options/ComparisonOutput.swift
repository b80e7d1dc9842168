import ArgumentParser
import OrgGraph
import PyramidDiagram

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
    /// Checks `--render`'s file name: its extension must name a format.
    func validate() throws {
        if let render, render != "-", OutputFormat(fileExtensionOf: render) == nil {
            throw ValidationError("Cannot tell the format of '\(render)': use a .svg, .png, .pdf or .dot name.")
        }
        if render == "-" {
            throw ValidationError("--render writes a file; give it a name such as diff.svg (standard output has the report).")
        }
    }

    /// Draws `--render`, when given: the new version with the changes marked
    /// (``ChangeMarks``), written atomically. Exits 1 when it cannot be
    /// drawn or written, like `render`.
    func render(_ comparison: ModelComparison, old: Analysis, new: Analysis) throws {
        guard let render, let format = OutputFormat(fileExtensionOf: render) else { return }
        // Every team one by one (never the summary of a large organisation), to mark each.
        let options = DiagramOptions(allTeams: true, changes: ChangeMarks(comparison, old: old))
        do {
            let rendered = try PyramidRenderer.renderDiagram(new, options: options, format: format)
            Terminal.graphvizWarnings(rendered.warnings, for: render)
            try AtomicFile.write(rendered.bytes, to: render)
        } catch let error as RenderError {
            Terminal.error("\(render): error: \(error)")
            throw ExitCode.failure
        } catch let error as AtomicFile.WriteError {
            Terminal.error("error: \(error)")
            throw ExitCode.failure
        }
    }
}
