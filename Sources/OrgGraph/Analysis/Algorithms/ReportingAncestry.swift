/// Answers "is `b` one of `a`'s leaders, directly or transitively?" over the
/// `reports-to` relation, which validation guarantees is acyclic but which may
/// give a team several leaders (matrix organisations). On an organisation
/// built in code with a reporting cycle, the teams on the cycle are nobody's
/// leaders and have none (no crash, no endless walk).
///
/// Every team with exactly one leader hangs under it in a spanning forest;
/// teams with no leader or several are forest roots. DFS entry/exit numbers
/// of that forest answer tree ancestry in O(1). A query climbs the forest in
/// O(1), and only at a root with several leaders walks on to each of them
/// (each root at most once per query). So a query costs O(1 + the number of
/// multi-leader roots among `a`'s ancestors): O(1) in a pure hierarchy.
/// Building is O(teams + reports-to links).
struct ReportingAncestry {
    private let entry: [Int32]
    private let exit: [Int32]
    /// The forest root above each team (itself when it is a root).
    private let forestRoot: [Int32]
    /// Leaders of each multi-leader team: `leaders[leaderStart[t] ..< leaderStart[t + 1]]`
    /// (empty for teams with fewer than two leaders).
    private let leaderStart: [Int32]
    private let leaders: [Int32]
    private var stamp: [UInt32]
    private var currentStamp: UInt32 = 0
    private var frontier: [Int32] = []

    init(_ graph: AnalysisGraph) {
        let teamCount = graph.teamCount
        var treeParent = [Int32](repeating: -1, count: teamCount)
        var leaderStart = [Int32](repeating: 0, count: teamCount + 1)
        var leaders = [Int32]()
        var scratch = [Int32]()
        // A team's support links are consecutive in edge order (see
        // `AnalysisGraph`): walk the edges once, one run per team, instead of
        // each team's incoming edges.
        let edgeCount = graph.edgeCount
        let customerCount = Int32(graph.customerCount)
        var filled = 0
        var e = 0
        while e < edgeCount {
            guard graph.edgeKind[e] == .support else {
                e += 1
                continue
            }
            let t = Int(graph.edgeTeam[e])
            var end = e + 1
            while end < edgeCount, graph.edgeKind[end] == .support, Int(graph.edgeTeam[end]) == t { end += 1 }
            let leader = graph.edgeFrom[e] - customerCount
            if end - e == 1 {
                treeParent[t] = leader
            } else {
                scratch.removeAll(keepingCapacity: true)
                for k in e ..< end {
                    let other = graph.edgeFrom[k] - customerCount
                    if !scratch.contains(other) { scratch.append(other) }
                }
                if scratch.count == 1 {
                    treeParent[t] = leader
                } else {
                    while filled < t {
                        leaderStart[filled + 1] = Int32(leaders.count)
                        filled += 1
                    }
                    leaders.append(contentsOf: scratch)
                    leaderStart[t + 1] = Int32(leaders.count)
                    filled = t + 1
                }
            }
            e = end
        }
        while filled < teamCount {
            leaderStart[filled + 1] = Int32(leaders.count)
            filled += 1
        }

        // Children of the forest, CSR.
        var childStart = [Int32](repeating: 0, count: teamCount + 1)
        for t in 0 ..< teamCount where treeParent[t] >= 0 { childStart[Int(treeParent[t]) + 1] += 1 }
        for t in 0 ..< teamCount { childStart[t + 1] += childStart[t] }
        var cursor = childStart
        var children = [Int32](repeating: 0, count: Int(childStart[teamCount]))
        for t in 0 ..< teamCount where treeParent[t] >= 0 {
            let p = Int(treeParent[t])
            children[Int(cursor[p])] = Int32(t)
            cursor[p] += 1
        }

        var entry = [Int32](repeating: -1, count: teamCount)
        var exit = [Int32](repeating: -1, count: teamCount)
        var forestRoot = [Int32](repeating: -1, count: teamCount)
        var clock: Int32 = 0
        var calls = [(team: Int32, cursor: Int32)]()
        for root in 0 ..< teamCount where treeParent[root] < 0 {
            entry[root] = clock
            clock += 1
            forestRoot[root] = Int32(root)
            calls.append((Int32(root), childStart[root]))
            while let top = calls.last {
                let v = Int(top.team)
                if top.cursor < childStart[v + 1] {
                    let child = Int(children[Int(top.cursor)])
                    calls[calls.count - 1].cursor += 1
                    entry[child] = clock
                    clock += 1
                    forestRoot[child] = Int32(root)
                    calls.append((Int32(child), childStart[child]))
                } else {
                    exit[v] = clock
                    clock += 1
                    calls.removeLast()
                }
            }
        }
        self.entry = entry
        self.exit = exit
        self.forestRoot = forestRoot
        self.leaderStart = leaderStart
        self.leaders = leaders
        self.stamp = [UInt32](repeating: 0, count: teamCount)
    }

    /// Whether team `b` is a strict ancestor of team `a` through `reports-to`.
    mutating func isLeader(_ b: Int, of a: Int) -> Bool {
        guard a != b, entry.indices.contains(a), entry.indices.contains(b), entry[a] >= 0, entry[b] >= 0 else {
            return false
        }
        // The common cases, without the walk: `b` is a tree ancestor of `a`,
        // or no team above `a` in the forest has several leaders.
        if entry[b] < entry[a] && exit[a] < exit[b] { return true }
        let top = Int(forestRoot[a])
        if leaderStart[top] == leaderStart[top + 1] { return false }
        currentStamp &+= 1
        if currentStamp == 0 {
            for i in stamp.indices { stamp[i] = 0 }
            currentStamp = 1
        }
        frontier.removeAll(keepingCapacity: true)
        frontier.append(Int32(a))
        while let xx = frontier.popLast() {
            let x = Int(xx)
            // x is `a` or one of its ancestors.
            if x == b && x != a { return true }
            // A leader in a reporting cycle is in no tree of the forest. The
            // loader refuses such models, but an `Organisation` built in code
            // may have one; its ancestry is not followed.
            guard entry[x] >= 0 else { continue }
            if x != b && entry[b] < entry[x] && exit[x] < exit[b] { return true }
            let root = Int(forestRoot[x])
            if stamp[root] == currentStamp { continue }
            stamp[root] = currentStamp
            for leader in leaders[Int(leaderStart[root]) ..< Int(leaderStart[root + 1])] {
                frontier.append(leader)
            }
        }
        return false
    }
}
