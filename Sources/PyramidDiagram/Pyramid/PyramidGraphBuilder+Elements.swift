import OrgGraph

/// The pyramid's elements: how each team, customer and link is drawn
/// (labels, classes and finding marks). The layout (layers, rows, groups)
/// is in PyramidGraphBuilder.swift.
extension PyramidGraphBuilder {
    // MARK: - Facts gathered once

    /// Finding codes per node, and which teams are in error, taken from the
    /// analysis (per-link codes come from ``TeamAnalysis/serves``).
    struct FindingMaps {
        var nodeCodes: [[FindingCode]]
        var inError: [Bool]
    }

    func findingMaps() -> FindingMaps {
        var maps = FindingMaps(
            nodeCodes: Array(repeating: [], count: index.nodeCount),
            inError: Array(repeating: false, count: index.nodeCount)
        )
        for (team, analysis) in input.teams.enumerated() where team < index.teamCount {
            let node = index.nodeOfTeam(team)
            maps.nodeCodes[node] = analysis.findingCodes
            // Any error (no path, chain broken, upward facing) puts the team in error.
            maps.inError[node] = analysis.findingCodes.contains { $0.severity == .error }
        }
        for finding in input.findings {
            if let customer = finding.customer, let node = index.node[customer], index.teamOfNode(node) == nil {
                maps.nodeCodes[node].append(finding.code)
            }
        }
        return maps
    }

    /// The finding codes of a `serves` link.
    func linkCodes(_ link: PyramidIndex.ServesLink) -> [FindingCode] {
        guard link.team < input.teams.count, link.position < input.teams[link.team].serves.count else { return [] }
        return input.teams[link.team].serves[link.position].findingCodes
    }

    // MARK: - Elements

    func nodeStatement(_ node: Int, maps: FindingMaps) -> DOTNode {
        var attributes = DOTAttributes()
        guard let team = index.teamOfNode(node) else {
            let customer = input.organisation.customers[node]
            attributes.set(.id, "customer-" + nodeName(node))
            attributes.set(.class, (["customer"] + PyramidStyle.findingClasses(maps.nodeCodes[node])).joined(separator: " "))
            attributes.set(.label, label: DOTLabel(centered: [customer.name] + (options.changes?.lines(for: customer.id) ?? [])))
            PyramidStyle.applyCustomer(unserved: maps.nodeCodes[node].contains(.unservedCustomer), to: &attributes)
            options.changes?.styleNode(customer.id, &attributes)
            return DOTNode(nodeName(node), attributes)
        }
        let model = input.organisation.teams[team]
        let analysis = team < input.teams.count ? input.teams[team] : nil
        let tier = analysis?.tier ?? model.declaredTier ?? .support
        let spof = (analysis?.isSinglePointOfFailure ?? false) || maps.nodeCodes[node].contains(.singlePointOfFailure)
        let inError = maps.inError[node]

        var lines = [DOTLabel.Line(model.name)]
        let tierText = PyramidStyle.text(tier)
        if let headcount = model.headcount {
            lines.append(DOTLabel.Line("\(headcount) " + (headcount == 1 ? "person" : "people") + " · " + tierText))
        } else {
            lines.append(DOTLabel.Line(tierText))
        }
        PyramidStyle.apply(tier, to: &attributes)
        attributes.set(.id, "team-" + nodeName(node))
        let focused = options.focus == model.id
        var classes = PyramidStyle.teamClasses(
            tier: tier, codes: maps.nodeCodes[node], inError: inError, singlePointOfFailure: spof, cutOff: ranks.isCutOff[node])
        if focused {
            classes += " focus"
            attributes.set(.penwidth, "2.4")
        }
        attributes.set(.class, classes)
        lines += (options.changes?.lines(for: model.id) ?? []).map { DOTLabel.Line($0) }
        attributes.set(.label, label: DOTLabel(lines: lines))
        if inError { PyramidStyle.applyError(to: &attributes) }
        if spof { PyramidStyle.applySinglePointOfFailure(to: &attributes) }
        options.changes?.styleNode(model.id, &attributes)
        return DOTNode(nodeName(node), attributes)
    }

    func servesEdge(_ link: PyramidIndex.ServesLink, _ serves: ServiceLink, layer: [Int], maps: FindingMaps, id: String) -> DOTEdge {
        let codes = linkCodes(link)
        let broken = serves.status == .broken
        let breach = serves.standard.flatMap(LinkLabels.breach)
        let upward = codes.contains(.upwardFacing)
        let away = codes.contains(.awayFromCustomer)

        var lines: [String] = []
        if broken { lines.append("broken") }
        if let breach { lines.append(breach) }
        // Upward-facing and away-from-customer links are told apart by colour,
        // thickness and arrowheads (see the legend), not by text: a model
        // with many of them would otherwise drown in repeated labels.
        if options.detail {
            if let delivers = serves.delivers, !delivers.isEmpty { lines.append(delivers) }
            if let standard = serves.standard, !standard.isBreached { lines.append(LinkLabels.detail(standard)) }
            if let standard = serves.standard, standard.isBreached { lines.append(standard.measure) }
        }

        var classes = ["serves"]
        if broken { classes.append("broken") }
        if breach != nil { classes.append("breached") }
        classes += PyramidStyle.findingClasses(codes)

        var attributes: DOTAttributes = [.id: .string(id), .class: .string(classes.joined(separator: " "))]
        PyramidStyle.applyServes(failing: broken || breach != nil, upward: upward, away: away, to: &attributes)
        options.changes?.styleLink(from: input.organisation.teams[link.team].id, to: serves.to, &attributes)
        if !lines.isEmpty {
            // A label on a link between two nodes of the same layer (a "flat"
            // edge) makes Graphviz 2.43's dot layout reallocate a rank array
            // it later frees through a stale pointer: gvFreeLayout then
            // corrupts the heap (seen as "double free" aborts). Such links
            // carry an external label, placed after layout, instead.
            let flat = layer[link.from] == layer[link.to]
            attributes.set(flat ? .xlabel : .label, label: DOTLabel(centered: lines))
        }

        // Arrows point up to the customer: a link to a higher layer is written
        // top-down with the arrowhead at its tail. A link to a lower layer
        // (upward-facing: the team serves its leader, who sits below it) is
        // written as is, also top-down. Every layer is already pinned by the
        // ruler, so such links take part in the layout without moving any
        // node to another layer; only links within one layer are left out.
        if layer[link.to] < layer[link.from] {
            attributes.set(.dir, "back")
            return DOTEdge(nodeName(link.to), nodeName(link.from), attributes)
        }
        if layer[link.to] == layer[link.from] {
            // A link within one layer is written from the node declared first
            // (left) to the one declared later, with the arrowhead turned
            // when the link runs the other way: dot 2.43 reverses a flat edge
            // that runs right to left, and leaks the reversed copy on every
            // render (flat_rev).
            attributes.set(.constraint, "false")
            if link.to < link.from {
                attributes.set(.dir, "back")
                return DOTEdge(nodeName(link.to), nodeName(link.from), attributes)
            }
        }
        return DOTEdge(nodeName(link.from), nodeName(link.to), attributes)
    }

    func supportEdge(_ link: PyramidIndex.SupportLink, layer: [Int], id: String) -> DOTEdge {
        var attributes: DOTAttributes = [.id: .string(id), .class: .string("support")]
        PyramidStyle.applySupport(to: &attributes)
        // The leader sits below the team (its layer is one more than its
        // lowest report's), so the link is drawn from the team down with the
        // arrowhead at the team, pointing up. The ranks are already pinned by
        // the ruler and this link agrees with them, so it may take part in
        // the layout: that keeps leaders under the teams they support.
        if layer[link.team] < layer[link.leader] {
            attributes.set(.dir, "back")
            attributes.set(.weight, "1")
            return DOTEdge(nodeName(link.team), nodeName(link.leader), attributes)
        }
        attributes.set(.constraint, "false")
        return DOTEdge(nodeName(link.leader), nodeName(link.team), attributes)
    }
}
