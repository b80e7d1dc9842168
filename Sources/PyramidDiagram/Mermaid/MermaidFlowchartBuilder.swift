import OrgGraph

/// Writes the lines of a ``MermaidFlowchart``: the layers with their nodes,
/// the links, the invisible ties that hold the layers in order, and the
/// classes and link styles. Each step is one pass over nodes or links.
struct MermaidFlowchartBuilder {
    let analysis: Analysis
    let options: MermaidOptions
    /// The analysis's own graph: node `0 ..< customerCount` are the customers, then the teams.
    var graph: AnalysisGraph { analysis.graph }
    /// Per node: whether it is drawn (all, or the `--focus` neighbourhood).
    let included: [Bool]
    /// The nodes of each layer (end customers, front line, support, leadership), in file order.
    private(set) var layerNodes: [[Int]] = Array(repeating: [], count: 4)
    /// Per node: its layer, or `nil` when it is not drawn.
    private(set) var layerOf: [Int?]
    /// The flowchart so far, one line each.
    private(set) var lines = [
        "%% The inverted pyramid: end customers on top, leaders at the base;",
        "%% arrows run from supplier to customer. Written by pyramid export.",
        "flowchart BT",
    ]
    /// The links written so far, invisible ones included: Mermaid counts them all.
    private(set) var edgeCount = 0
    private var styles = MermaidStyle.LinkStyles()

    static let layerTitles = [("customers", "End customers"), ("front-line", "Front line"), ("support", "Support"), ("leadership", "Leadership")]

    init(_ analysis: Analysis, options: MermaidOptions) throws(MermaidError) {
        self.analysis = analysis
        self.options = options
        let graph = analysis.graph
        if let focus = options.focus {
            guard let node = graph.index[focus] else { throw MermaidError.unknownFocusTeam(focus) }
            included = Focus.nodes(around: Int(node), depth: options.depth, graph: graph)
        } else {
            included = [Bool](repeating: true, count: graph.nodeCount)
        }
        layerOf = [Int?](repeating: nil, count: graph.nodeCount)
    }

    /// `c1` for the first customer, `t1` for the first team.
    func nodeID(_ node: Int) -> String {
        if graph.isTeam(node) { return "t\(graph.team(node) + 1)" }
        return "c\(node + 1)"
    }

    /// The tier shown for team `position`: the analysis's, which is the
    /// declared tier or the inferred one.
    private func tier(ofTeam position: Int) -> Tier {
        position < analysis.teams.count ? analysis.teams[position].tier : (analysis.organisation.teams[position].declaredTier ?? .support)
    }

    // MARK: - Layers

    /// One subgraph per layer that has a node, drawn as a white box.
    mutating func addLayers() {
        let organisation = analysis.organisation
        var layers: [[String]] = Array(repeating: [], count: 4)
        for (position, customer) in organisation.customers.enumerated() where included[position] {
            layers[0].append("    \(nodeID(position))([\"\(MermaidEscaping.label(customer.name))\"])")
            place(position, in: 0)
        }
        for (position, team) in organisation.teams.enumerated() where included[graph.node(ofTeam: position)] {
            let node = graph.node(ofTeam: position)
            let tier = tier(ofTeam: position)
            var label = MermaidEscaping.label(team.name)
            if let headcount = team.headcount { label += "<br>\(headcount) " + (headcount == 1 ? "person" : "people") }
            let (open, close) = MermaidStyle.shape(tier)
            let layer = MermaidStyle.layer(of: tier)
            layers[layer].append("    \(nodeID(node))\(open)\"\(label)\"\(close)")
            place(node, in: layer)
        }
        for (layer, (id, title)) in Self.layerTitles.enumerated() where !layers[layer].isEmpty {
            lines.append("  subgraph layer-\(id)[\"\(title)\"]")
            lines += layers[layer]
            lines.append("  end")
            lines.append("  style layer-\(id) \(MermaidStyle.layerBox)")
        }
    }

    private mutating func place(_ node: Int, in layer: Int) {
        layerNodes[layer].append(node)
        layerOf[node] = layer
    }

    // MARK: - Links

    /// `serves` links in file order, then support links.
    ///
    /// Dagre puts the first node of a link below the second. A link that
    /// runs against the layers (a team serving its own leader, who sits in a
    /// lower layer) is written the other way round as a two-headed link
    /// whose second head is hidden (`marker-end:none`), so it points down to
    /// its customer without turning the pyramid over.
    mutating func addLinks() {
        let organisation = analysis.organisation
        for edge in 0..<graph.edgeCount where graph.edgeKind[edge] == .serves {
            let link = PyramidGraphBuilder.ServesLink(edge: edge, in: graph)
            guard included[link.from], included[link.to] else { continue }
            let serves = organisation.teams[link.team].serves[link.position]
            let linkCodes = analysis.linkFindingCodes(team: link.team, entry: link.position)
            let breach = serves.standard.flatMap(LinkLabels.breach)
            let failing = serves.status == .broken || breach != nil
            let upward = linkCodes.contains(.upwardFacing)
            var labels: [String] = []
            if serves.status == .broken { labels.append("broken") }
            if let breach { labels.append(breach) }
            if options.detail {
                if let delivers = serves.delivers, !delivers.isEmpty { labels.append(delivers) }
                if let standard = serves.standard { labels.append(standard.isBreached ? standard.measure : LinkLabels.detail(standard)) }
            }
            let look: MermaidStyle.LinkLook? = failing ? .failing : (upward ? .upward : (linkCodes.contains(.awayFromCustomer) ? .away : nil))
            addLink(from: link.from, to: link.to, arrow: failing ? .dotted : (upward ? .thick : .plain), labels: labels, look: look)
        }
        for edge in 0..<graph.edgeCount where graph.edgeKind[edge] == .support {
            let leader = Int(graph.edgeFrom[edge]), team = Int(graph.edgeTo[edge])
            guard included[leader], included[team] else { continue }
            // A support link runs from the leader, below, up to the team.
            addLink(from: leader, to: team, arrow: .dotted, labels: [], look: .support)
        }
    }

    private mutating func addLink(from: Int, to: Int, arrow: MermaidStyle.Arrow, labels: [String], look: MermaidStyle.LinkLook?) {
        let label = labels.isEmpty ? "" : "|\"" + labels.map(MermaidEscaping.label).joined(separator: "<br>") + "\"|"
        if let lower = layerOf[from], let upper = layerOf[to], lower < upper {
            lines.append("  \(nodeID(to)) \(arrow.twoHeaded)\(label) \(nodeID(from))")
            styles.add(edgeCount, look?.style, hidingEndHead: true)
        } else {
            lines.append("  \(nodeID(from)) \(arrow.rawValue)\(label) \(nodeID(to))")
            styles.add(edgeCount, look?.style, hidingEndHead: false)
        }
        edgeCount += 1
    }

    // MARK: - Ties

    /// Invisible links that hold the layers in order: every support team and
    /// leader is tied below the lowest node of the nearest layer above,
    /// since Mermaid's layout would otherwise lift a leader of front-line
    /// teams up beside the support teams.
    mutating func addTies() {
        let lowest = MermaidLayerDepth.lowest(layers: layerNodes, layerOf: layerOf, graph: graph)
        for layer in 2..<4 {
            guard let anchor = (0..<layer).reversed().lazy.compactMap({ lowest[$0] }).first else { continue }
            for member in layerNodes[layer] {
                lines.append("  \(nodeID(member)) ~~~ \(nodeID(anchor))")
                edgeCount += 1
            }
        }
    }

    // MARK: - Classes

    /// Tier fills first, then one class per finding code present, from the
    /// mildest to the most serious (later classes win), then the link styles.
    mutating func addClasses() {
        let classNames = ["customer"] + Tier.allCases.map { "tier-" + $0.rawValue }
        for (layer, name) in classNames.enumerated() where !layerNodes[layer].isEmpty {
            lines.append("  classDef \(name) \(MermaidStyle.fill(layer: layer))")
            lines.append("  class \(layerNodes[layer].map(nodeID).joined(separator: ",")) \(name)")
        }
        let codes = nodeCodes()
        let present = FindingCode.allCases.filter { code in codes.contains { $0.contains(code) } }
        let bySeverity = [Severity.info, .warning, .error].flatMap { severity in present.filter { $0.severity == severity } }
        for code in bySeverity {
            let members = (0..<graph.nodeCount).filter { codes[$0].contains(code) }
            lines.append("  classDef finding-\(code.rawValue) \(MermaidStyle.finding(code))")
            lines.append("  class \(members.map(nodeID).joined(separator: ",")) finding-\(code.rawValue)")
        }
        for (style, edges) in styles.groups {
            lines.append("  linkStyle \(edges.map(String.init).joined(separator: ",")) \(style)")
        }
    }

    /// The unsuppressed finding codes per drawn node: a team's from its
    /// analysis, a customer's from the findings about it.
    private func nodeCodes() -> [[FindingCode]] {
        var codes = [[FindingCode]](repeating: [], count: graph.nodeCount)
        for (team, result) in analysis.teams.enumerated() where team < graph.teamCount && included[graph.node(ofTeam: team)] {
            codes[graph.node(ofTeam: team)] = result.findingCodes
        }
        for finding in analysis.findings {
            if let customer = finding.customer, let node = graph.index[customer].map(Int.init), !graph.isTeam(node), included[node] {
                codes[node].append(finding.code)
            }
        }
        return codes
    }
}
