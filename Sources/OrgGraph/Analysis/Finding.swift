/// Something the analysis found: a break in a chain, an upward-facing link,
/// a risk. Printed as `FILE:LINE:COL: severity: [code] message`.
public struct Finding: Hashable, Sendable, CustomStringConvertible {
    /// What kind of finding this is.
    public var code: FindingCode
    /// How serious it is; ``FindingCode/severity`` of the code.
    public var severity: Severity { code.severity }
    /// What is wrong and where the chain ends, for a person.
    public var message: String
    /// The team the finding is about; `nil` for findings about a customer.
    public var team: String?
    /// The link the finding is about, if it is about one.
    public var link: LinkReference?
    /// Where the team, link or customer is written.
    public var location: SourceLocation

    /// Creates a finding.
    public init(code: FindingCode, message: String, team: String?, link: LinkReference? = nil, location: SourceLocation) {
        self.code = code
        self.message = message
        self.team = team
        self.link = link
        self.location = location
    }

    /// `FILE:LINE:COL: severity: [code] message`.
    public var description: String {
        "\(location): \(severity.rawValue): [\(code.rawValue)] \(message)"
    }
}
