internal import OrgGraph

/// Which node of each layer Mermaid's layout draws lowest, so the layer
/// below can be tied under it.
///
/// Mermaid lays a `flowchart BT` out with dagre, which puts every supplier at
/// least one row below its customer. Within a layer, a team that serves
/// another team of the same layer therefore sits below it; the lowest team is
/// the one with the longest chain of same-layer customers above it. That
/// depth is a longest path over the layer's own `serves` links, found in one
/// pass in topological order (Kahn's algorithm, customers before their
/// suppliers); teams in a loop keep the depth reached before the loop.
/// Linear in nodes + links.
enum MermaidLayerDepth {
    /// The lowest node of each layer (the first in file order among the
    /// deepest), or `nil` for an empty layer.
    ///
    /// - Parameters:
    ///   - layers: the nodes of each layer, in file order.
    ///   - layerOf: per node, its layer, or `nil` when it is not drawn.
    ///   - graph: the analysis's graph, whose `serves` links are read.
    static func lowest(layers: [[Int]], layerOf: [Int?], graph: AnalysisGraph) -> [Int?] {
        let n = layerOf.count
        // suppliers[to] = the same-layer suppliers of `to`, as a flat adjacency list.
        var customerCount = [Int](repeating: 0, count: n)
        var start = [Int](repeating: 0, count: n + 1)
        let inLayer = (0..<graph.edgeCount).lazy.filter { graph.edgeKind[$0] == .serves }.map {
            (from: Int(graph.edgeFrom[$0]), to: Int(graph.edgeTo[$0]))
        }.filter { link in
            link.from != link.to && layerOf[link.from] != nil && layerOf[link.from] == layerOf[link.to]
        }
        var linkCount = 0
        for link in inLayer {
            customerCount[link.from] += 1
            start[link.to + 1] += 1
            linkCount += 1
        }
        for i in 0..<n { start[i + 1] += start[i] }
        var suppliers = [Int](repeating: 0, count: linkCount)
        var fill = start
        for link in inLayer {
            suppliers[fill[link.to]] = link.from
            fill[link.to] += 1
        }

        var depth = [Int](repeating: 0, count: n)
        var queue = (0..<n).filter { layerOf[$0] != nil && customerCount[$0] == 0 }
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for slot in start[node]..<start[node + 1] {
                let supplier = suppliers[slot]
                depth[supplier] = max(depth[supplier], depth[node] + 1)
                customerCount[supplier] -= 1
                if customerCount[supplier] == 0 { queue.append(supplier) }
            }
        }
        return layers.map { members in
            members.reduce(nil as Int?) { best, member in
                guard let best else { return member }
                return depth[member] > depth[best] ? member : best
            }
        }
    }
}
