import OrgGraph

/// Turns an analysed organisation into the DOT graph of its inverted pyramid.
///
/// Layout rules: customers on top; teams below them in bands by nominal
/// customer distance and leaders below their reports (``PyramidRanks``);
/// teams cut off from the customer in bands of their own below, under a
/// heading; then the legend. A band too wide wraps into rows (``BandRows``),
/// and links to customers and from leaders that span rows share trunks
/// (``Trunks``). An invisible ruler of one helper node per row plus
/// `rank=same` groups (with `newrank=true`, so rows hold across clusters)
/// pins every node to its row, so no link can move a node: links between
/// rows take part in the layout, links within a row do not. `serves` arrows
/// point up to the customer (down to the leader for upward-facing ones).
/// Statements are added in a canonical order (row, then group, then file
/// order), since reordering DOT statements changes Graphviz's layout. Above
/// ``DiagramOptions/summaryThreshold`` teams the overview is the summary
/// (PyramidSummary.swift). Everything is read from the analysis's own graph.
struct PyramidGraphBuilder {
    /// A `serves` link of the analysis's graph.
    struct ServesLink {
        var from: Int
        var to: Int
        /// The supplier's index in `organisation.teams`.
        var team: Int
        /// The link's index in that team's `serves`.
        var position: Int

        /// The `serves` link of edge `edge` of `graph`.
        init(edge: Int, in graph: AnalysisGraph) {
            from = Int(graph.edgeFrom[edge])
            to = Int(graph.edgeTo[edge])
            team = Int(graph.edgeTeam[edge])
            position = Int(graph.edgeEntry[edge])
        }
    }

    /// An implicit support link leader -> team from `reports-to`.
    struct SupportLink {
        var leader: Int
        var team: Int
    }

    let analysis: Analysis
    let options: DiagramOptions
    let ranks: PyramidRanks
    /// Width / height the rows are chosen for (see ``BandRows``).
    var targetAspect = BandRows.Geometry().targetAspect
    /// Whether the diagram is drawn in the wall-chart style (more than
    /// ``DiagramOptions/summaryThreshold`` teams drawn one by one): see
    /// ``WallChart``.
    var wallChart = false

    /// The analysis's graph: node `0 ..< customerCount` are the customers, then the teams.
    var graph: AnalysisGraph { analysis.graph }

    /// Builds the graph; throws when `--focus` names no team or customer, or
    /// ``DiagramOptions/focusDepartment`` no department.
    /// - Parameters:
    ///   - ranks: the analysis's ranks, when already computed.
    ///   - targetAspect: width / height the rows are chosen for.
    static func build(_ analysis: Analysis, options: DiagramOptions, ranks: PyramidRanks? = nil,
                      targetAspect: Double = BandRows.Geometry().targetAspect) throws(RenderError) -> DOTGraph {
        try make(analysis, options: options, ranks: ranks, targetAspect: targetAspect).graph
    }

    /// Builds the graph, like ``build(_:options:ranks:targetAspect:)``, and
    /// says whether it is drawn in the wall-chart style (``WallChart``).
    static func make(_ analysis: Analysis, options: DiagramOptions, ranks: PyramidRanks? = nil,
                     targetAspect: Double = BandRows.Geometry().targetAspect) throws(RenderError) -> (graph: DOTGraph, wallChart: Bool) {
        var builder = PyramidGraphBuilder(analysis: analysis, options: options, ranks: ranks ?? PyramidRanks(analysis), targetAspect: targetAspect)
        var dot: DOTGraph
        if builder.drawsSummary {
            dot = builder.buildSummary()
        } else {
            let included = try builder.includedNodes()
            builder.wallChart = WallChart.applies(teamsDrawn: (0..<builder.graph.nodeCount).count { included[$0] && builder.graph.isTeam($0) })
            dot = builder.build(included: included)
        }
        options.changes?.mark(&dot) // diff/what-if --render: ChangeMarks+Drawing.swift
        return (dot, builder.wallChart)
    }

    /// The team index of a node, or `nil` for a customer.
    func teamOfNode(_ node: Int) -> Int? { graph.isTeam(node) ? graph.team(node) : nil }

    // MARK: - Building

    /// The nodes drawn: all, or those around ``DiagramOptions/focus`` or of
    /// ``DiagramOptions/focusDepartment``.
    private func includedNodes() throws(RenderError) -> [Bool] {
        if let focus = options.focus {
            guard let node = graph.index[focus] else { throw RenderError.unknownFocusTeam(focus) }
            return Focus.nodes(around: Int(node), depth: options.depth, graph: graph)
        } else if let department = options.focusDepartment {
            let members = analysis.organisation.teams.map { ($0.department ?? "") == department }
            guard members.contains(true) else { throw RenderError.unknownFocusDepartment(department) }
            return Focus.nodes(ofDepartment: members, graph: graph)
        }
        return [Bool](repeating: true, count: graph.nodeCount)
    }

    private func build(included: [Bool]) -> DOTGraph {
        // Bands: the pyramid's ranks in use, compressed to 0, 1, 2, ... so
        // no empty band is drawn; then the cut-off group's own ranks below.
        let band = bands(rank: ranks.rank, cutOff: ranks.isCutOff, included: included)
        let groups = groupOrder()
        var items: [BandRows.Item] = []
        var itemNode: [Int] = []
        for node in 0..<graph.nodeCount where included[node] {
            items.append(BandRows.Item(band: band.of[node], group: groups[node], width: estimatedWidth(node)))
            itemNode.append(node)
        }
        var itemOfNode = [Int](repeating: -1, count: graph.nodeCount)
        for (item, node) in itemNode.enumerated() { itemOfNode[node] = item }
        var links: [BandRows.Link] = []
        for edge in 0..<graph.edgeCount {
            let from = itemOfNode[Int(graph.edgeFrom[edge])]
            let to = itemOfNode[Int(graph.edgeTo[edge])]
            guard from >= 0, to >= 0 else { continue }
            let owner = graph.edgeKind[edge] == .support ? from : (graph.isTeam(Int(graph.edgeTo[edge])) ? nil : to)
            links.append(BandRows.Link(from: from, to: to, owner: owner, labelWidth: estimatedLabelWidth(edge)))
        }
        let rows = BandRows(items: items, links: links, geometry: geometry()).rows.map { $0.map { itemNode[$0] } }
        var layer = [Int](repeating: 0, count: graph.nodeCount)
        var order = [Int](repeating: 0, count: graph.nodeCount)
        for (row, members) in rows.enumerated() {
            for node in members { layer[node] = row }
        }
        var position = 0
        for node in rows.joined() {
            order[node] = position
            position += 1
        }

        let maps = findingMaps()
        var graph = DOTGraph(name: "pyramid")
        setUp(&graph)

        // Containers: the root and, with --group-by department, one cluster
        // per department and row, so every department box stays inside its
        // band and the pyramid keeps its shape. Cut-off teams are never in a
        // cluster: they are drawn in rows of their own below the pyramid,
        // headed by a label. (Graphviz 2.43 leaks memory for every cluster on
        // every render, so clusters are only drawn when asked for; see
        // docs/rendering.md.)
        var usedClusterIDs: [String: Int] = [:]
        var clusterCount = -1
        for members in rows {
            var clusters: [(name: String, cluster: DOTSubgraph)] = []
            for node in members {
                let statement = nodeStatement(node, maps: maps)
                guard !ranks.isCutOff[node], let department = department(of: node) else {
                    graph.add(statement)
                    continue
                }
                if clusters.last?.name != department {
                    let slug = "department-" + SVGIdentifier.boundedSlug(department)
                    let seen = usedClusterIDs[slug, default: 0]
                    usedClusterIDs[slug] = seen + 1
                    let id = seen == 0 ? slug : slug + "-\(seen + 1)"
                    clusterCount += 1
                    clusters.append((department, DOTSubgraph.cluster(
                        "department_\(clusterCount)",
                        attributes: clusterAttributes(label: department, id: id, classes: "department"))))
                }
                clusters[clusters.count - 1].cluster.add(statement)
            }
            for cluster in clusters { graph.add(cluster.cluster) }
        }
        let rowBand = rows.map { band.of[$0[0]] }
        // Once bands wrap, links to customers and from leaders that cross
        // rows run through shared trunks.
        var trunkLinks: [Trunks.Link] = []
        if Set(rowBand).count < rowBand.count {
            for edge in 0..<self.graph.edgeCount {
                let from = Int(self.graph.edgeFrom[edge])
                let to = Int(self.graph.edgeTo[edge])
                guard included[from], included[to] else { continue }
                if self.graph.edgeKind[edge] == .support {
                    trunkLinks.append(Trunks.Link(owner: from, partner: to, kind: .support))
                } else if !self.graph.isTeam(to) {
                    trunkLinks.append(Trunks.Link(owner: to, partner: from, kind: .serves))
                }
            }
        }
        let trunks = Trunks(links: trunkLinks, row: layer)
        let owners = Array(0..<self.graph.nodeCount)
        let hubs = trunks.hubs(rowCount: rows.count, owners: owners, name: nodeName)
        // The legend: what this diagram shows, no wider than its widest row.
        let legend = options.legend
            ? Legend.make(legendContents(included: included, maps: maps), maxWidth: min(max(520, rows.map(estimatedRowWidth).max() ?? 0), 1100))
            : nil
        // A labelled link within the last row hangs its label node in the
        // rank below: keep one free above the legend for it.
        let lastRow = rows.count - 1
        let labelBelowLastRow = legend != nil && !wallChart && (0..<self.graph.edgeCount).contains { edge in
            let from = Int(self.graph.edgeFrom[edge]), to = Int(self.graph.edgeTo[edge])
            guard self.graph.edgeKind[edge] == .serves, included[from], included[to] else { return false }
            return layer[from] == lastRow && layer[to] == lastRow && hasLabel(ServesLink(edge: edge, in: self.graph))
        }
        place(rows: rows.map { $0.map(nodeName) }, hubs: hubs, rowBand: rowBand, firstCutOffBand: band.firstCutOff,
              legend: legend, labelBelowLastRow: labelBelowLastRow, into: &graph)
        graph.statements += trunks.statements(owners: owners, name: nodeName)
        /// A link to an owner whose trunk it joins ends at the hub instead.
        func routed(_ edge: DOTEdge, owner: Int, partner: Int) -> DOTEdge {
            guard let row = trunks.hubRow(owner: owner, partner: partner) else { return edge }
            var edge = edge
            let hub = Trunks.hubName(nodeName(owner), row: row)
            if edge.tail == nodeName(owner) { edge.tail = hub } else if edge.head == nodeName(owner) { edge.head = hub }
            // A link joining a customer's trunk has its arrowhead where the trunk meets the customer.
            if !self.graph.isTeam(owner) { edge.attributes.set(.dir, "none") }
            return edge
        }

        // Links: serves in file order, then support links in file order.
        var edgeIDs = EdgeIDs()
        let organisation = analysis.organisation
        for edge in 0..<self.graph.edgeCount where self.graph.edgeKind[edge] == .serves {
            let link = ServesLink(edge: edge, in: self.graph)
            guard included[link.from], included[link.to] else { continue }
            let serves = organisation.teams[link.team].serves[link.position]
            let statements = servesEdge(link, serves, layer: layer, order: order, maps: maps,
                                        id: edgeIDs.unique("link-" + nodeName(link.from) + "-" + nodeName(link.to)))
            // A link to a customer joins its trunk (the segment at the customer, when the link has a label node).
            for statement in statements {
                guard case .edge(let edge) = statement, !self.graph.isTeam(link.to) else {
                    graph.statements.append(statement)
                    continue
                }
                graph.add(routed(edge, owner: link.to, partner: link.from))
            }
        }
        for edge in 0..<self.graph.edgeCount where self.graph.edgeKind[edge] == .support {
            let link = SupportLink(leader: Int(self.graph.edgeFrom[edge]), team: Int(self.graph.edgeTo[edge]))
            guard included[link.leader], included[link.team] else { continue }
            let edge = supportEdge(link, layer: layer, id: edgeIDs.unique("support-" + nodeName(link.leader) + "-" + nodeName(link.team)))
            graph.add(routed(edge, owner: link.leader, partner: link.team))
        }
        return graph
    }

    // MARK: - Layout

    /// The band of every node (pyramid bands first, then the cut-off bands),
    /// keeping only bands with a node in `included`.
    func bands(rank: [Int], cutOff: [Bool], included: [Bool]) -> (of: [Int], firstCutOff: Int) {
        let maxRank = rank.max() ?? 0
        var usedInPyramid = [Bool](repeating: false, count: maxRank + 1)
        var usedCutOff = [Bool](repeating: false, count: maxRank + 1)
        for node in rank.indices where included[node] {
            if cutOff[node] { usedCutOff[rank[node]] = true } else { usedInPyramid[rank[node]] = true }
        }
        var pyramidBand = [Int](repeating: 0, count: maxRank + 1)
        var cutOffBand = [Int](repeating: 0, count: maxRank + 1)
        var count = 0
        for rank in 0...maxRank where usedInPyramid[rank] {
            pyramidBand[rank] = count
            count += 1
        }
        let firstCutOff = count
        for rank in 0...maxRank where usedCutOff[rank] {
            cutOffBand[rank] = count
            count += 1
        }
        return (rank.indices.map { cutOff[$0] ? cutOffBand[rank[$0]] : pyramidBand[rank[$0]] }, firstCutOff)
    }

    /// Per node, the position of its group in a stable order: customers each
    /// on their own; a team's group is its department, else the teams under
    /// the same (first) leader; groups ordered by first appearance in the file.
    func groupOrder() -> [Int] {
        var position: [String: Int] = [:]
        var order = [Int](repeating: 0, count: graph.nodeCount)
        for node in 0..<graph.customerCount { order[node] = node }
        for (team, model) in analysis.organisation.teams.enumerated() {
            let key: String
            if let department = model.department, !department.isEmpty {
                key = "d:" + department
            } else if let leader = model.reportsTo.first {
                key = "l:" + leader.value
            } else {
                key = "t:"
            }
            let next = graph.customerCount + position.count
            order[graph.node(ofTeam: team)] = position[key, default: next]
            if position[key] == nil { position[key] = next }
        }
        return order
    }

    /// A box's width in points, estimated from its label (Helvetica 12 pt
    /// averages about 6.5 pt a character; the box adds its margins).
    func estimatedWidth(_ node: Int) -> Double {
        guard let team = teamOfNode(node) else {
            return max(Double(analysis.organisation.customers[node].name.count) * 6.8 + 44, 70)
        }
        let model = analysis.organisation.teams[team]
        let characters = max(min(model.name.count, 28), 24)
        return max(Double(characters) * 6.5 + 24, 54)
    }

    /// The width of a link's label in points, estimated from its text
    /// (Helvetica 10 pt averages about 5.4 pt a character).
    func estimatedLabelWidth(_ edge: Int) -> Double {
        // A wall chart's link text is an `xlabel`, placed after the layout.
        guard graph.edgeKind[edge] == .serves, !wallChart else { return 0 }
        let link = analysis.organisation.teams[Int(graph.edgeTeam[edge])].serves[Int(graph.edgeEntry[edge])]
        var characters = 0
        if link.status == .broken { characters = 6 }
        if let standard = link.standard {
            characters = max(characters, standard.isBreached ? 14 : 0)
            if options.detail { characters = max(characters, standard.measure.count + 24) }
        }
        if options.detail, let delivers = link.delivers { characters = max(characters, delivers.count) }
        return characters == 0 ? 0 : Double(characters) * 5.4 + 8
    }

    /// The geometry the rows are chosen for.
    func geometry() -> BandRows.Geometry {
        var geometry = BandRows.Geometry()
        geometry.targetAspect = wallChart ? min(targetAspect, WallChart.targetAspect) : targetAspect
        if !options.legend { geometry.fixedHeight -= 150; geometry.minimumWidth = 0 }
        if !options.title { geometry.fixedHeight -= 30 }
        if options.detail { geometry.rowPitch += 30 }
        return geometry
    }

    /// The ruler, the `rank=same` row groups, the cut-off heading and the
    /// legend, for rows of node names (top first) in bands.
    func place(rows: [[String]], hubs: [[String]], rowBand: [Int], firstCutOffBand: Int,
               legend: Legend.Drawing?, labelBelowLastRow: Bool, into graph: inout DOTGraph) {
        var rows = rows
        let wraps = Set(rowBand).count < rowBand.count
        let firstCutOffRow = rowBand.firstIndex { $0 >= firstCutOffBand }
        let cutOffHeading = SVGIdentifier.helper("cut-off")
        if let firstCutOffRow {
            graph.add(cutOffHeadingNode())
            rows[firstCutOffRow].insert(cutOffHeading, at: 0)
        }
        let pyramidRows = rows.count

        // The ruler pins each row; the legend takes rows of its own below.
        // Once a band wraps, the ruler leaves an empty rank between bands,
        // so the rows of one band read as a group.
        rows += legend?.rows ?? []
        for position in rows.indices {
            graph.add(DOTNode(SVGIdentifier.helper("rank-\(position)"), [
                .style: .string("invis"), .shape: .string("point"), .width: .string("0"), .height: .string("0"),
                .label: .string(""),
            ]))
        }
        if let legend { graph.statements += legend.statements }
        for position in 0..<max(rows.count - 1, 0) {
            var attributes: DOTAttributes = [.style: .string("invis"), .weight: .string("10")]
            if wraps, position + 1 < pyramidRows, rowBand[position] != rowBand[position + 1] {
                attributes[.minlen] = .string("2")
            }
            if labelBelowLastRow, position == pyramidRows - 1 { attributes[.minlen] = .string("2") }
            graph.add(DOTEdge(SVGIdentifier.helper("rank-\(position)"), SVGIdentifier.helper("rank-\(position + 1)"), attributes))
        }
        for (position, members) in rows.enumerated() {
            let ruler = SVGIdentifier.helper("rank-\(position)")
            let rowHubs = position < hubs.count ? hubs[position] : []
            var same = DOTSubgraph(name: nil, attributes: [.rank: .string("same")])
            // (With --group-by the department boxes keep their teams
            // together, and chains through them would pull the rows apart.)
            guard wraps, options.grouping == nil, position < pyramidRows else {
                same.add(DOTNode(ruler))
                for name in members + rowHubs { same.add(DOTNode(name)) }
                graph.add(same)
                continue
            }
            // Wrapped rows keep their order, centred on the ruler (with the
            // row's trunk hubs in the middle), so the rows of a band stack
            // into a compact block instead of drifting sideways.
            let half = (members.count + 1) / 2
            let ordered = members[..<half] + [ruler] + rowHubs + members[half...]
            for name in ordered { same.add(DOTNode(name)) }
            graph.add(same)
            for (left, right) in zip(ordered, ordered.dropFirst()) {
                graph.add(DOTEdge(left, right, [.style: .string("invis")]))
            }
        }
        // Keep the heading of the cut-off rows at their left, and tie the
        // cut-off rows and the legend under the middle of the row above:
        // Graphviz otherwise lays parts not connected to the pyramid out
        // beside it and the picture grows wide.
        func middle(_ row: [String]) -> String? { row.isEmpty ? nil : row[row.count / 2] }
        if let firstCutOffRow, rows[firstCutOffRow].count > 1 {
            graph.add(DOTEdge(cutOffHeading, rows[firstCutOffRow][1], [.style: .string("invis")]))
        }
        if let firstCutOffRow, firstCutOffRow > 0, let above = middle(rows[firstCutOffRow - 1]) {
            graph.add(DOTEdge(above, cutOffHeading, [.style: .string("invis")]))
        }
        if let legend, pyramidRows > 0, let above = middle(rows[pyramidRows - 1]), let top = legend.rows.first, !top.isEmpty {
            graph.add(DOTEdge(above, top[top.count / 2], [.style: .string("invis")]))
        }
    }

    /// The root attributes and node and edge defaults.
    func setUp(_ graph: inout DOTGraph) {
        graph.attributes = rootAttributes()
        graph.nodeDefaults = [
            .fontname: .string(Palette.font), .fontsize: .string("12"), .fontcolor: .string(Palette.ink),
            .color: .string(Palette.ink), .penwidth: .string("1.2"), .shape: .string("box"),
            .style: .string("filled"), .margin: .string("0.16,0.07"),
        ]
        graph.edgeDefaults = [
            .fontname: .string(Palette.font), .fontsize: .string("10"), .fontcolor: .string(Palette.mutedInk),
            .color: .string(Palette.ink), .penwidth: .string("1.2"), .arrowsize: .string("0.7"),
        ]
    }

    // MARK: - Pieces

    private func rootAttributes() -> DOTAttributes {
        var attributes: DOTAttributes = [
            .charset: .string("UTF-8"), .newrank: .string("true"), .rankdir: .string("TB"),
            .nodesep: .string("0.3"), .ranksep: .string("0.55"), .pad: .string("0.25"),
            .bgcolor: .string("white"), .fontname: .string(Palette.font), .fontcolor: .string(Palette.ink),
            .fontsize: .string("18"),
        ]
        if wallChart { WallChart.applyLimits(to: &attributes) }
        if options.title {
            func wrapped(_ text: String) -> [DOTLabel.Line] { TextWrap.wrap(text, .title).lines.map { DOTLabel.Line($0) } }
            var lines = wrapped(analysis.organisation.name)
            if let focus = options.focus {
                if let team = analysis.organisation.teams.first(where: { $0.id == focus }) {
                    lines += wrapped("around " + team.name)
                } else if let customer = analysis.organisation.customers.first(where: { $0.id == focus }) {
                    lines += wrapped("serving " + customer.name)
                }
            } else if let department = options.focusDepartment {
                lines = wrapped(analysis.organisation.name + " \u{2014} " + (department.isEmpty ? "No department" : department))
            }
            if let date = options.date, !date.isEmpty { lines.append(DOTLabel.Line(date)) }
            attributes.set(.label, label: DOTLabel(lines: lines))
            attributes.set(.labelloc, "t")
            attributes.set(.labeljust, "c")
        }
        return attributes
    }

    /// Clusters inherit the root's label, id and font size unless they set
    /// their own, so every cluster sets them all.
    private func clusterAttributes(label: String, id: String, classes: String) -> DOTAttributes {
        [
            .label: .label(DOTLabel(centered: TextWrap.wrap(label, .department).lines)), .id: .string(id), .class: .string(classes),
            .fontsize: .string("12"), .fontcolor: .string(Palette.mutedInk), .labelloc: .string("t"),
            .labeljust: .string("l"), .color: .string(Palette.frame), .style: .string("rounded"),
            .penwidth: .string("1"), .margin: .string("12"),
        ]
    }

    /// The department box a node is drawn in with `--group-by department`.
    func department(of node: Int) -> String? {
        guard options.grouping == .department, let team = teamOfNode(node),
              let department = analysis.organisation.teams[team].department, !department.isEmpty
        else { return nil }
        return department
    }

    /// The DOT node name: the id's slug, so hand-edited DOT stays readable.
    func nodeName(_ node: Int) -> String {
        if let team = teamOfNode(node) {
            return SVGIdentifier.slug(analysis.organisation.teams[team].id)
        }
        return SVGIdentifier.slug(analysis.organisation.customers[node].id)
    }
}
