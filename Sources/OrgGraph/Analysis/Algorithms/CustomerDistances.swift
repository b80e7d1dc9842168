/// Customer distances by one multi-source BFS backwards from every end customer.
enum CustomerDistances {
    /// The fewest edges from each node to an end customer (`-1` when none), and
    /// the nodes that have a distance in the order the BFS reached them
    /// (non-decreasing distance). O(nodes + edges).
    ///
    /// - Parameter intactOnly: follow only intact edges (the intact graph) or all edges.
    static func compute(_ graph: AnalysisGraph, intactOnly: Bool) -> (distance: [Int32], order: [Int32]) {
        var distance = [Int32](repeating: -1, count: graph.nodeCount)
        var queue = [Int32]()
        queue.reserveCapacity(graph.nodeCount)
        for customer in 0 ..< graph.customerCount {
            distance[customer] = 0
            queue.append(Int32(customer))
        }
        var head = 0
        while head < queue.count {
            let node = Int(queue[head])
            head += 1
            let next = distance[node] + 1
            for k in graph.inSlots(node) {
                if intactOnly && graph.inFlags[k] & AnalysisGraph.intactFlag == 0 { continue }
                let supplier = Int(graph.inSource[k])
                if distance[supplier] < 0 {
                    distance[supplier] = next
                    queue.append(Int32(supplier))
                }
            }
        }
        return (distance, queue)
    }
}
