/// The organisation graph, indexed densely once: node `0 ..< customerCount`
/// are the end customers in file order, node `customerCount + t` is team `t`.
///
/// Edges are every `serves` link (supplier -> customer) and every implicit
/// support link (leader -> team) from `reports-to`, in a fixed order: for each
/// team in file order, its `serves` entries, then one support link per
/// `reports-to` entry. Adjacency is kept in flat CSR arrays in both directions.
/// References that do not resolve (impossible in a validated model) and
/// `reports-to` entries naming a customer are skipped.
package struct AnalysisGraph: Sendable {
    /// What declared an edge.
    package enum EdgeKind: UInt8, Sendable {
        case serves
        case support
    }

    package let customerCount: Int
    package let teamCount: Int
    package var nodeCount: Int { customerCount + teamCount }

    /// Node index by id (customers and teams share one namespace):
    /// `index[id]` is the node, `index.ids[node]` its id.
    package let index: NodeIndex

    package let edgeFrom: [Int32]
    package let edgeTo: [Int32]
    package let edgeIntact: [Bool]
    /// Per edge: a `serves` link whose standard is breached (read with the
    /// links, so the `standard-breached` pass need not reach back into the model).
    let edgeBreached: [Bool]
    package let edgeKind: [EdgeKind]
    /// The team whose entry declares the edge: the supplier of a `serves`
    /// link, the subordinate of a support link.
    package let edgeTeam: [Int32]
    /// The position of the declaring entry in that team's `serves` or `reportsTo`.
    package let edgeEntry: [Int32]

    /// `outEdges[outStart[v] ..< outStart[v + 1]]` are the edges leaving `v`, in edge order.
    package let outStart: [Int32]
    package let outEdges: [Int32]
    /// `inEdges[inStart[v] ..< inStart[v + 1]]` are the edges entering `v`, in edge order.
    package let inStart: [Int32]
    package let inEdges: [Int32]

    /// Per slot of ``outEdges``: the edge's customer end and flags; per slot
    /// of ``inEdges``: its supplier end and flags (``intactFlag``,
    /// ``servesFlag``). The passes walk a node's slots in order and touch no
    /// per-edge array, which at a million teams saves a cache miss per link
    /// and pass.
    let outTarget: [Int32]
    let outFlags: [UInt8]
    let inSource: [Int32]
    let inFlags: [UInt8]
    /// Bit of ``outFlags`` / ``inFlags``: the edge is intact.
    static let intactFlag: UInt8 = 1
    /// Bit of ``outFlags`` / ``inFlags``: the edge is a `serves` link.
    static let servesFlag: UInt8 = 2

    package var edgeCount: Int { edgeFrom.count }

    /// Per team, read in the same pass as the links so later passes need
    /// not walk the model's `Team` values again (at a million teams each such
    /// pass is hundreds of megabytes of memory traffic): the declared tier,
    /// and offsets of each team's entries in one flat numbering of all
    /// `serves` entries (`servesStart[t] ..< servesStart[t + 1]`, unresolved
    /// entries included) and of all `reports-to` entries.
    let declaredTier: [Tier?]
    let servesStart: [Int32]
    let reportsToStart: [Int32]
    /// The edge of each `serves` entry in that flat numbering (`-1`: not resolved).
    let servesEdge: [Int32]

    init(_ organisation: Organisation) {
        let customers = organisation.customers
        let teams = organisation.teams
        customerCount = customers.count
        teamCount = teams.count
        let nodeCount = customers.count + teams.count

        // Pass 1 over the model: ids, declared tiers, entry counts.
        var ids = [String]()
        ids.reserveCapacity(nodeCount)
        for c in customers.indices { ids.append(customers[c].id) }
        var declaredTier = [Tier?](repeating: nil, count: teams.count)
        var servesStart = [Int32](repeating: 0, count: teams.count + 1)
        var reportsToStart = [Int32](repeating: 0, count: teams.count + 1)
        for t in teams.indices {
            ids.append(teams[t].id)
            declaredTier[t] = teams[t].declaredTier
            servesStart[t + 1] = servesStart[t] + Int32(teams[t].serves.count)
            reportsToStart[t + 1] = reportsToStart[t] + Int32(teams[t].reportsTo.count)
        }
        // The loader's node numbers, when they fit this organisation (a
        // mutation drops them, so they always should): no id is hashed, and
        // the index is built only if someone looks an id up later.
        let numbering = organisation.numbering.flatMap { numbering in
            numbering.customerCount == customers.count && numbering.teamCount == teams.count
                && numbering.servesTarget.count == Int(servesStart[teams.count])
                && numbering.reportsToTarget.count == Int(reportsToStart[teams.count]) ? numbering : nil
        }
        let index = numbering == nil ? NodeIndex(ids: ids) : NodeIndex(lazilyIndexing: ids)
        self.index = index

        // Pass 2: the edges, written into buffers sized by the entry counts
        // (appending to six arrays checked capacity and uniqueness six times
        // per link).
        let capacity = max(1, Int(servesStart[teams.count]) + Int(reportsToStart[teams.count]))
        let from = UnsafeMutableBufferPointer<Int32>.allocate(capacity: capacity)
        let to = UnsafeMutableBufferPointer<Int32>.allocate(capacity: capacity)
        let intact = UnsafeMutableBufferPointer<Bool>.allocate(capacity: capacity)
        let breached = UnsafeMutableBufferPointer<Bool>.allocate(capacity: capacity)
        let kind = UnsafeMutableBufferPointer<EdgeKind>.allocate(capacity: capacity)
        let declaringTeam = UnsafeMutableBufferPointer<Int32>.allocate(capacity: capacity)
        let entry = UnsafeMutableBufferPointer<Int32>.allocate(capacity: capacity)
        let servesEdge = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(1, Int(servesStart[teams.count])))
        defer {
            servesEdge.deallocate()
            from.deallocate()
            to.deallocate()
            intact.deallocate()
            breached.deallocate()
            kind.deallocate()
            declaringTeam.deallocate()
            entry.deallocate()
        }
        let recent = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 4096)
        recent.initialize(repeating: -1)
        defer { recent.deallocate() }
        var count = 0
        let firstTeam = Int32(customers.count)
        let numbered = numbering != nil
        let servesTarget = numbering?.servesTarget ?? []
        let reportsToTarget = numbering?.reportsToTarget ?? []
        // Raw buffers: the targets read per link without bounds or optional checks.
        servesTarget.withUnsafeBufferPointer { servesTarget in
        reportsToTarget.withUnsafeBufferPointer { reportsToTarget in
            for t in teams.indices {
                let node = firstTeam + Int32(t)
                let flat = Int(servesStart[t])
                let reportsToFlat = Int(reportsToStart[t])
                teams[t].serves.withUnsafeBufferPointer { serves in
                    guard let first = serves.baseAddress else { return }
                    for j in serves.indices {
                        // Fields read through the pointer: reading `serves[j].to`
                        // copied the whole `ServiceLink` (its strings retained and
                        // released) for every link.
                        let link = first + j
                        let resolved = numbered ? servesTarget[flat + j] : index.node(link.pointee.to, recent: recent)
                        guard let target = resolved, target >= 0 else {
                            servesEdge[flat + j] = -1
                            continue
                        }
                        servesEdge[flat + j] = Int32(count)
                        from[count] = node
                        to[count] = target
                        let isBreached = Self.isBreached(link)
                        breached[count] = isBreached
                        intact[count] = link.pointee.status == .ok && !isBreached
                        kind[count] = .serves
                        declaringTeam[count] = Int32(t)
                        entry[count] = Int32(j)
                        count += 1
                    }
                }
                teams[t].reportsTo.withUnsafeBufferPointer { reportsTo in
                    guard let first = reportsTo.baseAddress else { return }
                    for j in reportsTo.indices {
                        let resolved = numbered ? reportsToTarget[reportsToFlat + j] : index.node((first + j).pointee.value, recent: recent)
                        guard let source = resolved, source >= firstTeam else { continue }
                        from[count] = source
                        to[count] = node
                        intact[count] = true
                        breached[count] = false
                        kind[count] = .support
                        declaringTeam[count] = Int32(t)
                        entry[count] = Int32(j)
                        count += 1
                    }
                }
            }
        }
        }
        self.declaredTier = declaredTier
        self.servesStart = servesStart
        self.reportsToStart = reportsToStart
        self.servesEdge = Array(servesEdge[0 ..< Int(servesStart[teams.count])])
        edgeFrom = Array(from[0 ..< count])
        edgeTo = Array(to[0 ..< count])
        edgeIntact = Array(intact[0 ..< count])
        edgeBreached = Array(breached[0 ..< count])
        edgeKind = Array(kind[0 ..< count])
        edgeTeam = Array(declaringTeam[0 ..< count])
        edgeEntry = Array(entry[0 ..< count])

        var flags = [UInt8](repeating: 0, count: count)
        for e in 0 ..< count {
            flags[e] = (intact[e] ? Self.intactFlag : 0) | (kind[e] == .serves ? Self.servesFlag : 0)
        }
        (outStart, outEdges, outTarget, outFlags) = Self.compressedRows(keys: edgeFrom, ends: edgeTo, flags: flags, nodeCount: nodeCount)
        (inStart, inEdges, inSource, inFlags) = Self.compressedRows(keys: edgeTo, ends: edgeFrom, flags: flags, nodeCount: nodeCount)
    }

    /// ``ServiceStandard/isBreached`` of the link's standard (`false`
    /// without one), read field by field through the pointer.
    @inline(__always) private static func isBreached(_ link: UnsafePointer<ServiceLink>) -> Bool {
        guard let actual = link.pointee.standard?.actual, let target = link.pointee.standard?.target else { return false }
        switch link.pointee.standard?.better {
        case .higher?: return actual < target
        case .lower?: return actual > target
        case nil: return false
        }
    }

    /// Counting sort of edge ids by `keys[edge]`, stable in edge order, with
    /// each slot's other end and flags.
    private static func compressedRows(
        keys: [Int32], ends: [Int32], flags: [UInt8], nodeCount: Int
    ) -> (start: [Int32], edges: [Int32], ends: [Int32], flags: [UInt8]) {
        var start = [Int32](repeating: 0, count: nodeCount + 1)
        for key in keys { start[Int(key) + 1] += 1 }
        for v in 0 ..< nodeCount { start[v + 1] += start[v] }
        let edgeCount = keys.count
        let cursor = UnsafeMutableBufferPointer<Int32>.allocate(capacity: nodeCount + 1)
        let edges = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(1, edgeCount))
        let slotEnds = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(1, edgeCount))
        let slotFlags = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, edgeCount))
        defer {
            for buffer in [cursor, edges, slotEnds] { buffer.deallocate() }
            slotFlags.deallocate()
        }
        _ = cursor.initialize(from: start)
        // Raw buffers: four bounds-checked, uniqueness-checked arrays written per edge cost twice as much.
        keys.withUnsafeBufferPointer { keys in
            ends.withUnsafeBufferPointer { ends in
                flags.withUnsafeBufferPointer { flags in
                    for edge in 0 ..< edgeCount {
                        let key = Int(keys[edge])
                        let slot = Int(cursor[key])
                        edges[slot] = Int32(edge)
                        slotEnds[slot] = ends[edge]
                        slotFlags[slot] = flags[edge]
                        cursor[key] = Int32(slot + 1)
                    }
                }
            }
        }
        return (start, Array(edges[0 ..< edgeCount]), Array(slotEnds[0 ..< edgeCount]), Array(slotFlags[0 ..< edgeCount]))
    }

    /// The slots of ``outEdges`` (and ``outTarget``, ``outFlags``) of `node`.
    @inline(__always) func outSlots(_ node: Int) -> Range<Int> {
        Int(outStart[node]) ..< Int(outStart[node + 1])
    }

    /// The slots of ``inEdges`` (and ``inSource``, ``inFlags``) of `node`.
    @inline(__always) func inSlots(_ node: Int) -> Range<Int> {
        Int(inStart[node]) ..< Int(inStart[node + 1])
    }

    /// Whether `node` is a team (not an end customer).
    @inline(__always) package func isTeam(_ node: Int) -> Bool { node >= customerCount }

    /// The team index of a team node.
    @inline(__always) package func team(_ node: Int) -> Int { node - customerCount }

    /// The node of team `t`.
    @inline(__always) package func node(ofTeam t: Int) -> Int { customerCount + t }

    /// The edges leaving `node`.
    @inline(__always) package func outgoing(_ node: Int) -> ArraySlice<Int32> {
        outEdges[Int(outStart[node]) ..< Int(outStart[node + 1])]
    }

    /// The edges entering `node`.
    @inline(__always) package func incoming(_ node: Int) -> ArraySlice<Int32> {
        inEdges[Int(inStart[node]) ..< Int(inStart[node + 1])]
    }
}
