import ArgumentParser
import Foundation
import OrgGraph
import PyramidDiagram
import PyramidImport

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make a model from an HR export (CSV).",
        discussion: """
        A people export (one row per person: an id, a manager, optionally a \
        team or department, a name and a title) is grouped into teams: by the \
        team column when there is one, otherwise each manager with their \
        direct reports who lead nobody. A team reports to the team of its \
        head's manager; the people with no manager form the leadership team. \
        A team export (one row per team, with a 'serves' or 'tier' column) is \
        imported as it stands.

        Columns are found by their usual names in Workday, BambooHR, HiBob, \
        Personio, Google Workspace and SCIM exports (case and punctuation \
        ignored); name them with the --...-column options otherwise. The \
        import says which columns it used, what the manager column holds, and \
        every row it skipped or guessed about, as FILE:LINE:1: severity: \
        [code] row N: message on standard error.

        The written model has no 'serves' links yet, so 'pyramid check' \
        reports every team as cut off until they are added; the comment at \
        the top of the file says so. An existing file is replaced only with \
        --force. Exits 0 when written, 2 when nothing could be imported, the \
        output exists, or --strict found a warning.

        Example:
          pyramid import people.csv -o model.yaml --team-column department
        """
    )

    @Argument(help: ArgumentHelp("The CSV export (UTF-8; ',', ';' or tab separated).", valueName: "file.csv"))
    var input: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The model file to write ('-' for standard output).", valueName: "model.yaml"))
    var output: String

    @Option(name: .customLong("id-column"), help: ArgumentHelp("The column holding each person's (or team's) id.", valueName: "header"))
    var idColumn: String?

    @Option(name: .customLong("manager-column"), help: ArgumentHelp("The column holding each person's manager (id, employee number, e-mail or name).", valueName: "header"))
    var managerColumn: String?

    @Option(name: .customLong("team-column"), help: ArgumentHelp("The column to group people into teams by, e.g. department.", valueName: "header"))
    var teamColumn: String?

    @Option(name: .customLong("name-column"), help: ArgumentHelp("The column holding each person's full name.", valueName: "header"))
    var nameColumn: String?

    @Option(name: .customLong("title-column"), help: ArgumentHelp("The column holding each person's job title.", valueName: "header"))
    var titleColumn: String?

    @Option(name: .customLong("dotted-line-column"), help: ArgumentHelp("The column holding a second, dotted-line manager; it becomes a second reports-to.", valueName: "header"))
    var dottedLineColumn: String?

    @Option(help: ArgumentHelp("The organisation's name (default: the file's name).", valueName: "name"))
    var organisation: String?

    @Flag(help: "Fail (exit 2, nothing written) when any row was skipped or guessed about.")
    var strict = false

    @Flag(help: "Replace the output file when it exists.")
    var force = false

    var options: ImportOptions {
        var columns: [ColumnRole: String] = [:]
        columns[.id] = idColumn
        columns[.manager] = managerColumn
        columns[.team] = teamColumn
        columns[.name] = nameColumn
        columns[.title] = titleColumn
        columns[.dottedLine] = dottedLineColumn
        return ImportOptions(columns: columns, organisationName: organisation)
    }

    func run() throws {
        let toStandardOutput = output == "-"
        if !toStandardOutput, FileManager.default.fileExists(atPath: output), !force {
            Terminal.error("\(output):1:1: error: [output-exists] the file exists; pass --force to replace it (nothing was written)")
            throw ExitCode(2)
        }
        guard let data = FileManager.default.contents(atPath: input) else {
            let reason = FileManager.default.fileExists(atPath: input) ? "cannot read the file" : "no such file"
            Terminal.error("\(input):1:1: error: [unreadable-file] \(reason)")
            throw ExitCode(2)
        }
        let result: ImportResult
        do {
            result = try OrgImporter.importCSV(bytes: [UInt8](data), file: input, options: options)
        } catch {
            for issue in error.issues { Terminal.error(issue.description) }
            throw ExitCode(2)
        }
        for issue in result.issues { Terminal.error(issue.description) }
        let yaml = result.yaml
        // The import checks its own output: what it writes must load.
        do {
            _ = try ModelLoader.load(bytes: Array(yaml.utf8), file: toStandardOutput ? "<stdout>" : output)
        } catch {
            for diagnostic in error.diagnostics { Terminal.error(diagnostic.description) }
            Terminal.error("error: the imported model is not valid (a bug in the import); nothing was written")
            throw ExitCode(2)
        }
        let warnings = result.issues.count { $0.severity >= .warning }
        if strict, warnings > 0 {
            Terminal.error("error: --strict: \(plural(warnings, "warning")); nothing was written")
            throw ExitCode(2)
        }
        if toStandardOutput {
            Terminal.write(yaml)
        } else {
            do {
                try AtomicFile.write(Array(yaml.utf8), to: output)
            } catch {
                Terminal.error("error: \(error)")
                throw ExitCode(2)
            }
        }
        let summary = result.summary
        let report = [
            "Read \(input): a \(summary.kind.rawValue) export, \(plural(summary.rows, "row")), separated by '\(summary.separator == "\t" ? "tab" : String(summary.separator))'.",
            "Columns used: \(summary.columnList).",
            summary.managerValues.map { "The manager column holds \($0)." },
            "\(toStandardOutput ? "Wrote the model" : "Wrote \(output)"): \(plural(summary.people, "person", "people"))"
                + (summary.vacancies > 0 ? ", \(plural(summary.vacancies, "vacancy", "vacancies"))" : "")
                + ", \(plural(summary.teams, "team")), \(plural(summary.skippedRows, "row")) skipped, \(plural(warnings, "warning")).",
            summary.kind == .people ? "Next: add `serves` links (every team is cut off until then), then run pyramid check \(toStandardOutput ? "MODEL.yaml" : output)." : nil,
        ].compactMap { $0 }.joined(separator: "\n") + "\n"
        if toStandardOutput {
            FileHandle.standardError.write(Data(report.utf8))
        } else {
            Terminal.write(report)
        }
    }
}

private func plural(_ count: Int, _ one: String, _ many: String) -> String {
    "\(count) \(count == 1 ? one : many)"
}
