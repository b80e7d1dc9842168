internal import OrgGraph

/// Collects the issues of one import, and the rows it skipped.
struct IssueLog {
    let file: String
    private(set) var issues: [ImportIssue] = []
    private(set) var skippedRows: Set<Int> = []

    init(file: String) {
        self.file = file
    }

    /// An issue about the row of `record`.
    mutating func add(_ severity: Severity, _ code: ImportIssueCode, _ message: String, row: Int, line: Int) {
        issues.append(ImportIssue(severity, code, message, row: row, location: SourceLocation(file: file, line: line, column: 1)))
    }

    /// An issue about the whole file, at its header.
    mutating func add(_ severity: Severity, _ code: ImportIssueCode, _ message: String) {
        issues.append(ImportIssue(severity, code, message, row: nil, location: SourceLocation(file: file, line: 1, column: 1)))
    }

    /// A warning that the row was skipped, and why.
    mutating func skip(_ code: ImportIssueCode, _ message: String, row: Int, line: Int) {
        skippedRows.insert(row)
        add(.warning, code, message + "; the row is skipped", row: row, line: line)
    }

    /// An error that stops the import, with the issues found so far.
    func fail(_ code: ImportIssueCode, _ message: String) -> ImportError {
        ImportError(issues + [ImportIssue(.error, code, message, row: nil, location: SourceLocation(file: file, line: 1, column: 1))])
    }

    /// Checks a row's shape: empty, or a different number of fields than the header.
    /// - Returns: `false` when the row is empty (and was skipped).
    mutating func checkShape(of record: CSVTable.Record, headerCount: Int) -> Bool {
        if record.fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) {
            skip(.emptyRow, "the row is empty", row: record.row, line: record.line)
            return false
        }
        if record.fields.count < headerCount {
            add(.warning, .raggedRow, "the row has \(record.fields.count) fields where the header has \(headerCount); the missing ones are read as empty",
                row: record.row, line: record.line)
        } else if record.fields.count > headerCount {
            let extra = record.fields[headerCount...].filter { !$0.trimmingSpaces.isEmpty }
            if !extra.isEmpty {
                add(.warning, .raggedRow, "the row has \(record.fields.count) fields where the header has \(headerCount); the extra ones (\(extra.map { "'\($0)'" }.joined(separator: ", "))) are ignored",
                    row: record.row, line: record.line)
            }
        }
        return true
    }

    /// One remark for every row whose used values had spaces around them.
    mutating func reportTrimmed(rows: [CSVTable.Record]) {
        guard let first = rows.first else { return }
        let shown = rows.prefix(8).map { String($0.row) }.joined(separator: ", ")
        let more = rows.count > 8 ? " and \(rows.count - 8) more" : ""
        add(.info, .trimmedSpaces, "leading or trailing spaces were removed from values in \(rows.count) \(rows.count == 1 ? "row" : "rows") (rows \(shown)\(more))",
            row: first.row, line: first.line)
    }
}
