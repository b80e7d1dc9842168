import OrgGraph

/// Builds small models in Swift. Locations are assigned in file order, one
/// line per entry, so findings sort in the order the model is written.
enum Model {
    /// A `serves` entry in a test model.
    struct Link {
        var to: String
        var status: LinkStatus = .ok
        var standard: ServiceStandard?
        var delivers: String?
    }

    /// A team in a test model.
    struct TeamSpec {
        var id: String
        var tier: Tier?
        var serves: [Link]
        var reportsTo: [String]
        var headcount: Int?
    }

    static func ok(_ to: String, delivers: String? = nil) -> Link { Link(to: to, delivers: delivers) }
    static func broken(_ to: String) -> Link { Link(to: to, status: .broken) }
    static func breached(_ to: String, measure: String = "on time", target: Double = 95, actual: Double = 80, unit: String? = "%") -> Link {
        Link(to: to, standard: ServiceStandard(measure: measure, target: target, actual: actual, unit: unit))
    }

    static func team(_ id: String, _ tier: Tier? = nil, serves: [Link] = [], reportsTo: [String] = [], headcount: Int? = nil) -> TeamSpec {
        TeamSpec(id: id, tier: tier, serves: serves, reportsTo: reportsTo, headcount: headcount)
    }

    static func team(_ id: String, _ tier: Tier? = nil, serves: [String], reportsTo: [String] = [], headcount: Int? = nil) -> TeamSpec {
        TeamSpec(id: id, tier: tier, serves: serves.map { ok($0) }, reportsTo: reportsTo, headcount: headcount)
    }

    static let file = "model.yaml"

    /// An organisation with customers first, then teams, each entry on its own lines.
    static func organisation(
        customers: [String],
        teams: [TeamSpec],
        ignore: [(code: String, team: String?)] = [],
        name: String = "Test"
    ) -> Organisation {
        var line = 1
        func next(_ column: Int) -> SourceLocation {
            line += 1
            return SourceLocation(file: file, line: line, column: column)
        }
        let customerValues = customers.map { Customer(id: $0, location: next(9)) }
        let teamValues = teams.map { spec -> Team in
            let location = next(9)
            let reportsTo = spec.reportsTo.map { Located($0, at: next(17)) }
            let serves = spec.serves.map {
                ServiceLink(to: $0.to, delivers: $0.delivers, status: $0.status, standard: $0.standard, location: next(13))
            }
            return Team(id: spec.id, declaredTier: spec.tier, headcount: spec.headcount, reportsTo: reportsTo, serves: serves, location: location)
        }
        let suppressions = ignore.map { Suppression(code: $0.code, team: $0.team, location: next(11)) }
        return Organisation(name: name, customers: customerValues, teams: teamValues, suppressions: suppressions, file: file)
    }
}

extension Analysis {
    /// The teams findings of this code are about, in finding order.
    func teams(with code: FindingCode) -> [String] {
        findings.filter { $0.code == code }.compactMap(\.team)
    }

    /// The links findings of this code are about, as `from->to`.
    func links(with code: FindingCode) -> [String] {
        findings.filter { $0.code == code }.compactMap { $0.link.map { "\($0.from)->\($0.to)" } }
    }
}

/// SplitMix64: a small, fast, seeded generator, so property tests are reproducible.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
