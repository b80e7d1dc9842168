/// The kinds of finding the analysis reports. `docs/findings.md` explains
/// each with an example and a fix.
public enum FindingCode: String, Hashable, Sendable, Codable, CaseIterable {
    case noPathToCustomer = "no-path-to-customer"
    case chainBroken = "chain-broken"
    case standardBreached = "standard-breached"
    case upwardFacing = "upward-facing"
    case chainThroughManagement = "chain-through-management"
    case awayFromCustomer = "away-from-customer"
    case supplierCycle = "supplier-cycle"
    case singlePointOfFailure = "single-point-of-failure"
    case unsupportedFrontLine = "unsupported-front-line"
    case isolatedTeam = "isolated-team"
    case unservedCustomer = "unserved-customer"
    case tierMismatch = "tier-mismatch"

    /// The severity findings of this code carry.
    public var severity: Severity {
        switch self {
        case .noPathToCustomer, .chainBroken, .upwardFacing: .error
        case .singlePointOfFailure: .info
        default: .warning
        }
    }
}
