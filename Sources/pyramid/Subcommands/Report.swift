import ArgumentParser
import OrgGraph
import PyramidDiagram
import PyramidReport

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a self-contained interactive HTML report of a model.",
        discussion: """
        One HTML file that works offline and by e-mail (inline CSS, SVG and \
        script; it loads nothing): the organisation, its charter and \
        champions, the diagram with a team search and zoom, the pyramid's \
        shape, the findings grouped by severity and code with their \
        explanation and fix, and a sortable table of teams. Selecting a team \
        highlights its chains to the customer. It prints to A4 or A3 \
        landscape with the diagram on a page of its own.

        The same model and --date always give the same bytes; the file is \
        written atomically. docs/report.md describes the report.

        Exits 0 when written, 1 when it cannot be rendered or written, 2 when \
        the model cannot be read or is invalid.

        Example:
          pyramid report org-models/insurer-before.yaml --date 2026-11-24 -o insurer.html
        """
    )

    @Argument(help: ArgumentHelp("The model file (YAML or JSON).", valueName: "model"))
    var model: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The HTML file to write ('-' for standard output).", valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp("A date to print under the title, e.g. 2026-11-24 (no date is shown otherwise; never taken from the clock).", valueName: "text"))
    var date: String?

    func run() throws {
        let analysis = Analysis(try ModelLoader.loadOrExit(model).organisation)
        do {
            let html = try HTMLReport.render(analysis, options: HTMLReport.Options(date: date))
            if output == "-" {
                Terminal.write(bytes: html)
            } else {
                try AtomicFile.write(html, to: output)
            }
        } catch let error as RenderError {
            Terminal.error("\(model): error: \(error)")
            throw ExitCode.failure
        } catch let error as AtomicFile.WriteError {
            Terminal.error("\(model): error: \(error)")
            throw ExitCode.failure
        }
    }
}
