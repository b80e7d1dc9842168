/// The codes of the diagnostics the loader and validator report.
/// `docs/model-format.md` explains each with an example.
///
/// The raw value is the stable kebab-case text printed in brackets
/// (`[unknown-key]`) and used as the SARIF rule id.
public enum DiagnosticCode: String, Hashable, Sendable, Codable, CaseIterable, Comparable, CustomStringConvertible {
    /// The file does not exist, is a directory or cannot be read.
    case unreadableFile = "unreadable-file"
    /// The file holds nothing but blank lines and comments.
    case emptyFile = "empty-file"
    /// The file is not valid UTF-8 text.
    case invalidUTF8 = "invalid-utf8"
    /// The YAML text cannot be parsed (tabs, unquoted reserved characters, bad indentation ...).
    case yamlSyntax = "yaml-syntax"
    /// The JSON text cannot be parsed (comments, trailing commas, missing commas ...).
    case jsonSyntax = "json-syntax"
    /// A key the format does not know.
    case unknownKey = "unknown-key"
    /// A key given twice in one mapping.
    case duplicateKey = "duplicate-key"
    /// A required key is missing.
    case missingKey = "missing-key"
    /// A value of the wrong kind, such as a list where text is expected.
    case wrongType = "wrong-type"
    /// A value of the right kind that is not allowed, such as an unknown tier.
    case invalidValue = "invalid-value"
    /// An id with characters other than letters, digits, `_`, `.` and `-`.
    case invalidID = "invalid-id"
    /// Two teams or customers with the same id.
    case duplicateID = "duplicate-id"
    /// A reference to a team or customer that does not exist.
    case unknownReference = "unknown-reference"
    /// Teams that report to each other in a loop.
    case reportingCycle = "reporting-cycle"
    /// A team that reports to an end customer.
    case reportsToCustomer = "reports-to-customer"
    /// An empty `teams` list (a warning).
    case emptyTeams = "empty-teams"

    /// The kebab-case code, e.g. `unknown-key`.
    public var description: String { rawValue }

    /// The severity diagnostics of this code carry: every code is an error
    /// except ``emptyTeams``, a warning.
    public var severity: Severity {
        self == .emptyTeams ? .warning : .error
    }

    /// A one-line description of the code, for SARIF rules.
    public var summary: String {
        switch self {
        case .unreadableFile: "The model file does not exist, is a directory or cannot be read."
        case .emptyFile: "The model file holds nothing but blank lines and comments."
        case .invalidUTF8: "The model file is not valid UTF-8 text."
        case .yamlSyntax: "The YAML text cannot be parsed."
        case .jsonSyntax: "The JSON text cannot be parsed (JSON allows no comments and no trailing commas)."
        case .unknownKey: "A key the model format does not know."
        case .duplicateKey: "A key given twice in one mapping."
        case .missingKey: "A required key is missing."
        case .wrongType: "A value of the wrong kind, such as a list where text is expected."
        case .invalidValue: "A value that is not allowed, such as an unknown tier or a negative headcount."
        case .invalidID: "An id with characters other than letters, digits, '_', '.' and '-'."
        case .duplicateID: "Two teams or customers share an id."
        case .unknownReference: "A reference to a team or customer that does not exist."
        case .reportingCycle: "Teams report to each other in a loop."
        case .reportsToCustomer: "A team reports to an end customer."
        case .emptyTeams: "The teams list is empty: there is nothing to analyse or draw."
        }
    }

    /// The code in UpperCamelCase, e.g. `UnknownKey`: SARIF's rule `name`.
    public var ruleName: String {
        rawValue.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// Orders by the kebab-case text.
    public static func < (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool { lhs.rawValue < rhs.rawValue }
}
