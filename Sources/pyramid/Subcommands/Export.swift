import ArgumentParser
import OrgGraph
import PyramidDiagram

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a model as normalised JSON or YAML, or as a Mermaid flowchart.",
        discussion: """
        json: the model in normal form: every key in \
        the documented order, defaults written out, 'serves' in the long form. \
        pyramid reads it back as the same model.

        yaml: the model tidied (a formatter): keys in the documented order, \
        defaults left out, short forms where they say the same. Comments, \
        anchors and merge keys are not carried over (export says so on \
        standard error).

        mermaid: the inverted pyramid as a Mermaid flowchart (customers on top, \
        tiers as subgraphs, findings as classes) to paste into a Markdown \
        document between ```mermaid fences. Mermaid refuses diagrams of more \
        than 500 links or 50,000 characters: above that, export refuses too and \
        suggests --focus.

        The format comes from --format, or from the output file's extension \
        (.json, .yaml, .yml, .mmd or .mermaid). Without -o, or with -o -, the result goes \
        to standard output; files are written atomically.

        Exits 0 on success, 1 when the output cannot be written or is too \
        large for Mermaid, 2 when the model cannot be read or is invalid or \
        --focus names no team.

        Examples:
          pyramid export org-models/hospital.yaml --format json -o hospital.json
          pyramid export messy.yaml --format yaml -o tidy.yaml
          pyramid export org-models/hospital.yaml --format mermaid > hospital.mmd
          pyramid export org-models/hospital.yaml -o pharmacy.mmd --focus pharmacy --depth 2
        """
    )

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case json, yaml, mermaid

        /// The format a file name's extension implies.
        init?(fileExtensionOf path: String) {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            guard let dot = name.lastIndex(of: ".") else { return nil }
            switch name[name.index(after: dot)...].lowercased() {
            case "json": self = .json
            case "yaml", "yml": self = .yaml
            case "mmd", "mermaid": self = .mermaid
            default: return nil
            }
        }
    }

    @Argument(help: ArgumentHelp("The model file (YAML or JSON).", valueName: "model"))
    var model: String

    @Option(help: "The output format (default: from the output file's extension).")
    var format: Format?

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write ('-' or none for standard output).", valueName: "file"))
    var output: String?

    @Flag(help: "For mermaid: show what each link delivers and its service standard on the arrows.")
    var detail = false

    @Option(help: ArgumentHelp("For mermaid: draw only this team's neighbourhood, its chains up to the customer and the teams around it.", valueName: "team-id"))
    var focus: String?

    @Option(help: "With --focus: how many links around the team to include.")
    var depth: Int = 1

    func validate() throws {
        let resolved = try resolvedFormat()
        if depth < 0 {
            throw ValidationError("--depth must be 0 or more.")
        }
        if focus == nil, depth != 1 {
            throw ValidationError("--depth only applies with --focus TEAM.")
        }
        if resolved != .mermaid, detail || focus != nil {
            throw ValidationError("--detail and --focus only apply to --format mermaid.")
        }
    }

    /// --format, else the output file's extension.
    private func resolvedFormat() throws -> Format {
        if let format { return format }
        if let output, output != "-", let implied = Format(fileExtensionOf: output) { return implied }
        throw ValidationError("Say which format to write: --format json, yaml or mermaid (or an -o FILE ending in .json, .yaml, .yml, .mmd or .mermaid).")
    }

    func run() throws {
        let organisation = try ModelLoader.loadOrExit(model).organisation
        let text: String
        switch try resolvedFormat() {
        case .json:
            text = ModelJSONWriter().json(for: organisation)
        case .yaml:
            text = ModelYAMLWriter().yaml(for: organisation)
            if !model.lowercased().hasSuffix(".json") {
                Terminal.error("\(model): note: comments, anchors and merge keys are not carried over into the exported YAML")
            }
        case .mermaid:
            let analysis = Analysis(organisation)
            if let focus {
                do {
                    _ = try analysis.requireTeamIndex(of: focus)
                } catch {
                    Terminal.error("\(model): error: --focus: \(error)")
                    throw ExitCode(2)
                }
            }
            do {
                text = try MermaidFlowchart.text(analysis, options: MermaidOptions(detail: detail, focus: focus, depth: depth))
            } catch {
                Terminal.error("\(model): error: \(error)")
                throw error.isTooLarge ? ExitCode.failure : ExitCode(2)
            }
        }
        guard let output, output != "-" else {
            Terminal.write(text)
            return
        }
        do {
            try AtomicFile.write(Array(text.utf8), to: output)
        } catch {
            Terminal.error("\(model): error: \(error)")
            throw ExitCode.failure
        }
    }
}

extension MermaidError {
    fileprivate var isTooLarge: Bool {
        if case .tooLarge = self { return true }
        return false
    }
}
