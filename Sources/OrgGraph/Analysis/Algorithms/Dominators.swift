/// The dominator tree of the reversed intact graph, rooted at a virtual node
/// joined to every end customer: node `d` dominates team `t` when every
/// intact path from `t` to an end customer passes through `d`.
///
/// Lengauer-Tarjan (the simple version with path compression,
/// O(edges log nodes)), with the DFS and the compression iterative.
struct Dominators {
    /// The virtual root's node number (`graph.nodeCount`).
    let root: Int
    /// The immediate dominator of each node: ``root`` for customers and for
    /// teams only the root dominates, `-1` for nodes with no intact path.
    let idom: [Int32]
    /// The reachable nodes in the dominator tree's preorder (the root left out);
    /// children in ascending node order.
    let preorder: [Int32]
    /// Each reachable node's position in ``preorder`` (`-1` when unreachable).
    let position: [Int32]
    /// The number of nodes in each node's dominator subtree, itself included
    /// (`0` when unreachable).
    let subtreeSize: [Int32]

    /// Whether `d` dominates `v` (every node dominates itself): `v` lies in
    /// `d`'s subtree, read off the preorder intervals in O(1).
    func dominates(_ d: Int, _ v: Int) -> Bool {
        let p = position[d]
        let q = position[v]
        return p >= 0 && q >= p && q < p + subtreeSize[d]
    }

    /// For each node, how many nodes of its dominator subtree (itself
    /// included) satisfy `counts`; `0` for unreachable nodes. One pass up
    /// the preorder: O(nodes).
    func subtreeSums(_ counts: (Int) -> Bool) -> [Int32] {
        var sum = [Int32](repeating: 0, count: position.count)
        for v in preorder where counts(Int(v)) { sum[Int(v)] = 1 }
        for v in preorder.reversed() {
            let d = Int(idom[Int(v)])
            if d != root { sum[d] += sum[Int(v)] }
        }
        return sum
    }

    init(_ graph: AnalysisGraph) {
        let n = graph.nodeCount
        let root = n
        self.root = root

        // 1. Iterative DFS from the root over the reversed intact graph:
        //    root -> customers, v -> supplier for every intact edge supplier -> v.
        var dfn = [Int32](repeating: -1, count: n + 1)
        var vertex = [Int32]()
        vertex.reserveCapacity(n + 1)
        var parent = [Int32]()
        parent.reserveCapacity(n + 1)
        dfn[root] = 0
        vertex.append(Int32(root))
        parent.append(0)
        // Every intact edge into a reached node is seen exactly once by the
        // DFS, when that node is scanned; both ends have a number by then.
        // Kept as (supplier number, customer number) pairs, they become the
        // predecessor lists of step 2 in DFS-number space, read in order
        // there instead of jumping through the graph's arrays per node.
        let pairCapacity = max(1, graph.edgeCount)
        let pairFrom = UnsafeMutableBufferPointer<Int32>.allocate(capacity: pairCapacity)
        let pairTo = UnsafeMutableBufferPointer<Int32>.allocate(capacity: pairCapacity)
        defer {
            pairFrom.deallocate()
            pairTo.deallocate()
        }
        var pairCount = 0
        var calls = [(node: Int32, cursor: Int32)]()
        for customer in 0 ..< graph.customerCount where dfn[customer] < 0 {
            // The root's children are the customers, visited in order.
            dfn[customer] = Int32(vertex.count)
            vertex.append(Int32(customer))
            parent.append(0)
            calls.append((Int32(customer), graph.inStart[customer]))
            while let top = calls.last {
                let v = Int(top.node)
                var cursor = top.cursor
                let end = graph.inStart[v + 1]
                var descended = false
                while cursor < end {
                    let k = Int(cursor)
                    cursor += 1
                    guard graph.inFlags[k] & AnalysisGraph.intactFlag != 0 else { continue }
                    let w = Int(graph.inSource[k])
                    if dfn[w] < 0 {
                        calls[calls.count - 1].cursor = cursor
                        dfn[w] = Int32(vertex.count)
                        vertex.append(Int32(w))
                        parent.append(dfn[v])
                        calls.append((Int32(w), graph.inStart[w]))
                        descended = true
                    }
                    pairFrom[pairCount] = dfn[w]
                    pairTo[pairCount] = dfn[v]
                    pairCount += 1
                    if descended { break }
                }
                if !descended { calls.removeLast() }
            }
        }

        // 2. Semidominators and immediate dominators, in DFS-number space.
        //    Scratch arrays are raw buffers: `eval` runs once per edge, and
        //    arrays captured by a nested function are boxed and checked for
        //    uniqueness on every write.
        let count = vertex.count
        let semi = UnsafeMutableBufferPointer<Int32>.allocate(capacity: count)
        let label = UnsafeMutableBufferPointer<Int32>.allocate(capacity: count)
        let ancestor = UnsafeMutableBufferPointer<Int32>.allocate(capacity: count)
        let bucketHead = UnsafeMutableBufferPointer<Int32>.allocate(capacity: count)
        let bucketNext = UnsafeMutableBufferPointer<Int32>.allocate(capacity: count)
        let path = UnsafeMutableBufferPointer<Int32>.allocate(capacity: count)
        defer {
            for buffer in [semi, label, ancestor, bucketHead, bucketNext, path] { buffer.deallocate() }
        }
        for w in 0 ..< count {
            semi[w] = Int32(w)
            label[w] = Int32(w)
        }
        ancestor.initialize(repeating: -1)
        bucketHead.initialize(repeating: -1)
        bucketNext.initialize(repeating: -1)
        var idomNumber = [Int32](repeating: 0, count: count)

        func eval(_ v: Int32) -> Int32 {
            if ancestor[Int(v)] < 0 { return v }
            // Compress the ancestor chain of v, top-down.
            var length = 0
            var x = v
            while ancestor[Int(ancestor[Int(x)])] >= 0 {
                path[length] = x
                length += 1
                x = ancestor[Int(x)]
            }
            while length > 0 {
                length -= 1
                let y = Int(path[length])
                let a = Int(ancestor[y])
                if semi[Int(label[a])] < semi[Int(label[y])] { label[y] = label[a] }
                ancestor[y] = ancestor[a]
            }
            return label[Int(v)]
        }

        // Predecessors per DFS number (counting sort of the pairs).
        let predStart = UnsafeMutableBufferPointer<Int32>.allocate(capacity: count + 1)
        let preds = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(1, pairCount))
        defer {
            predStart.deallocate()
            preds.deallocate()
        }
        predStart.initialize(repeating: 0)
        for k in 0 ..< pairCount { predStart[Int(pairFrom[k]) + 1] += 1 }
        for w in 0 ..< count { predStart[w + 1] += predStart[w] }
        for k in 0 ..< pairCount {
            let w = Int(pairFrom[k])
            preds[Int(predStart[w])] = pairTo[k]
            predStart[w] += 1
        }
        // predStart[w] is now the end of w's list, which starts at predStart[w - 1].

        var i = count - 1
        while i >= 1 {
            let w = i
            // Predecessors of `vertex[w]` in the reversed graph: the root
            // for a customer, the reached customers of its intact links for a team.
            if Int(vertex[w]) < graph.customerCount {
                semi[w] = 0
            } else {
                for k in Int(predStart[w - 1]) ..< Int(predStart[w]) {
                    let u = eval(preds[k])
                    if semi[Int(u)] < semi[w] { semi[w] = semi[Int(u)] }
                }
            }
            let s = Int(semi[w])
            bucketNext[w] = bucketHead[s]
            bucketHead[s] = Int32(w)
            let p = Int(parent[w])
            ancestor[w] = Int32(p)
            var b = bucketHead[p]
            while b >= 0 {
                let u = eval(b)
                idomNumber[Int(b)] = semi[Int(u)] < semi[Int(b)] ? u : Int32(p)
                b = bucketNext[Int(b)]
            }
            bucketHead[p] = -1
            i -= 1
        }
        if count > 1 {
            for w in 1 ..< count where idomNumber[w] != semi[w] {
                idomNumber[w] = idomNumber[Int(idomNumber[w])]
            }
        }

        // 3. Back to node numbers; the dominator tree's preorder and subtree sizes.
        var idom = [Int32](repeating: -1, count: n)
        for w in 1 ..< max(count, 1) {
            idom[Int(vertex[w])] = vertex[Int(idomNumber[w])]
        }
        self.idom = idom

        // Children lists (CSR over node + root), children in ascending node order.
        var childStart = [Int32](repeating: 0, count: n + 2)
        for v in 0 ..< n where idom[v] >= 0 { childStart[Int(idom[v]) + 1] += 1 }
        for v in 0 ..< (n + 1) { childStart[v + 1] += childStart[v] }
        var cursor = childStart
        var children = [Int32](repeating: 0, count: max(count - 1, 0))
        for v in 0 ..< n where idom[v] >= 0 {
            let d = Int(idom[v])
            children[Int(cursor[d])] = Int32(v)
            cursor[d] += 1
        }
        var preorder = [Int32]()
        preorder.reserveCapacity(max(count - 1, 0))
        var position = [Int32](repeating: -1, count: n)
        var size = [Int32](repeating: 0, count: n)
        var stack = [Int32]()
        for c in stride(from: Int(childStart[root + 1]) - 1, through: Int(childStart[root]), by: -1) {
            stack.append(children[c])
        }
        while let v = stack.popLast() {
            position[Int(v)] = Int32(preorder.count)
            preorder.append(v)
            let first = Int(childStart[Int(v)])
            let last = Int(childStart[Int(v) + 1])
            for c in stride(from: last - 1, through: first, by: -1) { stack.append(children[c]) }
        }
        // Subtree sizes: children come after their parent in preorder.
        for v in preorder { size[Int(v)] = 1 }
        for v in preorder.reversed() {
            let d = Int(idom[Int(v)])
            if d < n { size[d] += size[Int(v)] }
        }
        self.preorder = preorder
        self.position = position
        self.subtreeSize = size
    }
}
