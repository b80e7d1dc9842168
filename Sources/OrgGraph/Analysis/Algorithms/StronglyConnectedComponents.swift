/// Tarjan's strongly connected components, iterative (no recursion, so a
/// million-node chain cannot overflow the stack). O(nodes + edges).
struct StronglyConnectedComponents {
    /// The component of each node (`-1` for nodes not considered).
    let component: [Int32]
    /// The members of each component, concatenated: component `c` is
    /// `members[start[c] ..< start[c + 1]]`, members in ascending node order.
    let members: [Int32]
    /// Offsets into ``members``; `count + 1` entries.
    let start: [Int32]

    /// The number of components.
    var count: Int { start.count - 1 }

    /// The members of component `c`.
    func members(of c: Int) -> ArraySlice<Int32> {
        members[Int(start[c]) ..< Int(start[c + 1])]
    }

    /// Components are numbered in the order Tarjan completes them, which is a
    /// reverse topological order of the condensation: every edge leaving a
    /// component goes to a component with a smaller number.
    ///
    /// - Parameters:
    ///   - graph: the graph.
    ///   - includeNode: nodes to consider (others are ignored with their edges).
    ///   - includeEdge: edges to follow.
    init(_ graph: AnalysisGraph, includeNode: (Int) -> Bool, includeEdge: (Int) -> Bool) {
        self.init(graph, includeNode: includeNode, includeSlot: { includeEdge(Int(graph.outEdges[$0])) })
    }

    /// Components over the edges whose flags (``AnalysisGraph/outFlags``)
    /// have every bit of `requiredFlags`.
    init(_ graph: AnalysisGraph, includeNode: (Int) -> Bool, requiredFlags: UInt8) {
        self.init(graph, includeNode: includeNode, includeSlot: { graph.outFlags[$0] & requiredFlags == requiredFlags })
    }

    /// The components; `includeSlot` decides by slot of ``AnalysisGraph/outEdges``.
    private init(_ graph: AnalysisGraph, includeNode: (Int) -> Bool, includeSlot: (Int) -> Bool) {
        let n = graph.nodeCount
        var order = [Int32](repeating: -1, count: n)  // discovery number
        var low = [Int32](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var component = [Int32](repeating: -1, count: n)
        var stack = [Int32]()
        var members = [Int32]()
        var start: [Int32] = [0]
        // Call stack of (node, next out-edge position).
        var calls = [(node: Int32, cursor: Int32)]()
        var counter: Int32 = 0
        // Numbers a node and pushes it on both stacks: the "call" of the recursive form.
        func visit(_ v: Int) {
            order[v] = counter
            low[v] = counter
            counter += 1
            stack.append(Int32(v))
            onStack[v] = true
            calls.append((Int32(v), graph.outStart[v]))
        }

        for root in 0 ..< n where order[root] < 0 && includeNode(root) {
            visit(root)

            while let top = calls.last {
                let v = Int(top.node)
                var cursor = top.cursor
                let end = graph.outStart[v + 1]
                var descended = false
                while cursor < end {
                    let k = Int(cursor)
                    cursor += 1
                    guard includeSlot(k) else { continue }
                    let w = Int(graph.outTarget[k])
                    guard includeNode(w) else { continue }
                    if order[w] < 0 {
                        calls[calls.count - 1].cursor = cursor
                        visit(w)
                        descended = true
                        break
                    } else if onStack[w] {
                        low[v] = min(low[v], order[w])
                    }
                }
                if descended { continue }
                // v is finished.
                calls.removeLast()
                if let parent = calls.last {
                    let p = Int(parent.node)
                    low[p] = min(low[p], low[v])
                }
                if low[v] == order[v] {
                    let c = Int32(start.count - 1)
                    let first = members.count
                    while let w = stack.popLast() {
                        onStack[Int(w)] = false
                        component[Int(w)] = c
                        members.append(w)
                        if Int(w) == v { break }
                    }
                    if members.count - first > 1 { members[first...].sort() }
                    start.append(Int32(members.count))
                }
            }
        }
        self.component = component
        self.members = members
        self.start = start
    }
}
