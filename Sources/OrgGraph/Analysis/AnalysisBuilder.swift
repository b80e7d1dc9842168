/// Computes an ``Analysis``: distances, then one pass per graph question.
struct AnalysisBuilder {
    /// A finding with the team and `serves` entry it is about, for aggregation.
    struct Pending {
        var finding: Finding
        var team: Int32
        var entry: Int32
    }

    let organisation: Organisation
    let dependentLimit: Int
    let graph: AnalysisGraph
    let distance: [Int32]
    let intactOrder: [Int32]
    let nominal: [Int32]
    let nominalOrder: [Int32]
    let inferredTiers: [Tier]
    let tiers: [Tier]
    /// The id of every graph node, read once so no pass copies a `Team`.
    let ids: [String]
    /// What deferred messages read their names from.
    let source: MessageSource

    var pending: [Pending] = []
    /// Per edge: a `serves` link to one of the supplier's own leaders
    /// (upward-facing, whether or not an `ignore` entry hides the finding).
    var servesOwnLeader: [Bool] = []
    /// The single points of failure in ascending team order, their
    /// dependent counts and the nodes listed for each (see ``TeamColumns``).
    var failureTeams: [Int32] = []
    var failureCounts: [Int32] = []
    var listedStart: [Int32] = [0]
    var listed: [Int32] = []
    var findings: [Finding] = []
    var suppressed: [Finding] = []

    /// The most names a message lists.
    static let messageNameLimit = 5

    init(_ organisation: Organisation, dependentLimit: Int) {
        self.organisation = organisation
        self.dependentLimit = dependentLimit
        let graph = AnalysisGraph(organisation)
        self.graph = graph
        self.ids = graph.index.ids
        self.source = MessageSource(organisation: organisation, graph: graph)
        (distance, intactOrder) = CustomerDistances.compute(graph, intactOnly: true)
        (nominal, nominalOrder) = CustomerDistances.compute(graph, intactOnly: false)
        // Tier inference: front-line if the team serves an end customer directly;
        // otherwise leadership if any team reports to it; otherwise support.
        var inferred = [Tier](repeating: .support, count: graph.teamCount)
        for e in 0 ..< graph.edgeCount {
            let from = Int(graph.edgeFrom[e])
            guard graph.isTeam(from) else { continue }
            let t = graph.team(from)
            if graph.edgeKind[e] == .serves {
                if !graph.isTeam(Int(graph.edgeTo[e])) { inferred[t] = .frontLine }
            } else if inferred[t] != .frontLine {
                inferred[t] = .leadership
            }
        }
        inferredTiers = inferred
        var shown = inferred
        for t in 0 ..< graph.teamCount {
            if let declared = graph.declaredTier[t] { shown[t] = declared }
        }
        tiers = shown
        servesOwnLeader = Array(repeating: false, count: graph.edgeCount)
    }

    /// Runs every pass; the per-team results, as columns.
    mutating func run() -> TeamColumns {
        findNoPathToCustomer()
        findChainBroken()
        findLinkFindings()
        findSupplierCycles()
        findSinglePointsOfFailure()
        findChainsThroughManagement()
        findStructuralFindings()
        return finish()
    }

    // MARK: - Helpers

    @inline(__always) func id(_ node: Int) -> String {
        ids[node]
    }

    func reference(_ edge: Int) -> LinkReference {
        LinkReference(
            from: id(Int(graph.edgeFrom[edge])),
            to: id(Int(graph.edgeTo[edge])),
            kind: graph.edgeKind[edge] == .serves ? .serves : .support
        )
    }

    /// Where an edge is written: the `serves` entry, or the `reports-to` entry.
    func location(_ edge: Int) -> SourceLocation {
        let t = Int(graph.edgeTeam[edge])
        let entry = Int(graph.edgeEntry[edge])
        switch graph.edgeKind[edge] {
        case .serves: return organisation.teams[t].serves[entry].location
        case .support: return organisation.teams[t].reportsTo[entry].location
        }
    }

    mutating func add(_ code: FindingCode, team t: Int, message: String, edge: Int? = nil, location: SourceLocation? = nil) {
        add(code, team: t, text: .literal(message), edge: edge, location: location)
    }

    mutating func add(_ code: FindingCode, team t: Int, text: FindingMessage, edge: Int? = nil, location: SourceLocation? = nil) {
        var entry: Int32 = -1
        var reference: LinkReference?
        var place = location ?? organisation.teams[t].location
        if let edge {
            reference = self.reference(edge)
            // A finding located at its link is about the link; one located at
            // the team (chain-broken) only names the link.
            if location == nil {
                place = self.location(edge)
                if graph.edgeKind[edge] == .serves, Int(graph.edgeTeam[edge]) == t { entry = graph.edgeEntry[edge] }
            }
        }
        pending.append(Pending(
            finding: Finding(code: code, text: text, team: ids[graph.node(ofTeam: t)], link: reference, location: place),
            team: Int32(t),
            entry: entry
        ))
    }

    // MARK: - no-path-to-customer

    /// Condenses the part of the full graph that reaches no customer and
    /// propagates a bounded list of "ends" (components with no way out: a team
    /// that serves and supports no one, or a closed loop) from the sinks up.
    mutating func findNoPathToCustomer() {
        let nominal = self.nominal
        let graph = self.graph
        let cut = StronglyConnectedComponents(graph, includeNode: { nominal[$0] < 0 }, requiredFlags: 0)
        guard cut.count > 0 else { return }
        let stride = Self.messageNameLimit + 1
        var ends = [Int32](repeating: -1, count: cut.count * stride)
        var endCount = [Int8](repeating: 0, count: cut.count)
        // Tarjan numbers components sinks first: successors are already done.
        for c in 0 ..< cut.count {
            var count = 0
            for member in cut.members(of: c) {
                for k in graph.outSlots(Int(member)) {
                    let d = Int(cut.component[Int(graph.outTarget[k])])
                    guard d != c, d >= 0 else { continue }
                    for k in 0 ..< Int(endCount[d]) where count < stride {
                        let end = ends[d * stride + k]
                        if !ends[(c * stride) ..< (c * stride + count)].contains(end) {
                            ends[c * stride + count] = end
                            count += 1
                        }
                    }
                }
            }
            if count == 0 {
                ends[c * stride] = Int32(c)
                count = 1
            }
            endCount[c] = Int8(count)
        }

        for t in 0 ..< graph.teamCount {
            let node = graph.node(ofTeam: t)
            guard nominal[node] < 0 else { continue }
            let c = Int(cut.component[node])
            let count = Int(endCount[c])
            let teamID = Formatting.quote(id(node))
            let message: String
            if count == 1, ends[c * stride] == Int32(c), cut.members(of: c).count == 1, graph.outgoing(node).isEmpty {
                message = "\(teamID) serves no one and supports no one, so its work reaches no end customer"
            } else {
                var parts: [String] = []
                for k in 0 ..< min(count, Self.messageNameLimit) {
                    let end = Int(ends[c * stride + k])
                    let members = cut.members(of: end)
                    if members.count == 1, let only = members.first, graph.outgoing(Int(only)).isEmpty {
                        parts.append("\(Formatting.quote(id(Int(only)))) (serves no one)")
                    } else {
                        parts.append("the loop " + Formatting.list(members.map { id(Int($0)) }, limit: 3))
                    }
                }
                var text = parts.joined(separator: ", ")
                if count > Self.messageNameLimit { text += " and more" }
                message = "\(teamID) has no path to any end customer, even over broken links: its chains end at \(text)"
            }
            add(.noPathToCustomer, team: t, message: message)
        }
    }

    // MARK: - chain-broken

    /// Walks down the nominal distance labels once for every node (in BFS
    /// order) and remembers the first broken or breached link on each node's
    /// nominal shortest chain; following those pointers lists the cuts.
    mutating func findChainBroken() {
        var firstCut = [Int32](repeating: -1, count: graph.nodeCount)
        for node32 in nominalOrder {
            let node = Int(node32)
            guard graph.isTeam(node) else { continue }
            let want = nominal[node] - 1
            for k in graph.outSlots(node) where nominal[Int(graph.outTarget[k])] == want {
                firstCut[node] = graph.outFlags[k] & AnalysisGraph.intactFlag != 0 ? firstCut[Int(graph.outTarget[k])] : graph.outEdges[k]
                break
            }
        }
        for t in 0 ..< graph.teamCount {
            let node = graph.node(ofTeam: t)
            guard nominal[node] >= 0, distance[node] < 0 else { continue }
            // At most three cuts, then whether the chain is cut further on.
            var cuts: (Int32, Int32, Int32) = (-1, -1, -1)
            var edge = firstCut[node]
            var listed = 0
            while edge >= 0, listed < 3 {
                switch listed {
                case 0: cuts.0 = edge
                case 1: cuts.1 = edge
                default: cuts.2 = edge
                }
                listed += 1
                edge = firstCut[Int(graph.edgeTo[Int(edge)])]
            }
            add(.chainBroken, team: t, text: .chainBroken(node: Int32(node), links: nominal[node], cuts: cuts, more: edge >= 0, source))
        }
    }

    // MARK: - standard-breached, upward-facing, away-from-customer

    mutating func findLinkFindings() {
        var ancestry = ReportingAncestry(graph)
        for e in 0 ..< graph.edgeCount where graph.edgeKind[e] == .serves {
            let from = Int(graph.edgeFrom[e])
            let to = Int(graph.edgeTo[e])
            let t = graph.team(from)
            if graph.edgeBreached[e] {
                add(.standardBreached, team: t, text: .standardBreached(edge: Int32(e), source), edge: e)
            }
            guard graph.isTeam(to), to != from else { continue }
            let leader = graph.team(to)
            if ancestry.isLeader(leader, of: t) {
                servesOwnLeader[e] = true
                let leaderID = id(to)
                let direct = organisation.teams[t].reportsTo.contains { $0.value == leaderID }
                add(.upwardFacing, team: t, text: .upwardFacing(edge: Int32(e), direct: direct, source), edge: e)
                continue
            }
            let a = distance[from]
            let b = distance[to]
            if a >= 0, b >= 0, b >= a {
                add(.awayFromCustomer, team: t, text: .awayFromCustomer(edge: Int32(e), from: a, to: b, source), edge: e)
            }
        }
    }

    // MARK: - supplier-cycle

    mutating func findSupplierCycles() {
        let graph = self.graph
        let cycles = StronglyConnectedComponents(graph, includeNode: { graph.isTeam($0) }, requiredFlags: AnalysisGraph.servesFlag)
        for c in 0 ..< cycles.count {
            let members = cycles.members(of: c)
            guard let first = members.first else { continue }
            let node = Int(first)
            if members.count == 1 {
                let selfLink = graph.outgoing(node).first {
                    graph.edgeKind[Int($0)] == .serves && Int(graph.edgeTo[Int($0)]) == node
                }
                guard let selfLink else { continue }
                add(.supplierCycle, team: graph.team(node), message: "\(Formatting.quote(id(node))) serves itself", location: location(Int(selfLink)))
            } else {
                let names = members.map { id(Int($0)) }
                add(.supplierCycle, team: graph.team(node), message: "\(members.count) teams serve each other in a loop: " + Formatting.list(names, limit: 10))
            }
        }
    }

    // MARK: - single-point-of-failure

    /// The teams in a team's dominator subtree in the reversed intact graph
    /// lose every intact chain when it is lost. Its *dependents* are those
    /// that are not pure leaders (see ``pureLeaders(_:)``): a leader cut off
    /// only because the teams it supports are is no customer-facing loss of
    /// its own. A team with at least one dependent is a single point of
    /// failure. Counts are subtree sums of the non-leader nodes; names are
    /// listed by jumping to the next non-leader in preorder, so the whole
    /// pass is linear (plus the names listed).
    mutating func findSinglePointsOfFailure() {
        let dominators = Dominators(graph)
        let pure = pureLeaders(dominators)
        let counted = dominators.subtreeSums { !pure[$0] }
        // nextCounted[p]: the first preorder position at or after p holding a non-leader.
        let preorder = dominators.preorder
        var nextCounted = [Int32](repeating: Int32(preorder.count), count: preorder.count + 1)
        for p in stride(from: preorder.count - 1, through: 0, by: -1) {
            nextCounted[p] = pure[Int(preorder[p])] ? nextCounted[p + 1] : Int32(p)
        }
        let listed = max(dependentLimit, Self.messageNameLimit)
        for t in 0 ..< graph.teamCount {
            let node = graph.node(ofTeam: t)
            let count = Int(counted[node]) - (pure[node] || dominators.position[node] < 0 ? 0 : 1)
            guard count > 0 else { continue }
            let start = Int(dominators.position[node]) + 1
            let end = Int(dominators.position[node]) + Int(dominators.subtreeSize[node])
            var names: [String] = []
            var p = Int(nextCounted[start])
            while p < end, names.count < listed {
                names.append(id(Int(preorder[p])))
                self.listed.append(preorder[p])
                p = Int(nextCounted[p + 1])
            }
            failureTeams.append(Int32(t))
            failureCounts.append(Int32(count))
            listedStart.append(Int32(self.listed.count))
            add(.singlePointOfFailure, team: t, text: .singlePointOfFailure(node: Int32(node), count: Int32(count), names: names, source))
        }
    }

    /// Per node, whether it is a team that reaches an end customer over
    /// intact links only through the teams it supports (every simple intact
    /// chain starts with a support link): none of its intact `serves` links
    /// leads to an end customer or to a team that reaches one without passing
    /// back through it (a team it dominates). Such a leader
    /// is cut off exactly when every team it supports is, so it is not
    /// counted among anyone's dependents. O(links) with the dominator tree's
    /// preorder intervals.
    func pureLeaders(_ dominators: Dominators) -> [Bool] {
        var pure = [Bool](repeating: false, count: graph.nodeCount)
        for t in 0 ..< graph.teamCount {
            let node = graph.node(ofTeam: t)
            guard distance[node] >= 0 else { continue }
            let servesIntact = AnalysisGraph.servesFlag | AnalysisGraph.intactFlag
            pure[node] = !graph.outSlots(node).contains { k in
                guard graph.outFlags[k] & servesIntact == servesIntact else { return false }
                let to = Int(graph.outTarget[k])
                return distance[to] >= 0 && !dominators.dominates(node, to)
            }
        }
        return pure
    }

    // MARK: - chain-through-management

    /// A team that is not leadership-tier (shown tier) has all its chains
    /// pass through management when it reaches a customer in the intact graph
    /// but not once every leadership-tier team is taken out. Leadership teams
    /// are not reported: a leader's chains naturally run through the leaders
    /// it supports. One reverse BFS from the customers that
    /// labels leadership teams but does not continue through them answers
    /// that for every team. The message names the first leadership team on
    /// the team's shortest intact chain, found by one pass down the distance
    /// labels in BFS order.
    mutating func findChainsThroughManagement() {
        let isLeadership: (Int) -> Bool = { [graph, tiers] node in graph.isTeam(node) && tiers[graph.team(node)] == .leadership }
        var avoids = [Bool](repeating: false, count: graph.nodeCount)
        var queue: [Int32] = []
        for customer in 0 ..< graph.customerCount {
            avoids[customer] = true
            queue.append(Int32(customer))
        }
        var head = 0
        while head < queue.count {
            let node = Int(queue[head])
            head += 1
            if isLeadership(node) { continue }
            for k in graph.inSlots(node) where graph.inFlags[k] & AnalysisGraph.intactFlag != 0 {
                let supplier = Int(graph.inSource[k])
                if !avoids[supplier] {
                    avoids[supplier] = true
                    queue.append(Int32(supplier))
                }
            }
        }

        // The first leadership team on each node's shortest intact chain.
        var firstLeader = [Int32](repeating: -1, count: graph.nodeCount)
        for node32 in intactOrder {
            let node = Int(node32)
            guard graph.isTeam(node) else { continue }
            let want = distance[node] - 1
            for k in graph.outSlots(node) where graph.outFlags[k] & AnalysisGraph.intactFlag != 0 && distance[Int(graph.outTarget[k])] == want {
                let next = Int(graph.outTarget[k])
                firstLeader[node] = isLeadership(next) ? Int32(next) : firstLeader[next]
                break
            }
        }

        for t in 0 ..< graph.teamCount where tiers[t] != .leadership {
            let node = graph.node(ofTeam: t)
            guard distance[node] >= 0, !avoids[node] else { continue }
            add(.chainThroughManagement, team: t, text: .chainThroughManagement(node: Int32(node), firstLeader: firstLeader[node], source))
        }
    }

    // MARK: - unsupported-front-line, isolated-team, unserved-customer, tier-mismatch

    mutating func findStructuralFindings() {
        for t in 0 ..< graph.teamCount {
            let node = graph.node(ofTeam: t)
            let declared = graph.declaredTier[t]
            var teamID: String { Formatting.quote(id(node)) }
            if inferredTiers[t] == .frontLine && graph.reportsToStart[t] == graph.reportsToStart[t + 1] {
                add(.unsupportedFrontLine, team: t, message: "\(teamID) serves end customers directly but reports to no one: no leader supports it")
            }
            if graph.outgoing(node).isEmpty && graph.incoming(node).isEmpty {
                add(.isolatedTeam, team: t, message: "\(teamID) has no links: it serves no one, no one serves it, and it has no reports-to in or out")
            }
            if declared == .frontLine && inferredTiers[t] != .frontLine {
                add(.tierMismatch, team: t, message: "\(teamID) is declared front-line but serves no end customer directly")
            }
            if declared == .leadership {
                let leads = graph.outSlots(node).contains { graph.outFlags[$0] & AnalysisGraph.servesFlag == 0 }
                if !leads {
                    add(.tierMismatch, team: t, message: "\(teamID) is declared leadership but no team reports to it")
                }
            }
        }
        for (c, customer) in organisation.customers.enumerated() where graph.incoming(c).isEmpty {
            pending.append(Pending(
                finding: Finding(
                    code: .unservedCustomer,
                    message: "no team serves the end customer \(Formatting.quote(customer.id))",
                    team: nil,
                    customer: customer.id,
                    location: customer.location
                ),
                team: -1,
                entry: -1
            ))
        }
    }

    // MARK: - Suppression, order, per-team results

    mutating func finish() -> TeamColumns {
        // Sort indices, not the findings themselves.
        // Sort indices, comparing small integer keys first: the file's rank
        // among the files named, line, column and the code's rank by name
        // (the order `Finding.precedes` gives), and only on a tie the rest.
        var fileRank: [String: Int] = [:]
        var lastFile: String?
        // By index: `for item in pending` copied every finding (its strings retained).
        for i in pending.indices where pending[i].finding.location.file != lastFile {
            lastFile = pending[i].finding.location.file
            fileRank[pending[i].finding.location.file] = 0
        }
        for (rank, file) in fileRank.keys.sorted().enumerated() { fileRank[file] = rank }
        var codeRank = [Int](repeating: 0, count: 16)
        for (rank, code) in FindingCode.allCases.sorted(by: { $0.rawValue < $1.rawValue }).enumerated() {
            codeRank[code.bit.trailingZeroBitCount] = rank
        }
        var keys = [(Int, Int, Int, Int)]()
        keys.reserveCapacity(pending.count)
        lastFile = nil
        var lastRank = 0
        for i in pending.indices {
            if pending[i].finding.location.file != lastFile {
                lastFile = pending[i].finding.location.file
                lastRank = fileRank[pending[i].finding.location.file] ?? 0
            }
            keys.append((
                lastRank, pending[i].finding.location.line, pending[i].finding.location.column,
                codeRank[pending[i].finding.code.bit.trailingZeroBitCount]
            ))
        }
        var order = Array(pending.indices)
        order.sort { i, j in
            let a = keys[i]
            let b = keys[j]
            if a != b { return a < b }
            return Finding.precedes(pending[i].finding, pending[j].finding)
        }

        let servesOffset = graph.servesStart

        var teamMask = [UInt16](repeating: 0, count: graph.teamCount)
        var linkMask = [UInt16](repeating: 0, count: Int(servesOffset[graph.teamCount]))
        let suppressions = organisation.suppressions
        findings.reserveCapacity(pending.count)
        for i in order {
            if !suppressions.isEmpty, suppressions.contains(where: { pending[i].finding.isSuppressed(by: $0) }) {
                suppressed.append(pending[i].finding)
                continue
            }
            findings.append(pending[i].finding)
            let t = Int(pending[i].team)
            guard t >= 0 else { continue }
            let bit = pending[i].finding.code.bit
            teamMask[t] |= bit
            let entry = Int(pending[i].entry)
            if entry >= 0 { linkMask[Int(servesOffset[t]) + entry] |= bit }
        }
        pending = []

        return TeamColumns(
            organisation: organisation,
            graph: graph,
            tiers: tiers,
            inferredTiers: inferredTiers,
            distance: distance,
            nominal: nominal,
            servesOwnLeader: servesOwnLeader,
            teamCodes: teamMask,
            linkCodes: linkMask,
            failureTeams: failureTeams,
            failureCounts: failureCounts,
            listedStart: listedStart,
            listed: listed,
            dependentLimit: dependentLimit
        )
    }
}
