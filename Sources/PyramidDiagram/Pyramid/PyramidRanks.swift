internal import OrgGraph

/// The vertical layer of every node in the inverted pyramid.
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
    /// Per node (see ``PyramidIndex``); for a cut-off team, its rank within the cut-off rows.
    let rank: [Int]
    /// Per node: a team with no path to any customer, even over broken links.
    let isCutOff: [Bool]

    init(_ input: PyramidInput, index: PyramidIndex) {
        let n = index.nodeCount
        var rank = [Int](repeating: 0, count: n)
        var isCutOff = [Bool](repeating: false, count: n)
        // leaders[t] = the leaders of node t, as a flat adjacency list.
        var reportCount = [Int](repeating: 0, count: n)
        var leaderStart = [Int](repeating: 0, count: n + 1)
        for link in index.supports {
            reportCount[link.leader] += 1
            leaderStart[link.team + 1] += 1
        }
        for i in 0..<n { leaderStart[i + 1] += leaderStart[i] }
        var leaders = [Int](repeating: 0, count: index.supports.count)
        var fill = leaderStart
        for link in index.supports {
            leaders[fill[link.team]] = link.leader
            fill[link.team] += 1
        }

        var floor = [Int](repeating: 0, count: n)
        for team in 0..<index.teamCount {
            let node = index.nodeOfTeam(team)
            let nominal = team < input.teams.count ? input.teams[team].nominalDistance : nil
            floor[node] = nominal ?? 0
            isCutOff[node] = nominal == nil
        }

        var queue: [Int] = []
        queue.reserveCapacity(index.teamCount)
        for team in 0..<index.teamCount where reportCount[index.nodeOfTeam(team)] == 0 {
            queue.append(index.nodeOfTeam(team))
        }
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            rank[node] = floor[node]
            for slot in leaderStart[node]..<leaderStart[node + 1] {
                let leader = leaders[slot]
                if isCutOff[leader] == isCutOff[node] {
                    floor[leader] = max(floor[leader], rank[node] + 1)
                }
                reportCount[leader] -= 1
                if reportCount[leader] == 0 { queue.append(leader) }
            }
        }
        // A validated model has no reporting cycle; should one slip through,
        // its teams keep their base rank instead of being lost.
        if queue.count < index.teamCount {
            for team in 0..<index.teamCount where reportCount[index.nodeOfTeam(team)] > 0 {
                rank[index.nodeOfTeam(team)] = floor[index.nodeOfTeam(team)]
            }
        }
        self.rank = rank
        self.isCutOff = isCutOff
    }
}
