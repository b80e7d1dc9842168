/// What kind of problem the import met. Kept in the import target, apart
/// from the model's own `DiagnosticCode`s.
public enum ImportIssueCode: String, Hashable, Sendable, CaseIterable, Comparable {
    /// The file could not be read, or is not UTF-8 text.
    case unreadableFile = "unreadable-file"
    /// The file has no header or no data rows.
    case emptyFile = "empty-file"
    /// A column the import needs is missing, or a named column does not exist.
    case missingColumn = "missing-column"
    /// A row has more or fewer fields than the header.
    case raggedRow = "ragged-row"
    /// A quoted field never closes, so the rest of the file was read as one field.
    case unclosedQuote = "unclosed-quote"
    /// A row with nothing in it.
    case emptyRow = "empty-row"
    /// A row without an id.
    case missingID = "missing-id"
    /// The same person or team listed again.
    case duplicateRow = "duplicate-row"
    /// A manager (or dotted-line manager, or `reports_to`) that matches nobody in the file.
    case unknownManager = "unknown-manager"
    /// A manager name that matches several people.
    case ambiguousManager = "ambiguous-manager"
    /// Managers that form a loop.
    case managerCycle = "manager-cycle"
    /// A person with an empty team value.
    case emptyTeam = "empty-team"
    /// A position with no person in it.
    case vacancy = "vacancy"
    /// Two different people with the same name.
    case repeatedName = "repeated-name"
    /// Spaces removed around values.
    case trimmedSpaces = "trimmed-spaces"
    /// A value that could not be used as it stands (a tier, a headcount, an id).
    case invalidValue = "invalid-value"
    /// A dotted-line link that was left out.
    case dottedLineDropped = "dotted-line-dropped"
    /// A value the import had to guess, such as an end customer.
    case guessed = "guessed"

    /// Orders by raw value.
    public static func < (lhs: ImportIssueCode, rhs: ImportIssueCode) -> Bool { lhs.rawValue < rhs.rawValue }
}
