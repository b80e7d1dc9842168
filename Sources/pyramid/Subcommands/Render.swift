import ArgumentParser
import Foundation
import OrgGraph
import PyramidDiagram

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw the inverted pyramid of a model as SVG, PNG, PDF or DOT.",
        discussion: """
        Customers are drawn on top, front-line teams below them, support teams \
        below those and leaders at the bottom. Arrows point up toward the \
        customer; broken or breached links are red and dashed, upward-facing \
        links thick and amber, teams in error have a thick red outline.

        The format comes from the output file's extension (.svg, .png, .pdf, \
        .dot) unless --format is given. Files are written atomically: a failed \
        render never leaves a half-written file or replaces the previous one. \
        Rendering happens in-process through Graphviz's library; .dot output \
        is exactly the graph text that is laid out, and needs no Graphviz plugin.

        Wide layers wrap into rows so the picture fits a page. Above \
        \(DiagramOptions.summaryThreshold) teams the overview is one box per \
        department; --focus, --group-by department or --all-teams draw the teams.

        Exits 0 on success, 1 when a diagram cannot be rendered or written, \
        2 when a model cannot be read or is invalid or --focus names no team \
        (the other models are still drawn), 64 when --out-dir is a file or two \
        models would be written to the same file there (nothing is written).

        Examples:
          pyramid render org-models/hospital.yaml -o hospital.svg
          pyramid render org-models/*.yaml --out-dir renders
          pyramid render org-models/hospital.yaml --focus pharmacy -o -
        """
    )

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case svg, png, pdf, dot

        var outputFormat: OutputFormat {
            switch self {
            case .svg: .svg
            case .png: .png
            case .pdf: .pdf
            case .dot: .dot
            }
        }
    }

    enum GroupBy: String, CaseIterable, ExpressibleByArgument {
        case department
    }

    @OptionGroup var files: ModelFiles

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write ('-' for standard output); its extension picks the format.", valueName: "file"))
    var output: String?

    @Option(name: .customLong("out-dir"), help: ArgumentHelp("Write one file per model into this folder, named after the model (created if missing).", valueName: "dir"))
    var outDir: String?

    @Option(help: "The output format, overriding the file extension (svg when writing to standard output or a folder).")
    var format: Format?

    @Flag(help: "Show what each link delivers and its service standard on the arrows.")
    var detail = false

    @Flag(name: .customLong("no-legend"), help: "Leave out the legend.")
    var noLegend = false

    @Flag(name: .customLong("no-title"), help: "Leave out the title (the organisation's name).")
    var noTitle = false

    @Option(help: ArgumentHelp("A date to print under the title, e.g. 2026-11-23 (no date is shown otherwise).", valueName: "text"))
    var date: String?

    @Option(name: .customLong("group-by"), help: "Draw teams grouped in boxes by this attribute.")
    var groupBy: GroupBy?

    @Option(help: ArgumentHelp("Draw only this team's neighbourhood (its chains up to the customer and the teams around it), or the chains serving this customer.", valueName: "id"))
    var focus: String?

    @Option(help: "With --focus: how many links around the team to include.")
    var depth: Int = 1

    @Flag(name: .customLong("all-teams"), help: "Draw every team however large the organisation (a wall chart); above \(DiagramOptions.summaryThreshold) teams the overview is otherwise one box per department.")
    var allTeams = false

    @Flag(name: .customLong("svg-fragment"), help: "For SVG: write only the <svg> element (no XML prolog, DOCTYPE or comments), for pasting into HTML.")
    var svgFragment = false

    func validate() throws {
        switch (output, outDir) {
        case (nil, nil):
            throw ValidationError("Say where to write: -o FILE (or -o - for standard output), or --out-dir DIR.")
        case (.some, .some):
            throw ValidationError("Give either -o or --out-dir, not both.")
        case (.some, nil) where files.models.count > 1:
            throw ValidationError("-o writes one file; use --out-dir DIR to render \(files.models.count) models.")
        default:
            break
        }
        if let outDir { try validateOutDir(outDir) }
        if let output, output != "-", format == nil, OutputFormat(fileExtensionOf: output) == nil {
            throw ValidationError("Cannot tell the format of '\(output)': use a .svg, .png, .pdf or .dot name, or --format.")
        }
        if depth < 0 {
            throw ValidationError("--depth must be 0 or more.")
        }
        if focus == nil, depth != 1 {
            throw ValidationError("--depth only applies with --focus TEAM.")
        }
        if svgFragment, let resolved = try? formatFor(output ?? "x.svg"), resolved != .svg {
            throw ValidationError("--svg-fragment only applies to SVG output.")
        }
    }

    var options: DiagramOptions {
        DiagramOptions(
            detail: detail,
            legend: !noLegend,
            title: !noTitle,
            date: date,
            grouping: groupBy.map { _ in .department },
            focus: focus,
            depth: depth,
            svgFragment: svgFragment,
            allTeams: allTeams
        )
    }

    func run() throws {
        var failed = false
        var invalid = false
        if let outDir {
            do {
                try Self.createOutDir(outDir)
            } catch {
                Terminal.error("error: \(error.message)")
                throw ExitCode.failure
            }
        }
        for path in files.models {
            // An invalid model is reported and skipped; the others are still drawn.
            guard let model = try? ModelLoader.loadOrExit(path) else {
                invalid = true
                continue
            }
            let analysis = Analysis(model.organisation)
            if let focus, analysis.graph.index[focus] == nil {
                // A team or an end customer can be focused; suggest the nearest of either.
                let ids = analysis.organisation.teams.map(\.id) + analysis.organisation.customers.map(\.id)
                let error = UnknownTeam(id: focus, file: analysis.organisation.file, suggestion: Suggestion.nearest(to: focus, in: ids))
                Terminal.error("\(path): error: --focus: \(error)")
                invalid = true
                continue
            }
            let destination: String
            if let output {
                destination = output
            } else {
                destination = outDirDestination(for: path, in: outDir ?? ".")
            }
            do {
                // Stages of a long render, on a terminal only.
                let showsProgress = Terminal.standardErrorIsTerminal
                let rendered = try PyramidRenderer.renderDiagram(
                    analysis, options: options, format: try formatFor(destination)
                ) { report in
                    if showsProgress { Terminal.error("\(path): \(report)") }
                }
                if options.summarises(teamCount: analysis.organisation.teams.count) {
                    Terminal.error("\(path): note: \(analysis.organisation.teams.count) teams are drawn as one box per department "
                        + "(more than \(DiagramOptions.summaryThreshold)); --focus ID draws one team's or customer's chains, "
                        + "--group-by department every team in department boxes, --all-teams every team")
                }
                Terminal.graphvizWarnings(rendered.warnings, for: path)
                if destination == "-" {
                    Terminal.write(bytes: rendered.bytes)
                } else {
                    try AtomicFile.write(rendered.bytes, to: destination)
                }
            } catch let error as RenderError {
                Terminal.error("\(path): error: \(error)")
                failed = true
            } catch let error as AtomicFile.WriteError {
                Terminal.error("\(path): error: \(error)")
                failed = true
            }
        }
        if invalid { throw ExitCode(2) }
        if failed { throw ExitCode.failure }
    }

    /// The format for a destination: --format, else the extension, else SVG.
    private func formatFor(_ destination: String) throws -> OutputFormat {
        if let format { return format.outputFormat }
        if destination == "-" { return .svg }
        return OutputFormat(fileExtensionOf: destination) ?? .svg
    }

    /// `org-models/riverside-clinic.yaml` -> `riverside-clinic`.
    static func baseName(of path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
        return String(file[..<dot])
    }
}
