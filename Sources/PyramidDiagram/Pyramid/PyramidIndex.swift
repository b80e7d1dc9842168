internal import OrgGraph

/// The organisation's nodes indexed densely once (customers first, then
/// teams, in file order) with its links in flat arrays, so every later pass
/// is linear in nodes + links.
struct PyramidIndex {
    /// A `serves` link between two node indices.
    struct ServesLink {
        var from: Int
        var to: Int
        /// The supplier's index in `organisation.teams`.
        var team: Int
        /// The link's index in that team's `serves`.
        var position: Int
    }

    /// An implicit support link leader -> team from `reports-to`.
    struct SupportLink {
        var leader: Int
        var team: Int
    }

    let customerCount: Int
    let teamCount: Int
    let node: [String: Int]
    let serves: [ServesLink]
    let supports: [SupportLink]

    var nodeCount: Int { customerCount + teamCount }

    /// The node index of team `t` (its index in `organisation.teams`).
    func nodeOfTeam(_ team: Int) -> Int { customerCount + team }

    /// The team index of a node, or `nil` for a customer.
    func teamOfNode(_ node: Int) -> Int? { node >= customerCount ? node - customerCount : nil }

    init(_ organisation: Organisation) {
        customerCount = organisation.customers.count
        teamCount = organisation.teams.count
        var node: [String: Int] = [:]
        node.reserveCapacity(customerCount + teamCount)
        for (index, customer) in organisation.customers.enumerated() where node[customer.id] == nil {
            node[customer.id] = index
        }
        for (index, team) in organisation.teams.enumerated() where node[team.id] == nil {
            node[team.id] = customerCount + index
        }
        var serves: [ServesLink] = []
        var supports: [SupportLink] = []
        for (teamIndex, team) in organisation.teams.enumerated() {
            let from = customerCount + teamIndex
            for (position, link) in team.serves.enumerated() {
                // A loaded organisation resolves every reference; skip any
                // that does not rather than trap.
                guard let to = node[link.to] else { continue }
                serves.append(ServesLink(from: from, to: to, team: teamIndex, position: position))
            }
            for leader in team.reportsTo {
                guard let leaderNode = node[leader.value], leaderNode >= customerCount else { continue }
                supports.append(SupportLink(leader: leaderNode, team: from))
            }
        }
        self.node = node
        self.serves = serves
        self.supports = supports
    }
}
