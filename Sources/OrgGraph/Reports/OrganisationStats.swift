/// The numbers of `pyramid stats`: the shape of the pyramid, how the links
/// are oriented and which end customers each team's work reaches.
/// `docs/findings.md` defines each figure.
public struct OrganisationStats: Sendable {
    /// Teams and headcount on one layer (customer distance) of the pyramid.
    public struct Layer: Hashable, Sendable {
        /// The intact customer distance; `nil` for teams cut off from the customer.
        public var distance: Int?
        /// The number of teams.
        public var teams: Int
        /// The sum of the teams' headcounts (teams without one count 0).
        public var headcount: Int

        /// Creates a layer.
        public init(distance: Int?, teams: Int, headcount: Int) {
            self.distance = distance
            self.teams = teams
            self.headcount = headcount
        }
    }

    /// The share of `serves` links that face the customer.
    public struct Orientation: Hashable, Sendable {
        /// Links to an end customer, or to a team with a smaller nominal
        /// customer distance that is not one of the supplier's own leaders.
        public var facing: Int
        /// All `serves` links.
        public var total: Int
        /// `facing / total` in percent (0-100); `nil` when there are no links.
        public var score: Double? { total == 0 ? nil : Double(facing) * 100 / Double(total) }

        /// Creates an orientation.
        public init(facing: Int, total: Int) {
            self.facing = facing
            self.total = total
        }
    }

    /// The end customers one team's intact chains reach.
    public struct Coverage: Hashable, Sendable {
        /// The team's id.
        public var team: String
        /// The end customers' ids, in file order.
        public var customers: [String]

        /// Creates a coverage row.
        public init(team: String, customers: [String]) {
            self.team = team
            self.customers = customers
        }
    }

    /// The organisation's name.
    public var organisation: String
    /// The model file.
    public var file: String
    /// The number of teams.
    public var teams: Int
    /// The number of end customers.
    public var customers: Int
    /// Teams per shown tier, in the order front-line, support, leadership.
    public var teamsPerTier: [(tier: Tier, teams: Int)]
    /// Teams and headcount per intact customer distance, nearest first, cut-off teams last.
    public var layers: [Layer]
    /// The orientation score.
    public var orientation: Orientation
    /// The largest intact customer distance and the first team (in file order) at it.
    public var longestChain: (links: Int, team: String)?
    /// Teams with no intact chain to any end customer.
    public var cutOff: Int
    /// For every team, in file order, the end customers its intact chains reach.
    public var coverage: [Coverage]
    /// The end customers' ids in file order: the coverage matrix's columns.
    public var customerColumns: [String]

    /// Computes the statistics. O((teams + links) * (1 + customers / 64)):
    /// coverage propagates one bitset per strongly connected component of the
    /// intact graph, in reverse topological order.
    public init(_ analysis: Analysis) {
        let organisation = analysis.organisation
        customerColumns = organisation.customers.map(\.id)
        self.organisation = organisation.name
        file = organisation.file
        teams = analysis.teams.count
        customers = organisation.customers.count
        teamsPerTier = Tier.allCases.map { tier in (tier, analysis.teams.count { $0.tier == tier }) }

        var byDistance: [Int: Layer] = [:]
        var cut = Layer(distance: nil, teams: 0, headcount: 0)
        var longest: (links: Int, team: String)?
        for (t, team) in analysis.teams.enumerated() {
            let headcount = organisation.teams[t].headcount ?? 0
            if let d = team.distance {
                byDistance[d, default: Layer(distance: d, teams: 0, headcount: 0)].teams += 1
                byDistance[d]?.headcount += headcount
                if longest.map({ d > $0.links }) ?? true { longest = (d, team.id) }
            } else {
                cut.teams += 1
                cut.headcount += headcount
            }
        }
        layers = byDistance.keys.sorted().compactMap { byDistance[$0] } + (cut.teams > 0 ? [cut] : [])
        longestChain = longest
        cutOff = cut.teams

        var facing = 0
        var total = 0
        for team in analysis.teams {
            for link in team.serves {
                total += 1
                if link.facesCustomer { facing += 1 }
            }
        }
        orientation = Orientation(facing: facing, total: total)
        coverage = Self.coverage(analysis)
    }

    private static func coverage(_ analysis: Analysis) -> [Coverage] {
        let graph = analysis.graph
        let customers = analysis.organisation.customers
        let words = max(1, (customers.count + 63) / 64)
        let components = StronglyConnectedComponents(graph, includeNode: { _ in true }, includeEdge: { graph.edgeIntact[$0] })
        var bits = [UInt64](repeating: 0, count: components.count * words)
        // Components are numbered sinks first: successors are complete.
        for c in 0 ..< components.count {
            for member in components.members(of: c) {
                let node = Int(member)
                if node < graph.customerCount {
                    bits[c * words + node / 64] |= 1 << UInt64(node % 64)
                    continue
                }
                for edge in graph.outgoing(node) where graph.edgeIntact[Int(edge)] {
                    let d = Int(components.component[Int(graph.edgeTo[Int(edge)])])
                    guard d != c else { continue }
                    for w in 0 ..< words { bits[c * words + w] |= bits[d * words + w] }
                }
            }
        }
        return analysis.organisation.teams.enumerated().map { t, team in
            let c = Int(components.component[graph.node(ofTeam: t)])
            var reached: [String] = []
            for w in 0 ..< words {
                var word = bits[c * words + w]
                while word != 0 {
                    let bit = word.trailingZeroBitCount
                    reached.append(customers[w * 64 + bit].id)
                    word &= word - 1
                }
            }
            return Coverage(team: team.id, customers: reached)
        }
    }

    /// The statistics as text: shape, orientation, longest chain, cut-off
    /// teams, then the coverage matrix (one row per team, one column per
    /// end customer, `x` where the team's intact chains reach it).
    public func text() -> String {
        var out = "\(organisation) (\(file)): \(Formatting.count(teams, "team")), \(Formatting.count(customers, "end customer"))\n"
        out += "Teams per tier: " + teamsPerTier.map { "\($0.tier.rawValue) \($0.teams)" }.joined(separator: ", ") + "\n"
        out += "Layers (customer distance: teams, headcount):\n"
        for layer in layers {
            let name = layer.distance.map { "  \($0)" } ?? "  cut off"
            out += "\(name): \(Formatting.count(layer.teams, "team")), headcount \(layer.headcount)\n"
        }
        if let score = orientation.score {
            out += "Orientation score: \(Self.percent(score)) (\(orientation.facing) of \(Formatting.count(orientation.total, "serves link")) face the customer)\n"
        } else {
            out += "Orientation score: n/a (no serves links)\n"
        }
        if let longestChain {
            out += "Longest chain: \(Formatting.count(longestChain.links, "link")) (from \(longestChain.team))\n"
        } else {
            out += "Longest chain: none\n"
        }
        out += "Teams cut off from the customer: \(cutOff)\n"
        out += "Coverage (x: the team's intact chains reach the end customer):\n"
        let customerIDs = customerColumns
        for (i, id) in customerIDs.enumerated() { out += "  C\(i + 1) = \(id)\n" }
        let width = max(4, coverage.map(\.team.count).max() ?? 0)
        let header = customerIDs.indices.map { "C\($0 + 1)" }
        out += "  " + "team".padding(width) + "  " + header.joined(separator: " ") + "\n"
        for row in coverage {
            let reached = Set(row.customers)
            let cells = zip(customerIDs, header).map { id, label in
                (reached.contains(id) ? "x" : ".").padding(label.count)
            }
            var line = "  " + row.team.padding(width) + "  " + cells.joined(separator: " ")
            while line.last == " " { line.removeLast() }
            out += line + "\n"
        }
        return out
    }

    /// `87.5%`, one decimal at most.
    static func percent(_ value: Double) -> String {
        Formatting.number((value * 10).rounded() / 10) + "%"
    }

    /// The statistics as JSON: `{"organisation", "file", "teams", "customers",
    /// "teamsPerTier": {"front-line", "support", "leadership"}, "layers":
    /// [{"distance" (null: cut off), "teams", "headcount"}], "orientation":
    /// {"facing", "total", "score"}, "longestChain": {"links", "team"} | null,
    /// "cutOff", "coverage": [{"team", "customers": [...]}]}`.
    public func json() -> String {
        JSONValue.object([
            ("organisation", .string(organisation)),
            ("file", .string(file)),
            ("teams", .int(teams)),
            ("customers", .int(customers)),
            ("teamsPerTier", .object(teamsPerTier.map { ($0.tier.rawValue, .int($0.teams)) })),
            ("layers", .array(layers.map { .object([("distance", .int($0.distance)), ("teams", .int($0.teams)), ("headcount", .int($0.headcount))]) })),
            ("orientation", .object([
                ("facing", .int(orientation.facing)),
                ("total", .int(orientation.total)),
                ("score", orientation.score.map { .number(($0 * 10).rounded() / 10) } ?? .null),
            ])),
            ("longestChain", longestChain.map { .object([("links", .int($0.links)), ("team", .string($0.team))]) } ?? .null),
            ("cutOff", .int(cutOff)),
            ("coverage", .array(coverage.map { .object([("team", .string($0.team)), ("customers", .array($0.customers.map { .string($0) }))]) })),
        ]).rendered()
    }
}

extension Analysis {
    /// The statistics of `pyramid stats`.
    public func stats() -> OrganisationStats { OrganisationStats(self) }
}

extension String {
    /// The string padded with spaces to at least `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
