internal import OrgGraph

/// Turns an HR export (CSV) into a model: a people export (one row per
/// person) grouped into teams, or a team export (one row per team) taken as it is.
///
/// ```swift
/// let result = try OrgImporter.importCSV(bytes: bytes, file: "people.csv")
/// print(result.yaml)
/// ```
public enum OrgImporter {
    /// Imports the CSV `bytes`; `file` names the file in issues and the header.
    ///
    /// A file with a `serves` or `tier` column is a team export; any other a people export.
    ///
    /// - Throws: ``ImportError`` when nothing can be imported: the file is not
    ///   UTF-8 text, has no rows, lacks a column the import needs, or a
    ///   column named in `options` does not exist.
    public static func importCSV(bytes: [UInt8], file: String, options: ImportOptions = ImportOptions()) throws(ImportError) -> ImportResult {
        let table = try CSVTable(bytes: bytes, file: file)
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard !table.records.isEmpty else {
            throw ImportError([ImportIssue(.error, .emptyFile, "the file has a header but no rows", row: nil, location: start)])
        }
        let name = options.organisationName ?? baseName(file)
        let normalised = Set(table.header.map(ColumnRole.normalise))
        let isTeamExport = !normalised.isDisjoint(with: ColumnRole.serves.headerNames + ColumnRole.tier.headerNames)
            && options.columns[.manager] == nil
        var result = isTeamExport
            ? try TeamExportImporter(table: table, file: file, options: options).run(organisationName: name)
            : try PeopleImporter(table: table, file: file, options: options).run(organisationName: name)
        if table.hadByteOrderMark {
            result.issues.insert(ImportIssue(.info, .trimmedSpaces, "the file starts with a byte order mark (BOM); it was ignored", row: nil, location: start), at: 0)
        }
        if table.lastFieldUnclosed, let last = table.records.last {
            result.issues.append(ImportIssue(.warning, .unclosedQuote, "a quoted field is never closed, so the rest of the file was read as one field; check the quotes in this row",
                                             row: last.row, location: SourceLocation(file: file, line: last.line, column: 1)))
        }
        result.issues.sort { ($0.location.line, $0.code) < ($1.location.line, $1.code) }
        return result
    }

    /// `exports/people.csv` -> `people`.
    static func baseName(_ path: String) -> String {
        let last = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return last }
        return String(last[..<dot])
    }

    /// The header comment every imported model starts with.
    static func header(file: String, summary: ImportSummary, guesses: Int, hasServesLinks: Bool = false) -> [String] {
        var lines = [
            "Imported by `pyramid import` from \(file.split(separator: "/").last.map(String.init) ?? file): \(summary.people) people"
                + (summary.vacancies > 0 ? " and \(summary.vacancies) vacancies" : "")
                + " in \(summary.teams) teams; \(summary.skippedRows) rows skipped.",
            "Columns: \(summary.columnList).",
        ]
        if let managerValues = summary.managerValues { lines.append("The manager column holds \(managerValues).") }
        if hasServesLinks {
            lines += ["", "Next step: run `pyramid check MODEL.yaml` and `pyramid render MODEL.yaml -o pyramid.svg`."]
        } else {
            lines += [
            "",
            "HR data has no supplier -> customer links, so until `serves` links are added",
            "`pyramid check` reports EVERY team as cut off from the customer (no-path-to-customer).",
            "Next step: rename the end customer below, give each front-line team",
            "`serves: [customers]` and each support team the teams it serves, then run",
            "`pyramid check MODEL.yaml` and `pyramid render MODEL.yaml -o pyramid.svg`.",
            ]
        }
        if guesses > 0 {
            lines.append("Comments above \(guesses == 1 ? "one team say" : "\(guesses) teams say") where the import had to guess.")
        }
        return lines
    }
}
