import OrgGraph

/// How ``ChangeMarks`` are drawn. The pyramid is built as usual; then, in
/// one pass over the finished graph (``mark(_:)``, called once by
/// ``PyramidGraphBuilder/build(_:options:ranks:targetAspect:)``), the nodes
/// and links that changed are recoloured by their SVG id, the lines saying
/// how they changed are added to their labels, and the removed parts are
/// added back as grey, dashed ghosts tied to the nodes they were linked to.
extension ChangeMarks {
    /// Green for added parts.
    static let addedColour = "#2e7d32"
    /// Amber for changed parts (lighter than the upward-facing links' amber).
    static let changedColour = "#e0a100"
    /// Grey for removed parts.
    static let removedColour = "#9aa5b1"

    /// Marks the changes in a pyramid's graph. Linear in the graph's statements.
    func mark(_ graph: inout DOTGraph) {
        var nodeIDs: [String: String] = [:]
        for id in nodes.keys { nodeIDs["team-" + SVGIdentifier.slug(id)] = id; nodeIDs["customer-" + SVGIdentifier.slug(id)] = id }
        for id in fixed.keys { nodeIDs["team-" + SVGIdentifier.slug(id)] = id; nodeIDs["customer-" + SVGIdentifier.slug(id)] = id }
        for id in introduced.keys { nodeIDs["team-" + SVGIdentifier.slug(id)] = id; nodeIDs["customer-" + SVGIdentifier.slug(id)] = id }
        var linkIDs: [String: Kind] = [:]
        for (link, kind) in links where kind != .removed {
            linkIDs[Self.linkID(from: link.from, to: link.to)] = kind
        }
        var drawn = Set<String>()
        var drawsTeams = false
        mark(&graph.statements, nodeIDs: nodeIDs, linkIDs: linkIDs, drawn: &drawn, drawsTeams: &drawsTeams)

        if case .label(var title)? = graph.attributes[.label] {
            title.lines += TextWrap.wrap(caption, .title).lines.map { DOTLabel.Line($0) }
            graph.attributes.set(.label, label: title)
        }
        // A summary (no team drawn one by one) has nowhere to tie ghosts to.
        guard drawsTeams else { return }
        addGhosts(to: &graph, drawn: &drawn)
    }

    private func mark(
        _ statements: inout [DOTStatement], nodeIDs: [String: String], linkIDs: [String: Kind],
        drawn: inout Set<String>, drawsTeams: inout Bool
    ) {
        for i in statements.indices {
            switch statements[i] {
            case .node(var node):
                guard let id = Self.string(node.attributes[.id]) else { continue }
                if id.hasPrefix("team-") { drawsTeams = true }
                if id.hasPrefix("team-") || id.hasPrefix("customer-") { drawn.insert(node.name) }
                if let model = nodeIDs[id] {
                    if case .label(var label)? = node.attributes[.label] {
                        label.lines += lines(for: model).map { DOTLabel.Line($0) }
                        node.attributes.set(.label, label: label)
                    }
                    styleNode(model, &node.attributes)
                } else if let kind = linkIDs[Self.linkBase(id)] {
                    // The label node of a labelled link: its text in the link's colour.
                    Self.addClasses(["change-" + kind.rawValue], to: &node.attributes)
                    node.attributes.set(.fontcolor, Self.colour(kind))
                } else {
                    continue
                }
                statements[i] = .node(node)
            case .edge(var edge):
                guard let id = Self.string(edge.attributes[.id]), let kind = linkIDs[Self.linkBase(id)] else { continue }
                Self.styleLink(kind, &edge.attributes)
                statements[i] = .edge(edge)
            case .subgraph(var subgraph):
                mark(&subgraph.statements, nodeIDs: nodeIDs, linkIDs: linkIDs, drawn: &drawn, drawsTeams: &drawsTeams)
                statements[i] = .subgraph(subgraph)
            }
        }
    }

    /// The removed customers, teams and links, after everything else.
    /// A ghost link whose supplier is a ghost places it (one row below what
    /// it served); a ghost link between two drawn nodes does not take part
    /// in the layout, so the pyramid's rows stay as they are.
    private func addGhosts(to graph: inout DOTGraph, drawn: inout Set<String>) {
        var ghosts = Set<String>()
        for customer in ghostCustomers {
            let name = SVGIdentifier.slug(customer.id)
            guard drawn.insert(name).inserted else { continue }
            ghosts.insert(name)
            var attributes: DOTAttributes = [.id: .string("customer-" + name), .class: .string("customer")]
            PyramidStyle.applyCustomer(to: &attributes)
            attributes.set(.label, label: DOTLabel(centered: TextWrap.wrap(customer.name, .name).lines + lines(for: customer.id)))
            styleNode(customer.id, &attributes)
            graph.add(DOTNode(name, attributes))
        }
        for ghost in ghostTeams {
            let name = SVGIdentifier.slug(ghost.team.id)
            guard drawn.insert(name).inserted else { continue }
            ghosts.insert(name)
            var attributes: DOTAttributes = [.id: .string("team-" + name), .class: .string("team tier-" + ghost.tier.rawValue)]
            PyramidStyle.apply(ghost.tier, to: &attributes)
            var text = TextWrap.wrap(ghost.team.name, .name).lines
            text.append((ghost.team.headcount.map { "\($0) " + ($0 == 1 ? "person" : "people") + " · " } ?? "") + PyramidStyle.text(ghost.tier))
            attributes.set(.label, label: DOTLabel(centered: text + lines(for: ghost.team.id)))
            styleNode(ghost.team.id, &attributes)
            graph.add(DOTNode(name, attributes))
        }
        var used = Set<String>()
        for ghost in ghostLinks {
            let from = SVGIdentifier.slug(ghost.team), to = SVGIdentifier.slug(ghost.link.to)
            guard drawn.contains(from), drawn.contains(to) else { continue }
            var id = Self.linkID(from: ghost.team, to: ghost.link.to)
            while !used.insert(id).inserted { id += "-ghost" }
            var attributes: DOTAttributes = [.id: .string(id), .class: .string("serves"), .dir: .string("back")]
            if !ghosts.contains(from), !ghosts.contains(to) { attributes.set(.constraint, "false") }
            Self.styleLink(.removed, &attributes)
            // Written customer first, arrowhead at the customer, as the pyramid's own links.
            graph.add(DOTEdge(to, from, attributes))
        }
        for ghost in ghostTeams where ghosts.contains(SVGIdentifier.slug(ghost.team.id)) {
            let team = SVGIdentifier.slug(ghost.team.id)
            for leader in ghost.team.reportsTo where drawn.contains(SVGIdentifier.slug(leader.value)) {
                let name = SVGIdentifier.slug(leader.value)
                var attributes: DOTAttributes = [
                    .id: .string("support-" + name + "-" + team), .class: .string("support"),
                    .dir: .string("back"), .constraint: .string("false"),
                ]
                PyramidStyle.applySupport(to: &attributes)
                Self.styleLink(.removed, &attributes)
                attributes.set(.style, "dotted")
                graph.add(DOTEdge(team, name, attributes))
            }
        }
    }

    /// The lines added under a team's or customer's name: how it changed,
    /// and the findings fixed and introduced about it.
    func lines(for id: String) -> [String] {
        var lines: [String] = []
        switch nodes[id] {
        case .added?: lines.append("+ added")
        case .removed?: lines.append("- removed")
        case .changed?: lines.append("~ changed")
        case nil: break
        }
        if let codes = fixed[id], !codes.isEmpty { lines.append("fixed: " + Self.codes(codes)) }
        if let codes = introduced[id], !codes.isEmpty { lines.append("new: " + Self.codes(codes)) }
        return lines
    }

    /// Colours a team or customer: added green, changed amber (both thick),
    /// removed grey and dashed; a class `change-KIND`, and
    /// `finding-fixed`/`finding-introduced` when findings changed.
    func styleNode(_ id: String, _ attributes: inout DOTAttributes) {
        var classes: [String] = []
        if let kind = nodes[id] {
            classes.append("change-" + kind.rawValue)
            attributes.set(.color, Self.colour(kind))
            switch kind {
            case .added, .changed:
                attributes.set(.penwidth, "3")
            case .removed:
                attributes.set(.fontcolor, Self.removedColour)
                attributes.set(.fillcolor, "#f7f7f7")
                let style = Self.string(attributes[.style]) ?? "filled"
                attributes.set(.style, style.contains("dashed") ? style : style + ",dashed")
                attributes.set(.penwidth, "1.5")
            }
        }
        if fixed[id] != nil { classes.append("finding-fixed") }
        if introduced[id] != nil { classes.append("finding-introduced") }
        Self.addClasses(classes, to: &attributes)
    }

    /// Colours a link like its change (removed: grey and dashed).
    static func styleLink(_ kind: Kind, _ attributes: inout DOTAttributes) {
        addClasses(["change-" + kind.rawValue], to: &attributes)
        attributes.set(.color, colour(kind))
        switch kind {
        case .added, .changed:
            attributes.set(.penwidth, "2.5")
        case .removed:
            attributes.set(.fontcolor, removedColour)
            attributes.set(.style, "dashed")
            attributes.set(.penwidth, "1.2")
        }
    }

    private static func colour(_ kind: Kind) -> String {
        switch kind {
        case .added: addedColour
        case .changed: changedColour
        case .removed: removedColour
        }
    }

    /// The SVG id the pyramid gives a `serves` link.
    private static func linkID(from: String, to: String) -> String {
        "link-" + SVGIdentifier.slug(from) + "-" + SVGIdentifier.slug(to)
    }

    /// A link's id without the suffix of its supplier segment or label node.
    private static func linkBase(_ id: String) -> String {
        guard let tilde = id.firstIndex(of: "~") else { return id }
        return String(id[..<tilde])
    }

    private static func codes(_ codes: [FindingCode]) -> String {
        var seen = Set<FindingCode>()
        return codes.filter { seen.insert($0).inserted }.map(\.rawValue).joined(separator: ", ")
    }

    private static func string(_ value: DOTValue?) -> String? {
        if case .string(let text)? = value { return text }
        return nil
    }

    private static func addClasses(_ classes: [String], to attributes: inout DOTAttributes) {
        guard !classes.isEmpty else { return }
        let existing = string(attributes[.class]).map { [$0] } ?? []
        attributes.set(.class, (existing + classes).joined(separator: " "))
    }
}
