/// A problem found while reading or validating a model, with where it is.
///
/// Its ``description`` is the compiler-style line
/// `FILE:LINE:COL: severity: [code] message`.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How serious the problem is. Every validation problem is an ``Severity/error``
    /// except an empty `teams` list, which is a ``Severity/warning``.
    public var severity: Severity
    /// A stable code, printed in kebab case such as `unknown-key`; documented in `docs/model-format.md`.
    public var code: DiagnosticCode
    /// What is wrong, for a person.
    public var message: String
    /// Where it is.
    public var location: SourceLocation

    /// Creates a diagnostic.
    public init(severity: Severity = .error, code: DiagnosticCode, message: String, location: SourceLocation) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
    }

    /// `FILE:LINE:COL: severity: [code] message`.
    public var description: String {
        "\(location): \(severity.rawValue): [\(code)] \(message)"
    }
}
