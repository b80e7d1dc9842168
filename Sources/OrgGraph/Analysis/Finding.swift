/// Something the analysis found: a break in a chain, an upward-facing link,
/// a risk. Printed as `FILE:LINE:COL: severity: [code] message`.
public struct Finding: Hashable, Sendable, CustomStringConvertible {
    /// What kind of finding this is.
    public var code: FindingCode
    /// How serious it is; ``FindingCode/severity`` of the code.
    public var severity: Severity { code.severity }
    /// What is wrong and where the chain ends, for a person. Built when
    /// read: the analysis keeps the parts (see `FindingMessage`).
    public var message: String {
        get { text.text }
        set { text = .literal(newValue) }
    }
    /// The message, as parts or as text.
    var text: FindingMessage
    /// The team the finding is about; `nil` for findings about a customer.
    public var team: String?
    /// The link the finding is about, if it is about one.
    public var link: LinkReference?
    /// The end customer the finding is about (`unserved-customer`), if any.
    public var customer: String?
    /// Where the team, link or customer is written.
    public var location: SourceLocation

    /// Creates a finding.
    public init(
        code: FindingCode,
        message: String,
        team: String?,
        link: LinkReference? = nil,
        customer: String? = nil,
        location: SourceLocation
    ) {
        self.init(code: code, text: .literal(message), team: team, link: link, customer: customer, location: location)
    }

    /// Creates a finding whose message is built when it is read.
    init(
        code: FindingCode,
        text: FindingMessage,
        team: String?,
        link: LinkReference? = nil,
        customer: String? = nil,
        location: SourceLocation
    ) {
        self.code = code
        self.text = text
        self.team = team
        self.link = link
        self.customer = customer
        self.location = location
    }

    /// Findings are equal when their code, message text, team, link,
    /// customer and location are (however the message is kept).
    public static func == (a: Finding, b: Finding) -> Bool {
        a.code == b.code && a.team == b.team && a.link == b.link && a.customer == b.customer
            && a.location == b.location && a.message == b.message
    }

    /// Hashes the code, message text, team, link, customer and location.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(message)
        hasher.combine(team)
        hasher.combine(link)
        hasher.combine(customer)
        hasher.combine(location)
    }

    /// `FILE:LINE:COL: severity: [code] message`.
    public var description: String {
        "\(location): \(severity.rawValue): [\(code.rawValue)] \(message)"
    }

    /// Whether an `ignore` entry suppresses this finding: same code, and the
    /// entry names no team or names this finding's team (or, for
    /// `unserved-customer`, its customer).
    public func isSuppressed(by suppression: Suppression) -> Bool {
        guard suppression.code == code.rawValue else { return false }
        guard let subject = suppression.team else { return true }
        return subject == team || subject == customer
    }

    /// The deterministic order of findings: by location, then code, message,
    /// team and link.
    static func precedes(_ a: Finding, _ b: Finding) -> Bool {
        if a.location != b.location { return a.location < b.location }
        if a.code != b.code { return a.code.rawValue < b.code.rawValue }
        if a.message != b.message { return a.message < b.message }
        if a.team != b.team { return (a.team ?? "") < (b.team ?? "") }
        return (a.link?.from ?? "", a.link?.to ?? "") < (b.link?.from ?? "", b.link?.to ?? "")
    }
}
