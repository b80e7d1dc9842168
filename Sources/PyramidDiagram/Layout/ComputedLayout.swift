import OrgGraph

/// The whole pyramid laid out in Swift, for very large organisations: every
/// node gets its `pos`, every link its spline, the graph its `bb`, and
/// Graphviz's `nop2` layout only draws (see docs/rendering.md, "Very large
/// organisations").
///
/// The same picture as the `dot` layout, from the same pieces: the rows are
/// the pyramid's bands wrapped by ``BandRows`` (customers on top, then the
/// teams by customer distance, leaders below their reports, the cut-off rows
/// under their heading, the legend); nodes, links and the legend are styled
/// by ``PyramidGraphBuilder`` and ``Legend``. Then ``RowOrdering`` orders each
/// row by four barycentre sweeps, ``RowPlacement`` places the boxes, and
/// ``EdgeRouter`` routes every link through the gaps between boxes. Linear
/// in teams + links apart from one sort per row and sweep and one binary
/// search per row a link passes. The size is known before Graphviz runs.
struct ComputedLayout {
    /// The positioned graph.
    let graph: DOTGraph
    /// The picture's size in points, title included, without the pad.
    let size: (width: Double, height: Double)

    /// Horizontal space between boxes (dot's `nodesep`, 0.3 in).
    static let gap = 21.6
    /// Vertical space between rows, where links run (`--detail` adds 30 for longer labels).
    static let channel = 56.0
    /// Extra space between two bands.
    static let bandGap = 28.0
    /// Margin around the drawing.
    static let margin = 12.0
    /// Barycentre sweeps (down, up, down, up).
    static let sweeps = 4

    /// Lays out every node and link of `analysis` (all of it: the computed
    /// layout is only used with ``DiagramOptions/allTeams``), reporting each
    /// stage to `progress`.
    static func make(_ analysis: Analysis, options: DiagramOptions, ranks: PyramidRanks,
                     progress: (RenderProgress) -> Void) -> ComputedLayout {
        let builder = PyramidGraphBuilder(analysis: analysis, options: options, ranks: ranks)
        let graph = analysis.graph
        let graphNodes = graph.nodeCount
        let maps = builder.findingMaps()
        var dot = DOTGraph(name: "pyramid")
        builder.setUp(&dot)
        let defaults = dot.nodeDefaults
        let channel = channel + (options.detail ? 30 : 0)

        // Rows: the pyramid's bands, wrapped.
        var nodes = (0..<graphNodes).map { builder.nodeStatement($0, maps: maps) }
        var sizes = nodes.map { BoxSize($0.attributes, defaults: defaults) }
        let included = [Bool](repeating: true, count: graphNodes)
        let band = builder.bands(rank: ranks.rank, cutOff: ranks.isCutOff, included: included)
        let groups = builder.groupOrder()
        var geometry = builder.geometry()
        geometry.gap = gap
        geometry.rowPitch = 50 + channel
        let items = (0..<graphNodes).map { BandRows.Item(band: band.of[$0], group: groups[$0], width: sizes[$0].width) }
        var rows = BandRows(items: items, geometry: geometry).rows
        let rowBand = rows.map { band.of[$0[0]] }
        progress(RenderProgress(.rows, "rows: \(RenderProgress.count(graph.teamCount)) teams in \(rows.count) rows"))
        var pinned = [Bool](repeating: false, count: graphNodes)
        if let firstCutOffRow = rowBand.firstIndex(where: { $0 >= band.firstCutOff }) {
            let heading = builder.cutOffHeadingNode()
            rows[firstCutOffRow].insert(nodes.count, at: 0)
            nodes.append(heading)
            sizes.append(BoxSize(heading.attributes, defaults: defaults))
            pinned.append(true)
        }
        var rowOf = [Int](repeating: 0, count: nodes.count)
        for (row, members) in rows.enumerated() {
            for node in members { rowOf[node] = row }
        }

        // Order within rows, then x.
        var pairs: [(Int, Int)] = []
        pairs.reserveCapacity(graph.edgeCount)
        for edge in 0..<graph.edgeCount { pairs.append((Int(graph.edgeFrom[edge]), Int(graph.edgeTo[edge]))) }
        let adjacency = Adjacency(nodeCount: nodes.count, links: pairs)
        let widths = sizes.map(\.width)
        var ordering = RowOrdering(rows: rows, rowOf: rowOf, widths: widths, gap: gap, pinned: pinned)
        for sweep in 0..<sweeps {
            progress(RenderProgress(.order, "order: sweep \(sweep + 1)/\(sweeps)"))
            ordering.sweep(down: sweep % 2 == 0, adjacency: adjacency)
        }
        rows = ordering.rows
        var x = ordering.x
        progress(RenderProgress(.placement, "placement: \(RenderProgress.count(nodes.count)) boxes"))
        for down in [true, false] {
            RowPlacement.place(rows: rows, x: &x, widths: widths, gap: gap, adjacency: adjacency,
                               rowOf: rowOf, pinned: pinned, down: down)
        }

        // y: rows top down, every box of a row as high as the row's highest.
        var y = [Double](repeating: 0, count: nodes.count)
        var routerRows: [EdgeRouter.Row] = []
        var cursor = margin
        for (row, members) in rows.enumerated() {
            if row > 0 { cursor += channel + (rowBand[row] != rowBand[row - 1] ? bandGap : 0) }
            let height = members.map { sizes[$0].height }.max() ?? 0
            for node in members {
                if !pinned[node] { sizes[node].height = height }
                y[node] = cursor + height / 2
            }
            routerRows.append(EdgeRouter.Row(top: cursor, bottom: cursor + height,
                                              lefts: members.map { x[$0] - widths[$0] / 2 },
                                              rights: members.map { x[$0] + widths[$0] / 2 }))
            cursor += height
        }

        // The legend: rows below the pyramid, the block centred under it.
        var legend: LegendPlacement?
        if options.legend,
           let drawing = Legend.make(builder.legendContents(included: included, maps: maps),
                                     maxWidth: min(max(520, rows.map { builder.estimatedRowWidth($0.filter { $0 < graphNodes }) }.max() ?? 0), 1100)) {
            let placed = LegendPlacement(drawing, top: cursor + 40, defaults: defaults)
            cursor = placed.bottom
            legend = placed
        }
        let height = cursor + margin

        // Shift right so the leftmost box is at the margin.
        var minX = Double.infinity, maxX = -Double.infinity
        for node in nodes.indices {
            minX = min(minX, x[node] - widths[node] / 2)
            maxX = max(maxX, x[node] + widths[node] / 2)
        }
        if let extent = legend?.extent, extent.min <= extent.max {
            minX = min(minX, extent.min)
            maxX = max(maxX, extent.max)
        }
        if nodes.isEmpty { minX = 0; maxX = 0 }
        let shift = margin - minX
        for node in nodes.indices { x[node] += shift }
        for index in routerRows.indices {
            routerRows[index].lefts = routerRows[index].lefts.map { $0 + shift }
            routerRows[index].rights = routerRows[index].rights.map { $0 + shift }
        }
        let width = maxX - minX + 2 * margin

        // Trunks: links between a customer or leader and boxes two or more
        // rows away share one path per owner (``Trunks``, as in the dot
        // layout), with a hub in the channel beside each row they reach.
        var trunkLinks: [Trunks.Link] = []
        for edge in 0..<graph.edgeCount {
            let from = Int(graph.edgeFrom[edge]), to = Int(graph.edgeTo[edge])
            if graph.edgeKind[edge] == .support {
                trunkLinks.append(Trunks.Link(owner: from, partner: to, kind: .support))
            } else if !graph.isTeam(to) {
                trunkLinks.append(Trunks.Link(owner: to, partner: from, kind: .serves))
            }
        }
        let trunks = Trunks(links: trunkLinks, row: rowOf)
        let owners = Array(0..<graphNodes)
        let trunkStatements = trunks.statements(owners: owners, name: builder.nodeName)
        var index: [String: Int] = [:]
        index.reserveCapacity(nodes.count)
        for (position, node) in nodes.enumerated() { index[node.name] = position }
        var hubNodes: [DOTNode] = []
        var trunkEdges: [DOTEdge] = []
        // Per owner with a trunk: the owner, then its hubs outward.
        var chains: [[Int]] = []
        var hubNameList: [String] = []
        for statement in trunkStatements {
            switch statement {
            case .node(let node): hubNodes.append(node)
            case .edge(let edge): trunkEdges.append(edge)
            case .subgraph: break
            }
        }
        if !hubNodes.isEmpty {
            let probe = EdgeRouter(rows: routerRows, x: x, y: y, sizes: sizes, rowOf: rowOf, hubStart: nodes.count)
            let placed = TrunkHubs(links: trunkLinks, hubNames: Set(hubNodes.map(\.name)), owners: owners, name: builder.nodeName,
                                   rowOf: rowOf, x: x, rows: routerRows, router: probe)
            let first = x.count
            for hub in placed.hubs {
                index[hub.name] = x.count
                hubNameList.append(hub.name)
                x.append(hub.x)
                y.append(hub.y)
                rowOf.append(hub.row)
                sizes.append(BoxSize([.shape: .string("point"), .width: .string("0")], defaults: [:]))
            }
            chains = placed.chains.map { [$0.owner] + $0.hubs.map { first + $0 } }
        }
        let router = EdgeRouter(rows: routerRows, x: x, y: y, sizes: sizes, rowOf: rowOf, hubStart: nodes.count)
        /// A link to an owner whose trunk it joins ends at the hub instead
        /// (as PyramidGraphBuilder does for the dot layout).
        func routed(_ edge: DOTEdge, owner: Int, partner: Int) -> DOTEdge {
            guard let row = trunks.hubRow(owner: owner, partner: partner) else { return edge }
            var edge = edge
            let hub = Trunks.hubName(builder.nodeName(owner), row: row)
            if edge.tail == builder.nodeName(owner) { edge.tail = hub } else if edge.head == builder.nodeName(owner) { edge.head = hub }
            if !graph.isTeam(owner) { edge.attributes.set(.dir, "none") }
            return edge
        }
        var order = [Int](repeating: 0, count: nodes.count)
        for members in rows {
            for (position, node) in members.enumerated() { order[node] = position }
        }
        progress(RenderProgress(.routing, "routing \(RenderProgress.count(graph.edgeCount)) links"))
        var linkStatements: [DOTStatement] = []
        linkStatements.reserveCapacity(graph.edgeCount)
        var edgeIDs = EdgeIDs()
        func add(_ statements: [DOTStatement]) {
            linkStatements += Self.positioned(statements, router: router, index: index, height: height,
                                              edgeDefaults: dot.edgeDefaults)
        }
        let organisation = analysis.organisation
        for edge in 0..<graph.edgeCount where graph.edgeKind[edge] == .serves {
            let link = PyramidGraphBuilder.ServesLink(edge: edge, in: graph)
            let serves = organisation.teams[link.team].serves[link.position]
            let statements = builder.servesEdge(link, serves, layer: rowOf, order: order, maps: maps,
                                                id: edgeIDs.unique("link-" + builder.nodeName(link.from) + "-" + builder.nodeName(link.to)))
            // A link to a customer joins its trunk (the segment at the customer, when the link has a label node).
            add(graph.isTeam(link.to) ? statements : statements.map { statement in
                guard case .edge(let edge) = statement else { return statement }
                return .edge(routed(edge, owner: link.to, partner: link.from))
            })
        }
        for edge in 0..<graph.edgeCount where graph.edgeKind[edge] == .support {
            let link = PyramidGraphBuilder.SupportLink(leader: Int(graph.edgeFrom[edge]), team: Int(graph.edgeTo[edge]))
            let edge = builder.supportEdge(link, layer: rowOf,
                                           id: edgeIDs.unique("support-" + builder.nodeName(link.leader) + "-" + builder.nodeName(link.team)))
            add([.edge(routed(edge, owner: link.leader, partner: link.team))])
        }

        // The graph: boxes row by row, the legend, then the links.
        dot.attributes.set(.bb, "0,0," + SplinePath.fixed(width) + "," + SplinePath.fixed(height))
        dot.attributes.set(.outputorder, "edgesfirst")
        for members in rows {
            for node in members {
                var statement = nodes[node]
                statement.attributes.set(.pos, Self.pos(x[node], y[node], height: height))
                if !pinned[node] {
                    statement.attributes.set(.width, Self.inches(sizes[node].width - sizes[node].peripheryExtra))
                    statement.attributes.set(.height, Self.inches(sizes[node].height - sizes[node].peripheryExtra))
                }
                dot.add(statement)
            }
        }
        dot.statements += legend?.statements(shift: shift, height: height, edgeDefaults: dot.edgeDefaults) ?? []
        for var hub in hubNodes {
            guard let node = index[hub.name] else { continue }
            hub.attributes.set(.pos, Self.pos(x[node], y[node], height: height))
            dot.add(hub)
        }
        // Each trunk is drawn as one link from its owner through all its
        // hubs (one SVG element instead of one per row), styled as
        // ``Trunks`` styles its first segment.
        var segmentStyle: [String: DOTAttributes] = [:]
        for edge in trunkEdges {
            if case .string(let id)? = edge.attributes[.id] { segmentStyle[id] = edge.attributes }
        }
        for chain in chains {
            let owner = chain[0]
            let ownerName = builder.nodeName(owner)
            guard let lastHub = chain.last, var attributes = segmentStyle["trunk-" + ownerName + "-\(rowOf[chain[1]])"] else { continue }
            var path = SplinePath(from: router.trunk(from: owner, to: chain[1]).points[0])
            for (inner, outer) in zip(chain, chain.dropFirst()) {
                path.points += router.trunk(from: inner, to: outer).points.dropFirst()
            }
            attributes.set(.id, "trunk-" + ownerName)
            // The arrowhead where a serves trunk meets its customer.
            attributes.set(.dir, graph.isTeam(owner) ? "none" : "back")
            arrows(&path, attributes, defaults: dot.edgeDefaults)
            attributes.set(.pos, path.posValue(height: height))
            dot.add(DOTEdge(ownerName, hubNameList[lastHub - nodes.count], attributes))
        }
        dot.statements += linkStatements

        var titleHeight = 0.0
        if case .label(let title)? = dot.attributes[.label] { titleHeight = Double(title.lines.count) * 18 * 1.2 + 8 }
        return ComputedLayout(graph: dot, size: (width, height + titleHeight))
    }

    /// A link's statements from the builder with positions: a plain link
    /// gets its routed spline; a link with a label node is routed between
    /// its two real ends, the label put on the path in the channel just
    /// above the lower end, and the path split there into the two segments.
    static func positioned(_ statements: [DOTStatement], router: EdgeRouter, index: [String: Int], height: Double,
                           edgeDefaults: DOTAttributes) -> [DOTStatement] {
        var label: DOTNode?
        var edges: [DOTEdge] = []
        for statement in statements {
            switch statement {
            case .node(let node): label = node
            case .edge(let edge): edges.append(edge)
            case .subgraph: break
            }
        }
        guard var label else {
            return edges.compactMap { edge in
                guard let tail = index[edge.tail], let head = index[edge.head] else { return nil }
                var edge = edge
                var path = router.route(from: tail, to: head)
                arrows(&path, edge.attributes, defaults: edgeDefaults)
                edge.attributes.set(.pos, path.posValue(height: height))
                return .edge(edge)
            }
        }
        guard edges.count == 2 else { return statements }
        let ends = edges.map { $0.tail == label.name ? $0.head : $0.tail }
        guard let first = index[ends[0]], let second = index[ends[1]] else { return statements }
        let route = router.route(from: first, to: second)
        let place = router.labelPlace(from: first, to: second, pieces: (route.points.count - 1) / 3)
        let (toLabel, fromLabel, middle) = route.split(piece: place.piece, atY: place.y)
        label.attributes.set(.pos, SplinePath.fixed(middle.x) + "," + SplinePath.fixed(height - middle.y))
        var result: [DOTStatement] = [.node(label)]
        for (position, var edge) in edges.enumerated() {
            // The piece between this edge's real end and the label, from that end.
            var path = position == 0 ? toLabel : fromLabel.reversed
            if edge.tail == label.name { path = path.reversed }
            arrows(&path, edge.attributes, defaults: edgeDefaults)
            edge.attributes.set(.pos, path.posValue(height: height))
            result.append(.edge(edge))
        }
        return result
    }

    /// Leaves room for the arrowheads `dir` asks for (digraph default:
    /// at the head), each `10 x arrowsize` points long per arrow shape in
    /// its name (`normalnormal` is two).
    static func arrows(_ path: inout SplinePath, _ attributes: DOTAttributes, defaults: DOTAttributes) {
        func string(_ key: DOTAttribute) -> String? {
            if case .string(let value)? = attributes[key] ?? defaults[key] { return value }
            return nil
        }
        let direction = string(.dir) ?? "forward"
        let size = string(.arrowsize).flatMap(Double.init) ?? 1
        func length(_ name: String?) -> Double {
            let name = name ?? "normal"
            let shapes = ["normal", "inv", "vee", "empty", "dot", "box", "diamond", "tee", "crow", "curve"]
            var count = 0
            var rest = Substring(name)
            while !rest.isEmpty {
                if let shape = shapes.first(where: { rest.hasPrefix($0) }) {
                    count += 1
                    rest = rest.dropFirst(shape.count)
                } else {
                    rest = rest.dropFirst()
                }
            }
            return 10 * size * Double(max(count, 1))
        }
        if direction == "back" || direction == "both" { path.arrowAtStart(length: length(string(.arrowtail))) }
        if direction == "forward" || direction == "both" { path.arrowAtEnd(length: length(string(.arrowhead))) }
    }

    /// `x,y` in Graphviz's y-up space.
    static func pos(_ x: Double, _ y: Double, height: Double) -> String {
        SplinePath.fixed(x) + "," + SplinePath.fixed(height - y)
    }

    /// Points as inches, rounded up to the hundredth.
    static func inches(_ points: Double) -> String {
        SplinePath.fixed((points / 72 * 100).rounded(.up) / 100)
    }
}
