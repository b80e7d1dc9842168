/// The codes of the diagnostics the loader and validator report.
/// `docs/model-format.md` explains each.
enum DiagnosticCode {
    static let unreadableFile = "unreadable-file"
    static let emptyFile = "empty-file"
    static let invalidUTF8 = "invalid-utf8"
    static let yamlSyntax = "yaml-syntax"
    static let jsonSyntax = "json-syntax"
    static let unknownKey = "unknown-key"
    static let duplicateKey = "duplicate-key"
    static let missingKey = "missing-key"
    static let wrongType = "wrong-type"
    static let invalidValue = "invalid-value"
    static let invalidID = "invalid-id"
    static let duplicateID = "duplicate-id"
    static let unknownReference = "unknown-reference"
    static let reportingCycle = "reporting-cycle"
    static let reportsToCustomer = "reports-to-customer"
    static let emptyTeams = "empty-teams"
}
