/// The organisation graph, indexed densely once: node `0 ..< customerCount`
/// are the end customers in file order, node `customerCount + t` is team `t`.
///
/// Edges are every `serves` link (supplier -> customer) and every implicit
/// support link (leader -> team) from `reports-to`, in a fixed order: for each
/// team in file order, its `serves` entries, then one support link per
/// `reports-to` entry. Adjacency is kept in flat CSR arrays in both directions.
/// References that do not resolve (impossible in a validated model) and
/// `reports-to` entries naming a customer are skipped.
struct AnalysisGraph: Sendable {
    /// What declared an edge.
    enum EdgeKind: UInt8, Sendable {
        case serves
        case support
    }

    let customerCount: Int
    let teamCount: Int
    var nodeCount: Int { customerCount + teamCount }

    /// Node index by id (customers and teams share one namespace):
    /// `index[id]` is the node, `index.ids[node]` its id.
    let index: NodeIndex

    let edgeFrom: [Int32]
    let edgeTo: [Int32]
    let edgeIntact: [Bool]
    let edgeKind: [EdgeKind]
    /// The team whose entry declares the edge: the supplier of a `serves`
    /// link, the subordinate of a support link.
    let edgeTeam: [Int32]
    /// The position of the declaring entry in that team's `serves` or `reportsTo`.
    let edgeEntry: [Int32]

    /// `outEdges[outStart[v] ..< outStart[v + 1]]` are the edges leaving `v`, in edge order.
    let outStart: [Int32]
    let outEdges: [Int32]
    /// `inEdges[inStart[v] ..< inStart[v + 1]]` are the edges entering `v`, in edge order.
    let inStart: [Int32]
    let inEdges: [Int32]

    var edgeCount: Int { edgeFrom.count }

    init(_ organisation: Organisation) {
        let customers = organisation.customers
        let teams = organisation.teams
        customerCount = customers.count
        teamCount = teams.count
        let nodeCount = customers.count + teams.count

        var ids = [String]()
        ids.reserveCapacity(nodeCount)
        for c in customers.indices { ids.append(customers[c].id) }
        for t in teams.indices { ids.append(teams[t].id) }
        let index = NodeIndex(ids: ids)
        self.index = index

        var from: [Int32] = []
        var to: [Int32] = []
        var intact: [Bool] = []
        var kind: [EdgeKind] = []
        var declaringTeam: [Int32] = []
        var entry: [Int32] = []
        var estimate = 0
        for t in teams.indices { estimate += teams[t].serves.count + teams[t].reportsTo.count }
        from.reserveCapacity(estimate)
        to.reserveCapacity(estimate)
        intact.reserveCapacity(estimate)
        kind.reserveCapacity(estimate)
        declaringTeam.reserveCapacity(estimate)
        entry.reserveCapacity(estimate)

        let firstTeam = Int32(customers.count)
        for t in teams.indices {
            let node = firstTeam + Int32(t)
            teams[t].serves.withUnsafeBufferPointer { serves in
                for j in serves.indices {
                    guard let target = index[serves[j].to] else { continue }
                    from.append(node)
                    to.append(target)
                    intact.append(serves[j].isIntact)
                    kind.append(.serves)
                    declaringTeam.append(Int32(t))
                    entry.append(Int32(j))
                }
            }
            let reportsTo = teams[t].reportsTo
            for j in reportsTo.indices {
                guard let source = index[reportsTo[j].value], source >= firstTeam else { continue }
                from.append(source)
                to.append(node)
                intact.append(true)
                kind.append(.support)
                declaringTeam.append(Int32(t))
                entry.append(Int32(j))
            }
        }
        edgeFrom = from
        edgeTo = to
        edgeIntact = intact
        edgeKind = kind
        edgeTeam = declaringTeam
        edgeEntry = entry

        (outStart, outEdges) = Self.compressedRows(keys: from, nodeCount: nodeCount)
        (inStart, inEdges) = Self.compressedRows(keys: to, nodeCount: nodeCount)
    }

    /// Counting sort of edge ids by `keys[edge]`, stable in edge order.
    private static func compressedRows(keys: [Int32], nodeCount: Int) -> (start: [Int32], edges: [Int32]) {
        var start = [Int32](repeating: 0, count: nodeCount + 1)
        for key in keys { start[Int(key) + 1] += 1 }
        for v in 0 ..< nodeCount { start[v + 1] += start[v] }
        var cursor = start
        var edges = [Int32](repeating: 0, count: keys.count)
        for (edge, key) in keys.enumerated() {
            let slot = Int(cursor[Int(key)])
            edges[slot] = Int32(edge)
            cursor[Int(key)] += 1
        }
        return (start, edges)
    }

    /// Whether `node` is a team (not an end customer).
    @inline(__always) func isTeam(_ node: Int) -> Bool { node >= customerCount }

    /// The team index of a team node.
    @inline(__always) func team(_ node: Int) -> Int { node - customerCount }

    /// The node of team `t`.
    @inline(__always) func node(ofTeam t: Int) -> Int { customerCount + t }

    /// The edges leaving `node`.
    @inline(__always) func outgoing(_ node: Int) -> ArraySlice<Int32> {
        outEdges[Int(outStart[node]) ..< Int(outStart[node + 1])]
    }

    /// The edges entering `node`.
    @inline(__always) func incoming(_ node: Int) -> ArraySlice<Int32> {
        inEdges[Int(inStart[node]) ..< Int(inStart[node + 1])]
    }
}
