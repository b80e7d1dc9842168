/// Tarjan's strongly connected components over a graph of dense `Int`
/// nodes, iterative so that deep graphs do not overflow the stack.
/// Linear in nodes + edges.
struct StronglyConnectedComponents {
    /// The components, in the reverse topological order Tarjan's algorithm
    /// produces them (a component comes before those that reach it).
    private(set) var components: [[Int]] = []

    init<Successors: Sequence<Int>>(count: Int, successors: (Int) -> Successors) {
        var index = [Int](repeating: -1, count: count)
        var lowLink = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int] = []
        var nextIndex = 0
        // The call stack of the recursive formulation: a node and its remaining successors.
        var frames: [(node: Int, successors: Successors.Iterator)] = []

        for root in 0..<count where index[root] < 0 {
            index[root] = nextIndex
            lowLink[root] = nextIndex
            nextIndex += 1
            stack.append(root)
            onStack[root] = true
            frames.append((root, successors(root).makeIterator()))
            while !frames.isEmpty {
                let top = frames.count - 1
                let node = frames[top].node
                if let next = frames[top].successors.next() {
                    if index[next] < 0 {
                        index[next] = nextIndex
                        lowLink[next] = nextIndex
                        nextIndex += 1
                        stack.append(next)
                        onStack[next] = true
                        frames.append((next, successors(next).makeIterator()))
                    } else if onStack[next] {
                        lowLink[node] = min(lowLink[node], index[next])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last?.node {
                    lowLink[parent] = min(lowLink[parent], lowLink[node])
                }
                if lowLink[node] == index[node] {
                    var component: [Int] = []
                    while let member = stack.popLast() {
                        onStack[member] = false
                        component.append(member)
                        if member == node { break }
                    }
                    components.append(component)
                }
            }
        }
    }

    /// The components that contain a cycle: more than one node, or one node
    /// with an edge to itself.
    func cyclic(selfLoop: (Int) -> Bool) -> [[Int]] {
        components.filter { $0.count > 1 || ($0.first.map(selfLoop) ?? false) }
    }
}
