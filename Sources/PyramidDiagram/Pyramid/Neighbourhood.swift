/// The part of the organisation a `--focus TEAM --depth N` diagram shows:
/// every node on the team's chains up to the customer (everything reachable
/// over its outgoing `serves` and support links), plus every node within
/// `depth` links of the team in either direction. Two breadth-first
/// searches, linear in nodes + links.
enum Neighbourhood {
    static func nodes(around focus: Int, depth: Int, index: PyramidIndex) -> [Bool] {
        let n = index.nodeCount
        // Flat adjacency: outgoing (supplier -> customer, leader -> team) and both directions.
        var outStart = [Int](repeating: 0, count: n + 1)
        var anyStart = [Int](repeating: 0, count: n + 1)
        func each(_ body: (Int, Int) -> Void) {
            for link in index.serves { body(link.from, link.to) }
            for link in index.supports { body(link.leader, link.team) }
        }
        each { from, to in
            outStart[from + 1] += 1
            anyStart[from + 1] += 1
            anyStart[to + 1] += 1
        }
        for i in 0..<n {
            outStart[i + 1] += outStart[i]
            anyStart[i + 1] += anyStart[i]
        }
        var out = [Int](repeating: 0, count: outStart[n])
        var any = [Int](repeating: 0, count: anyStart[n])
        var outFill = outStart
        var anyFill = anyStart
        each { from, to in
            out[outFill[from]] = to
            outFill[from] += 1
            any[anyFill[from]] = to
            anyFill[from] += 1
            any[anyFill[to]] = from
            anyFill[to] += 1
        }

        var included = [Bool](repeating: false, count: n)
        // Chains up to the customer.
        var queue = [focus]
        included[focus] = true
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for slot in outStart[node]..<outStart[node + 1] where !included[out[slot]] {
                included[out[slot]] = true
                queue.append(out[slot])
            }
        }
        // Everything within `depth` links.
        var distance = [Int](repeating: -1, count: n)
        distance[focus] = 0
        queue = [focus]
        head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            included[node] = true
            guard distance[node] < depth else { continue }
            for slot in anyStart[node]..<anyStart[node + 1] where distance[any[slot]] < 0 {
                distance[any[slot]] = distance[node] + 1
                queue.append(any[slot])
            }
        }
        return included
    }
}
