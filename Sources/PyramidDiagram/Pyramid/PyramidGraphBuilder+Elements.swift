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
            nodeCodes: Array(repeating: [], count: graph.nodeCount),
            inError: Array(repeating: false, count: graph.nodeCount)
        )
        for (team, analysis) in analysis.teams.enumerated() where team < graph.teamCount {
            let node = graph.node(ofTeam: team)
            maps.nodeCodes[node] = analysis.findingCodes
            // Any error (no path, chain broken, upward facing) puts the team in error.
            maps.inError[node] = analysis.findingCodes.contains { $0.severity == .error }
        }
        for finding in analysis.findings {
            if let customer = finding.customer, let node = graph.index[customer].map(Int.init), !graph.isTeam(node) {
                maps.nodeCodes[node].append(finding.code)
            }
        }
        return maps
    }

    /// The finding codes of a `serves` link.
    func linkCodes(_ link: ServesLink) -> [FindingCode] {
        analysis.linkFindingCodes(team: link.team, entry: link.position)
    }

    // MARK: - Elements

    func nodeStatement(_ node: Int, maps: FindingMaps) -> DOTNode {
        var attributes = DOTAttributes()
        let codes = maps.nodeCodes[node]
        guard let team = teamOfNode(node) else {
            let customer = analysis.organisation.customers[node]
            attributes.set(.id, "customer-" + nodeName(node))
            attributes.set(.class, (["customer"] + PyramidStyle.findingClasses(codes)).joined(separator: " "))
            let name = TextWrap.wrap(customer.name, .name)
            attributes.set(.label, label: DOTLabel(centered: name.lines + FindingMarks.badges(codes, on: .customer)))
            if name.truncated { attributes[.tooltip] = .tooltip(TextWrap.tooltip(customer.name)) }
            PyramidStyle.applyCustomer(to: &attributes)
            FindingMarks.apply(codes, on: .customer, to: &attributes)
            return DOTNode(nodeName(node), attributes)
        }
        let model = analysis.organisation.teams[team]
        let analysis = team < analysis.teams.count ? analysis.teams[team] : nil
        let tier = analysis?.tier ?? model.declaredTier ?? .support
        let spof = (analysis?.isSinglePointOfFailure ?? false) || codes.contains(.singlePointOfFailure)
        let inError = maps.inError[node]

        // The name wrapped and capped, a line with headcount and tier, then
        // the badges of the findings about the team (``FindingMarks``).
        let name = TextWrap.wrap(model.name, .name)
        var lines = name.lines
        let tierText = PyramidStyle.text(tier)
        if let headcount = model.headcount {
            lines.append("\(headcount) " + (headcount == 1 ? "person" : "people") + " · " + tierText)
        } else {
            lines.append(tierText)
        }
        lines += FindingMarks.badges(codes, on: .team)
        let focused = options.focus == model.id
        if focused { lines.append(FindingMarks.focusBadge) }
        if name.truncated { attributes[.tooltip] = .tooltip(TextWrap.tooltip(model.name)) }
        PyramidStyle.apply(tier, to: &attributes)
        attributes.set(.id, "team-" + nodeName(node))
        var classes = PyramidStyle.teamClasses(
            tier: tier, codes: codes, inError: inError, singlePointOfFailure: spof, cutOff: ranks.isCutOff[node])
        attributes.set(.label, label: DOTLabel(centered: lines))
        FindingMarks.apply(codes, on: .team, to: &attributes)
        if inError { FindingMarks.applyError(&attributes) }
        if spof, !codes.contains(.singlePointOfFailure) { FindingMarks.mark(.singlePointOfFailure).apply(&attributes) }
        if focused {
            classes += " focus"
            FindingMarks.applyFocus(to: &attributes)
        }
        attributes.set(.class, classes)
        return DOTNode(nodeName(node), attributes)
    }

    /// Whether a `serves` link carries text (so is drawn through a label node).
    func hasLabel(_ link: ServesLink) -> Bool {
        let serves = analysis.organisation.teams[link.team].serves[link.position]
        if serves.status == .broken || serves.standard.flatMap(LinkLabels.breach) != nil { return true }
        return options.detail && (!(serves.delivers ?? "").isEmpty || serves.standard != nil)
    }

    /// A `serves` link: one arrow, or, when it carries text, two segments
    /// meeting at a small label node of its own (see ``labelledLink``).
    func servesEdge(_ link: ServesLink, _ serves: ServiceLink, layer: [Int], order: [Int], maps: FindingMaps, id: String) -> [DOTStatement] {
        let codes = linkCodes(link)
        let broken = serves.status == .broken
        let breach = serves.standard.flatMap(LinkLabels.breach)

        var lines: [String] = []
        var truncated = false
        var full: [String] = []
        if broken { lines.append("broken") }
        if let breach { lines.append(breach) }
        // Upward-facing and away-from-customer links are told apart by colour,
        // thickness and arrowheads (see the legend), not by text: a model
        // with many of them would otherwise drown in repeated labels.
        if options.detail {
            var details: [String] = []
            if let delivers = serves.delivers, !delivers.isEmpty { details.append(delivers) }
            if let standard = serves.standard { details.append(standard.isBreached ? standard.measure : LinkLabels.detail(standard)) }
            for text in details {
                let wrapped = TextWrap.wrap(text, .linkDetail)
                lines += wrapped.lines
                truncated = truncated || wrapped.truncated
                full.append(text)
            }
        }

        var classes = ["serves"]
        if broken { classes.append("broken") }
        if breach != nil { classes.append("breached") }
        classes += PyramidStyle.findingClasses(codes)

        var attributes: DOTAttributes = [.class: .string(classes.joined(separator: " "))]
        FindingMarks.apply(codes, on: .link, to: &attributes)
        if broken, !codes.contains(.standardBreached) { FindingMarks.applyBroken(to: &attributes) }
        let tooltip = truncated ? TextWrap.tooltip(((broken ? ["broken"] : []) + (breach.map { [$0] } ?? []) + full).joined(separator: "; ")) : nil
        if !lines.isEmpty, wallChart {
            // A wall chart: the text beside the link (``WallChart``).
            attributes.set(.xlabel, label: DOTLabel(centered: lines))
            if let tooltip { attributes[.tooltip] = .tooltip(tooltip) }
        } else if !lines.isEmpty {
            return labelledLink(link, layer: layer, order: order, attributes: attributes, label: DOTLabel(centered: lines), tooltip: tooltip, id: id)
        }
        attributes.set(.id, id)

        // Arrows point up to the customer: a link to a higher layer is written
        // top-down with the arrowhead at its tail. A link to a lower layer
        // (upward-facing: the team serves its leader, who sits below it) is
        // written as is, also top-down. Every layer is already pinned by the
        // ruler, so such links take part in the layout without moving any
        // node to another layer; only links within one layer are left out.
        if layer[link.to] < layer[link.from] {
            attributes.set(.dir, "back")
            return [.edge(DOTEdge(nodeName(link.to), nodeName(link.from), attributes))]
        }
        if layer[link.to] == layer[link.from] {
            // A link within one layer is written from the node declared first
            // (left) to the one declared later, with the arrowhead turned
            // when the link runs the other way: dot 2.43 reverses a flat edge
            // that runs right to left, and leaks the reversed copy on every
            // render (flat_rev).
            attributes.set(.constraint, "false")
            if order[link.to] < order[link.from] {
                attributes.set(.dir, "back")
                return [.edge(DOTEdge(nodeName(link.to), nodeName(link.from), attributes))]
            }
        }
        return [.edge(DOTEdge(nodeName(link.from), nodeName(link.to), attributes))]
    }

    /// A link with text: the text is a small node of its own (white,
    /// unframed, in the link's colour), and the link two segments through
    /// it, both written top-down: the upper end to the label, the label to
    /// the lower end, or, for a link within one layer, both ends down to a
    /// label below them. The arrowhead sits on the segment at the customer
    /// end (`id`); the supplier's segment is `id~supplier`, the label
    /// `id~label`.
    ///
    /// Measured on org-models/ (docs/rendering.md): dot's own edge labels
    /// (and `xlabel`s on links within a layer) were crossed by other links 6
    /// times in the default renders and 84 times with `--detail`; a real
    /// node is routed around like any box, and no labelled link lies within
    /// one layer (which also keeps clear of dot 2.43's heap corruption on
    /// labelled flat edges). Rows that wrap change nothing here.
    func labelledLink(
        _ link: ServesLink, layer: [Int], order: [Int], attributes: DOTAttributes, label: DOTLabel, tooltip: String?, id: String
    ) -> [DOTStatement] {
        let labelName = SVGIdentifier.helper("label-" + id)
        var node: DOTAttributes = [
            .id: .string(id + "~label"), .shape: .string("plaintext"), .style: .string("filled"),
            .fillcolor: .string("white"), .fontsize: .string("10"), .margin: .string("0.04,0.02"),
            .width: .string("0"), .height: .string("0"),
        ]
        node[.class] = attributes[.class].map { value in
            if case .string(let classes) = value { return .string("link-label " + classes) }
            return value
        }
        node[.fontcolor] = attributes[.fontcolor] ?? .string(Palette.mutedInk)
        node.set(.label, label: label)
        if let tooltip { node[.tooltip] = .tooltip(tooltip) }

        var customerEnd = attributes
        customerEnd.set(.id, id)
        customerEnd[.fontcolor] = nil
        var supplierEnd = customerEnd
        supplierEnd.set(.id, id + "~supplier")
        supplierEnd.set(.dir, "none")
        supplierEnd[.arrowhead] = nil
        supplierEnd[.arrowtail] = nil

        let from = nodeName(link.from), to = nodeName(link.to)
        var segments: [DOTEdge]
        if layer[link.to] < layer[link.from] {
            // Customer above: customer -> label (head at the customer), label -> supplier.
            customerEnd.set(.dir, "back")
            segments = [DOTEdge(to, labelName, customerEnd), DOTEdge(labelName, from, supplierEnd)]
        } else if layer[link.to] > layer[link.from] {
            // Upward-facing: the leader served sits below.
            customerEnd.set(.dir, "forward")
            segments = [DOTEdge(from, labelName, supplierEnd), DOTEdge(labelName, to, customerEnd)]
        } else {
            customerEnd.set(.dir, "back")
            segments = order[link.to] < order[link.from]
                ? [DOTEdge(to, labelName, customerEnd), DOTEdge(from, labelName, supplierEnd)]
                : [DOTEdge(from, labelName, supplierEnd), DOTEdge(to, labelName, customerEnd)]
        }
        return [.node(DOTNode(labelName, node))] + segments.map { .edge($0) }
    }

    /// The heading of the rows of teams cut off from the customer.
    func cutOffHeadingNode() -> DOTNode {
        DOTNode(SVGIdentifier.helper("cut-off"), [
            .id: .string("cut-off"), .class: .string("cut-off-heading"), .shape: .string("plaintext"),
            .style: .string(""), .fontsize: .string("12"), .fontcolor: .string(Palette.error),
            .label: .label(DOTLabel(centered: ["Cut off from", "the customer:"])),
        ])
    }

    func supportEdge(_ link: SupportLink, layer: [Int], id: String) -> DOTEdge {
        var attributes: DOTAttributes = [.id: .string(id), .class: .string("support")]
        PyramidStyle.applySupport(to: &attributes)
        // The leader sits below the team (its layer is one more than its
        // lowest report's), so the link is drawn from the team down with the
        // arrowhead at the team, pointing up. The ranks are already pinned by
        // the ruler and this link agrees with them, so it may take part in
        // the layout: that keeps leaders under the teams they support.
        if layer[link.team] < layer[link.leader] {
            attributes.set(.dir, "back")
            // In a wall chart, support links do not pull on the rows they span (``WallChart``).
            if wallChart { attributes.set(.constraint, "false") }
            attributes.set(.weight, "1")
            return DOTEdge(nodeName(link.team), nodeName(link.leader), attributes)
        }
        attributes.set(.constraint, "false")
        return DOTEdge(nodeName(link.leader), nodeName(link.team), attributes)
    }
}

extension PyramidGraphBuilder {
    // MARK: - What the legend explains

    /// What the diagram of the `included` nodes shows, for ``Legend``.
    func legendContents(included: [Bool], maps: FindingMaps) -> Legend.Contents {
        var contents = Legend.Contents()
        for node in 0..<graph.nodeCount where included[node] {
            let codes = maps.nodeCodes[node]
            guard let team = teamOfNode(node) else {
                contents.customers = true
                contents.codes.formUnion(codes.filter { FindingMarks.mark($0).target == .customer })
                continue
            }
            let teamAnalysis = team < analysis.teams.count ? analysis.teams[team] : nil
            contents.tiers.insert(teamAnalysis?.tier ?? analysis.organisation.teams[team].declaredTier ?? .support)
            contents.codes.formUnion(codes.filter { FindingMarks.mark($0).target == .team })
            if teamAnalysis?.isSinglePointOfFailure ?? false { contents.codes.insert(.singlePointOfFailure) }
            contents.teamInError = contents.teamInError || maps.inError[node]
            contents.cutOff = contents.cutOff || ranks.isCutOff[node]
            if options.focus == analysis.organisation.teams[team].id { contents.focus = true }
        }
        for edge in 0..<graph.edgeCount {
            let from = Int(graph.edgeFrom[edge]), to = Int(graph.edgeTo[edge])
            guard included[from], included[to] else { continue }
            guard graph.edgeKind[edge] == .serves else {
                contents.supports = true
                continue
            }
            let link = ServesLink(edge: edge, in: graph)
            contents.serves = true
            contents.codes.formUnion(linkCodes(link).filter { FindingMarks.mark($0).target == .link })
            let serves = analysis.organisation.teams[link.team].serves[link.position]
            if serves.status == .broken || serves.standard?.isBreached == true { contents.failingLink = true }
        }
        return contents
    }

    /// A rough width of a row of nodes in points (12 pt text, 0.5 em a
    /// character, the box margins and the space between nodes), so the
    /// legend can wrap to the diagram's width (customers' ovals are wider).
    func estimatedRowWidth(_ row: [Int]) -> Double {
        row.reduce(0) { total, node in
            // A team's second line ("12 people · front line") is about 22 characters.
            guard let team = teamOfNode(node) else {
                let longest = max(min(analysis.organisation.customers[node].name.count, TextWrap.Kind.name.width), 10)
                return total + Double(longest) * 12 * 0.5 * 1.4 + 24 + 22
            }
            let longest = max(min(analysis.organisation.teams[team].name.count, TextWrap.Kind.name.width), 22)
            return total + Double(longest) * 12 * 0.5 + 24 + 22
        }
    }
}
