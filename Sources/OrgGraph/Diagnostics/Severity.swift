/// How serious a diagnostic or a finding is.
///
/// Severities are ordered: `info < warning < error`.
public enum Severity: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// Worth knowing; never a failure on its own.
    case info
    /// Probably wrong; fails a check run with `--fail-on warning`.
    case warning
    /// Wrong; fails a check run by default.
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    /// Orders by seriousness.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
