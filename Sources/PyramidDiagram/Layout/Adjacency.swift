/// The neighbours of every node of the computed layout, both directions,
/// in compressed rows (one offsets array, one targets array): built in one
/// pass over the links, read without allocation.
struct Adjacency: Sendable {
    private let offsets: [Int]
    private let targets: [Int]

    /// The adjacency of `nodeCount` nodes joined by `links` (each pair both ways).
    init(nodeCount: Int, links: [(Int, Int)]) {
        var offsets = [Int](repeating: 0, count: nodeCount + 1)
        for (a, b) in links {
            offsets[a + 1] += 1
            offsets[b + 1] += 1
        }
        for node in 0..<nodeCount { offsets[node + 1] += offsets[node] }
        var fill = offsets
        var targets = [Int](repeating: 0, count: offsets[nodeCount])
        for (a, b) in links {
            targets[fill[a]] = b
            fill[a] += 1
            targets[fill[b]] = a
            fill[b] += 1
        }
        self.offsets = offsets
        self.targets = targets
    }

    /// The neighbours of `node`, in link order.
    func neighbours(_ node: Int) -> ArraySlice<Int> {
        targets[offsets[node]..<offsets[node + 1]]
    }
}
