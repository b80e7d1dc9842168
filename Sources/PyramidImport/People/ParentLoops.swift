/// The loops of a graph in which every node has at most one parent (a
/// person's manager, a team's first `reports-to`), found by walking up from
/// each node once: linear in the nodes.
enum ParentLoops {
    /// Each loop's members in walk order (from the first member reached),
    /// loops in the order of the node their walk started from.
    static func find(count: Int, parent: (Int) -> Int?) -> [[Int]] {
        var state = [UInt8](repeating: 0, count: count) // 0 new, 1 on the current walk, 2 done
        var loops: [[Int]] = []
        for start in 0..<count where state[start] == 0 {
            var path: [Int] = []
            var current: Int? = start
            while let node = current, state[node] == 0 {
                state[node] = 1
                path.append(node)
                current = parent(node)
            }
            if let node = current, state[node] == 1, let loopStart = path.firstIndex(of: node) {
                loops.append(Array(path[loopStart...]))
            }
            for node in path { state[node] = 2 }
        }
        return loops
    }
}
