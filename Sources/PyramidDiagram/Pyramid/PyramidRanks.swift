internal import OrgGraph

/// The vertical layer (band) of every node of the analysis's graph.
///
/// Customers are rank 0. A team's base rank is its nominal customer distance
/// (so a team cut off by a broken link stays where its chain belongs). Every
/// leader then sits below every team that reports to it: rank = max(base,
/// 1 + the largest rank of its reports), computed in one pass over the
/// reporting DAG in topological order (reports before leaders, Kahn's
/// algorithm). Linear in teams + links.
///
/// Teams with no path to any customer are ranked apart, for the rows drawn
/// below the pyramid: base 0, and the same leader rule among themselves.
/// A leader's cut-off reports do not push it down (its other reports reach
/// the customer, or it would be cut off too).
struct PyramidRanks {
    /// Per graph node; for a cut-off team, its rank within the cut-off rows.
    let rank: [Int]
    /// Per graph node: a team with no path to any customer, even over broken links.
    let isCutOff: [Bool]

    init(_ analysis: Analysis) {
        let graph = analysis.graph
        let n = graph.nodeCount
        var rank = [Int](repeating: 0, count: n)
        var isCutOff = [Bool](repeating: false, count: n)
        var floor = [Int](repeating: 0, count: n)
        // Reports still to rank, per leader.
        var reportCount = [Int](repeating: 0, count: n)
        for edge in 0..<graph.edgeCount where graph.edgeKind[edge] == .support {
            reportCount[Int(graph.edgeFrom[edge])] += 1
        }
        for node in graph.customerCount..<n {
            let nominal = Int(analysis.nominalDistance[node])
            floor[node] = max(nominal, 0)
            isCutOff[node] = nominal < 0
        }

        var queue: [Int] = []
        queue.reserveCapacity(graph.teamCount)
        for node in graph.customerCount..<n where reportCount[node] == 0 { queue.append(node) }
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            rank[node] = floor[node]
            // Support edges entering the node come from its leaders.
            for edge in graph.incoming(node) where graph.edgeKind[Int(edge)] == .support {
                let leader = Int(graph.edgeFrom[Int(edge)])
                if isCutOff[leader] == isCutOff[node] {
                    floor[leader] = max(floor[leader], rank[node] + 1)
                }
                reportCount[leader] -= 1
                if reportCount[leader] == 0 { queue.append(leader) }
            }
        }
        // A validated model has no reporting cycle; should one slip through,
        // its teams keep their base rank instead of being lost.
        if queue.count < graph.teamCount {
            for node in graph.customerCount..<n where reportCount[node] > 0 { rank[node] = floor[node] }
        }
        self.rank = rank
        self.isCutOff = isCutOff
    }
}
