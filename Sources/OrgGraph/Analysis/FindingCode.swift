/// The kinds of finding the analysis reports. `docs/findings.md` explains
/// each with an example and a fix.
public enum FindingCode: String, Hashable, Sendable, Codable, CaseIterable {
    /// The team has no path to any end customer, even over broken links.
    case noPathToCustomer = "no-path-to-customer"
    /// The team reaches an end customer only over broken or breached links.
    case chainBroken = "chain-broken"
    /// A link's measured standard misses its target.
    case standardBreached = "standard-breached"
    /// A team serves one of its own leaders (directly or transitively).
    case upwardFacing = "upward-facing"
    /// Every intact chain from a team outside the leadership tier passes
    /// through a leadership team.
    case chainThroughManagement = "chain-through-management"
    /// A `serves` link leads to a team no closer to the customer.
    case awayFromCustomer = "away-from-customer"
    /// Teams serve each other in a loop.
    case supplierCycle = "supplier-cycle"
    /// Losing this team would cut other teams off from the customer (pure
    /// leaders, which reach it only through the teams they support, not counted).
    case singlePointOfFailure = "single-point-of-failure"
    /// A front-line team reports to no one.
    case unsupportedFrontLine = "unsupported-front-line"
    /// A team with no links at all.
    case isolatedTeam = "isolated-team"
    /// An end customer no team serves.
    case unservedCustomer = "unserved-customer"
    /// A declared tier contradicts the structure.
    case tierMismatch = "tier-mismatch"

    /// The severity findings of this code carry.
    public var severity: Severity {
        switch self {
        case .noPathToCustomer, .chainBroken, .upwardFacing: .error
        case .singlePointOfFailure: .info
        default: .warning
        }
    }

    /// A one-line description of the code, for help texts and SARIF rules.
    public var summary: String {
        switch self {
        case .noPathToCustomer:
            "The team has no path to any end customer, even counting broken links."
        case .chainBroken:
            "The team reaches an end customer only over broken or breached links."
        case .standardBreached:
            "The service standard measured on a link misses its target."
        case .upwardFacing:
            "A team serves one of its own leaders instead of a customer."
        case .chainThroughManagement:
            "Every intact chain from a team outside the leadership tier to the customer passes through a leadership team."
        case .awayFromCustomer:
            "A serves link leads to a team that is no closer to the customer."
        case .supplierCycle:
            "Teams serve each other in a loop."
        case .singlePointOfFailure:
            "Losing this team would cut other teams off from the customer (leaders left with nothing to support not counted)."
        case .unsupportedFrontLine:
            "A front-line team reports to no one, so no leader supports it."
        case .isolatedTeam:
            "A team with no serves links and no reports-to links in or out."
        case .unservedCustomer:
            "An end customer that no team serves."
        case .tierMismatch:
            "A declared tier contradicts the team's place in the structure."
        }
    }

    /// A distinct bit per code, for sets of codes kept as masks.
    var bit: UInt16 {
        switch self {
        case .noPathToCustomer: 1 << 0
        case .chainBroken: 1 << 1
        case .standardBreached: 1 << 2
        case .upwardFacing: 1 << 3
        case .chainThroughManagement: 1 << 4
        case .awayFromCustomer: 1 << 5
        case .supplierCycle: 1 << 6
        case .singlePointOfFailure: 1 << 7
        case .unsupportedFrontLine: 1 << 8
        case .isolatedTeam: 1 << 9
        case .unservedCustomer: 1 << 10
        case .tierMismatch: 1 << 11
        }
    }

    /// The code in UpperCamelCase, e.g. `NoPathToCustomer`: SARIF's rule `name`.
    public var ruleName: String {
        rawValue.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
