import OrgGraph

/// Turns an analysed organisation into the DOT graph of its inverted pyramid.
///
/// Layout rules: customers on top; teams below them by nominal customer
/// distance and leaders below their reports (``PyramidRanks``); teams cut off
/// from the customer in rows of their own below, under a heading; then the
/// legend. An invisible ruler of one helper node per layer plus `rank=same`
/// groups (with `newrank=true`, so layers hold across clusters) pins every
/// node to its layer, so no link can move a node: links between layers take
/// part in the layout, links within a layer do not. `serves` arrows point up
/// to the customer (down to the leader for upward-facing ones). Statements
/// are added in a canonical order (layer, then file order), since reordering
/// DOT statements changes Graphviz's layout.
struct PyramidGraphBuilder {
    let input: PyramidInput
    let options: DiagramOptions
    let index: PyramidIndex
    let ranks: PyramidRanks

    /// Builds the graph; throws when `--focus` names no team.
    static func build(_ input: PyramidInput, options: DiagramOptions) throws(RenderError) -> DOTGraph {
        let input = options.changes?.merged(into: input) ?? input
        let index = PyramidIndex(input.organisation)
        let builder = PyramidGraphBuilder(input: input, options: options, index: index, ranks: PyramidRanks(input, index: index))
        return try builder.build()
    }

    // MARK: - Building

    private func build() throws(RenderError) -> DOTGraph {
        let organisation = input.organisation
        var included = [Bool](repeating: true, count: index.nodeCount)
        if let focus = options.focus {
            guard let node = index.node[focus], index.teamOfNode(node) != nil else {
                throw RenderError.unknownFocusTeam(focus)
            }
            included = Neighbourhood.nodes(around: node, depth: options.depth, index: index)
        }

        // Layers: the pyramid's ranks in use, compressed to 0, 1, 2, ... so
        // no empty layer is drawn; then the cut-off group's own ranks below.
        let maxRank = ranks.rank.max() ?? 0
        var usedInPyramid = [Bool](repeating: false, count: maxRank + 1)
        var usedCutOff = [Bool](repeating: false, count: maxRank + 1)
        for node in 0..<index.nodeCount where included[node] {
            if ranks.isCutOff[node] { usedCutOff[ranks.rank[node]] = true } else { usedInPyramid[ranks.rank[node]] = true }
        }
        var pyramidLayer = [Int](repeating: 0, count: maxRank + 1)
        var cutOffLayer = [Int](repeating: 0, count: maxRank + 1)
        var layerCount = 0
        for rank in 0...maxRank where usedInPyramid[rank] {
            pyramidLayer[rank] = layerCount
            layerCount += 1
        }
        let firstCutOffLayer = layerCount
        for rank in 0...maxRank where usedCutOff[rank] {
            cutOffLayer[rank] = layerCount
            layerCount += 1
        }
        let layer = (0..<index.nodeCount).map { ranks.isCutOff[$0] ? cutOffLayer[ranks.rank[$0]] : pyramidLayer[ranks.rank[$0]] }

        // Nodes in canonical order: by layer, then customers and teams in file order.
        var byLayer = [[Int]](repeating: [], count: max(layerCount, 1))
        for node in 0..<index.nodeCount where included[node] { byLayer[layer[node]].append(node) }
        let order = byLayer.flatMap { $0 }

        let maps = findingMaps()
        var graph = DOTGraph(name: "pyramid")
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

        // Containers: the root and, with --group-by department, one cluster
        // per department. Cut-off teams are never in a cluster: they are
        // drawn in rows of their own below the pyramid, headed by a label.
        // (Graphviz 2.43 leaks memory for every cluster on every render, so
        // clusters are only drawn when asked for; see docs/rendering.md.)
        let departments = departmentNames(included: included)
        var departmentClusters = departments.enumerated().map { position, name in
            DOTSubgraph.cluster("department_\(position)", attributes: clusterAttributes(
                label: name, id: "department-" + SVGIdentifier.slug(name), classes: "department"))
        }
        for node in order {
            let statement = nodeStatement(node, maps: maps)
            if !ranks.isCutOff[node], let position = departmentPosition(of: node, in: departments) {
                departmentClusters[position].add(statement)
            } else {
                graph.add(statement)
            }
        }
        for cluster in departmentClusters { graph.add(cluster) }
        let hasCutOff = firstCutOffLayer < layerCount
        let cutOffHeading = SVGIdentifier.helper("cut-off")
        if hasCutOff {
            graph.add(DOTNode(cutOffHeading, [
                .id: .string("cut-off"), .class: .string("cut-off-heading"), .shape: .string("plaintext"),
                .style: .string(""), .fontsize: .string("12"), .fontcolor: .string(Palette.error),
                .label: .label(DOTLabel(centered: ["Cut off from", "the customer:"])),
            ]))
        }

        // The ruler pins each layer; the legend takes three layers of its own below.
        let legend = options.legend ? Legend.make() : nil
        let rulerLayers = layerCount + (legend?.rows.count ?? 0)
        for position in 0..<rulerLayers {
            graph.add(DOTNode(SVGIdentifier.helper("rank-\(position)"), [
                .style: .string("invis"), .shape: .string("point"), .width: .string("0"), .height: .string("0"),
                .label: .string(""),
            ]))
        }
        if let legend { graph.statements += legend.statements }
        for position in 0..<max(rulerLayers - 1, 0) {
            graph.add(DOTEdge(SVGIdentifier.helper("rank-\(position)"), SVGIdentifier.helper("rank-\(position + 1)"), [
                .style: .string("invis"), .weight: .string("10"),
            ]))
        }
        var rows = byLayer.prefix(layerCount).map { $0.map(nodeName) }
        if hasCutOff {
            rows[firstCutOffLayer].insert(cutOffHeading, at: 0)
        }
        rows += legend?.rows ?? []
        for (position, members) in rows.enumerated() {
            var same = DOTSubgraph(name: nil, attributes: [.rank: .string("same")])
            same.add(DOTNode(SVGIdentifier.helper("rank-\(position)")))
            for name in members { same.add(DOTNode(name)) }
            graph.add(same)
        }
        // Keep the heading of the cut-off rows at their left, and tie the
        // cut-off rows and the legend under the middle of the layer above:
        // Graphviz otherwise lays parts not connected to the pyramid out
        // beside it and the picture grows wide.
        func middle(_ row: [String]) -> String? { row.isEmpty ? nil : row[row.count / 2] }
        if hasCutOff, rows[firstCutOffLayer].count > 1 {
            graph.add(DOTEdge(cutOffHeading, rows[firstCutOffLayer][1], [.style: .string("invis")]))
        }
        if hasCutOff, firstCutOffLayer > 0, let above = middle(rows[firstCutOffLayer - 1]) {
            graph.add(DOTEdge(above, cutOffHeading, [.style: .string("invis")]))
        }
        if let legend, layerCount > 0, let above = middle(rows[layerCount - 1]), let top = legend.rows.first, !top.isEmpty {
            graph.add(DOTEdge(above, top[top.count / 2], [.style: .string("invis")]))
        }

        // Links: serves in file order, then support links in file order.
        var usedEdgeIDs = Set<String>()
        func uniqueID(_ base: String) -> String {
            var candidate = base
            var suffix = 2
            while !usedEdgeIDs.insert(candidate).inserted {
                candidate = base + "-\(suffix)"
                suffix += 1
            }
            return candidate
        }
        for link in index.serves where included[link.from] && included[link.to] {
            let serves = organisation.teams[link.team].serves[link.position]
            graph.add(servesEdge(link, serves, layer: layer, maps: maps, id: uniqueID("link-" + nodeName(link.from) + "-" + nodeName(link.to))))
        }
        for link in index.supports where included[link.leader] && included[link.team] {
            graph.add(supportEdge(link, layer: layer, id: uniqueID("support-" + nodeName(link.leader) + "-" + nodeName(link.team))))
        }
        return graph
    }

    // MARK: - Pieces

    private func rootAttributes() -> DOTAttributes {
        var attributes: DOTAttributes = [
            .charset: .string("UTF-8"), .newrank: .string("true"), .rankdir: .string("TB"),
            .nodesep: .string("0.3"), .ranksep: .string("0.55"), .pad: .string("0.25"),
            .bgcolor: .string("white"), .fontname: .string(Palette.font), .fontcolor: .string(Palette.ink),
            .fontsize: .string("18"),
        ]
        if options.title {
            var lines = [DOTLabel.Line(input.organisation.name)]
            if let focus = options.focus, let team = input.organisation.teams.first(where: { $0.id == focus }) {
                lines.append(DOTLabel.Line("around " + team.name))
            }
            if let date = options.date, !date.isEmpty { lines.append(DOTLabel.Line(date)) }
            lines += (options.changes?.caption).map { [DOTLabel.Line($0)] } ?? []
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
            .label: .label(DOTLabel(label)), .id: .string(id), .class: .string(classes),
            .fontsize: .string("12"), .fontcolor: .string(Palette.mutedInk), .labelloc: .string("t"),
            .labeljust: .string("l"), .color: .string(Palette.frame), .style: .string("rounded"),
            .penwidth: .string("1"), .margin: .string("12"),
        ]
    }

    private func departmentNames(included: [Bool]) -> [String] {
        guard options.grouping == .department else { return [] }
        var names = Set<String>()
        for (position, team) in input.organisation.teams.enumerated() where included[index.nodeOfTeam(position)] {
            if let department = team.department, !department.isEmpty { names.insert(department) }
        }
        return names.sorted()
    }

    private func departmentPosition(of node: Int, in departments: [String]) -> Int? {
        guard !departments.isEmpty, let team = index.teamOfNode(node),
              let department = input.organisation.teams[team].department
        else { return nil }
        return departments.firstIndexSorted(of: department)
    }

    /// The DOT node name: the id's slug, so hand-edited DOT stays readable.
    func nodeName(_ node: Int) -> String {
        if let team = index.teamOfNode(node) {
            return SVGIdentifier.slug(input.organisation.teams[team].id)
        }
        return SVGIdentifier.slug(input.organisation.customers[node].id)
    }
}

extension Array where Element == String {
    /// Binary search in a sorted array.
    fileprivate func firstIndexSorted(of value: String) -> Int? {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if self[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < count && self[low] == value ? low : nil
    }
}
