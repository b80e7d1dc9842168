public import OrgGraph

/// A problem the import met, with the row it is about: printed as
/// `FILE:LINE:1: severity: [code] row N: message`.
public struct ImportIssue: Hashable, Sendable, CustomStringConvertible {
    /// `error` stops the import; `warning` means something was skipped or
    /// guessed (and fails `--strict`); `info` is a remark.
    public var severity: Severity
    /// The kind of problem.
    public var code: ImportIssueCode
    /// What happened and what the import did about it.
    public var message: String
    /// The CSV row (the header is row 1), as a spreadsheet numbers it; `nil` for the whole file.
    public var row: Int?
    /// Where the row starts in the file (line and column).
    public var location: SourceLocation

    /// Creates an issue.
    public init(_ severity: Severity, _ code: ImportIssueCode, _ message: String, row: Int?, location: SourceLocation) {
        self.severity = severity
        self.code = code
        self.message = message
        self.row = row
        self.location = location
    }

    /// `FILE:LINE:COL: severity: [code] row N: message`.
    public var description: String {
        let prefix = row.map { "row \($0): " } ?? ""
        return "\(location): \(severity.rawValue): [\(code.rawValue)] \(prefix)\(message)"
    }
}
