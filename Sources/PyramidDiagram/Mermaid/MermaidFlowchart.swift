public import OrgGraph

/// The inverted pyramid as a Mermaid flowchart, for Markdown documents that
/// GitHub, GitLab and other Mermaid renderers draw.
///
/// The flowchart runs bottom to top (`flowchart BT`) with `serves` arrows
/// from supplier to customer, so the end customers come out on top and the
/// leaders at the base. Each layer is a subgraph (end customers, front
/// line, support, leadership; empty ones are left out) drawn as a white box,
/// with nodes in file order; invisible links (`~~~`) tie each support team
/// and leader below the lowest node of the layer above
/// (``MermaidLayerDepth``). Findings are classes: `classDef finding-CODE` for every code
/// present, applied after the tier classes in order of severity so the most
/// serious one shows. Broken or breached links are dotted and red,
/// upward-facing ones thick and amber, away-from-customer ones amber,
/// support links (leader -> team) dotted and grey. A link that runs against
/// the layers (a team serving its leader, who sits below it) is written from
/// its customer as a two-headed link with the second head hidden, so it
/// points down without turning the pyramid over. Node ids are `c1`, `c2`,
/// ... for customers and `t1`, `t2`, ... for teams in file order, so no id
/// can collide with a Mermaid keyword; every user text is escaped by
/// ``MermaidEscaping``.
///
/// ```swift
/// let text = try MermaidFlowchart.text(Analysis(organisation))
/// ```
public enum MermaidFlowchart {
    /// Mermaid's default `maxEdges`: a flowchart with more links is refused.
    public static let maxEdges = 500
    /// Mermaid's default `maxTextSize`, in UTF-16 code units as JavaScript
    /// counts them: a longer text is refused.
    public static let maxTextSize = 50_000

    /// The flowchart text, ending in a newline.
    ///
    /// - Throws: ``MermaidError/unknownFocusTeam(_:)`` when the focus names
    ///   no team, ``MermaidError/tooLarge(edges:characters:)`` when Mermaid
    ///   would refuse the result.
    public static func text(_ analysis: Analysis, options: MermaidOptions = MermaidOptions()) throws(MermaidError) -> String {
        let organisation = analysis.organisation
        let index = PyramidIndex(organisation)
        var included = [Bool](repeating: true, count: index.nodeCount)
        if let focus = options.focus {
            guard let node = index.node[focus], index.teamOfNode(node) != nil else {
                throw MermaidError.unknownFocusTeam(focus)
            }
            included = Neighbourhood.nodes(around: node, depth: options.depth, index: index)
        }

        var lines = [
            "%% The inverted pyramid: end customers on top, leaders at the base;",
            "%% arrows run from supplier to customer. Written by pyramid export.",
            "flowchart BT",
        ]

        // Layers as subgraphs, nodes in file order.
        var codes = nodeCodes(analysis, index: index)
        var layers: [[String]] = Array(repeating: [], count: 4)
        var layerNodes: [[Int]] = Array(repeating: [], count: 4)
        var tierClass = [String](repeating: "", count: index.nodeCount)
        for (position, customer) in organisation.customers.enumerated() where included[position] {
            layers[0].append("    \(nodeID(position, index))([\"\(MermaidEscaping.label(customer.name))\"])")
            tierClass[position] = "customer"
            layerNodes[0].append(position)
        }
        for (position, team) in organisation.teams.enumerated() where included[index.nodeOfTeam(position)] {
            let node = index.nodeOfTeam(position)
            let tier = position < analysis.teams.count ? analysis.teams[position].tier : (team.declaredTier ?? .support)
            var label = MermaidEscaping.label(team.name)
            if let headcount = team.headcount { label += "<br>\(headcount) " + (headcount == 1 ? "person" : "people") }
            let (open, close) = shape(tier)
            let layer = switch tier {
            case .frontLine: 1
            case .support: 2
            case .leadership: 3
            }
            layers[layer].append("    \(nodeID(node, index))\(open)\"\(label)\"\(close)")
            tierClass[node] = "tier-" + tier.rawValue
            layerNodes[layer].append(node)
        }
        let subgraphs = [("customers", "End customers"), ("front-line", "Front line"), ("support", "Support"), ("leadership", "Leadership")]
        for (layer, (id, title)) in subgraphs.enumerated() where !layers[layer].isEmpty {
            lines.append("  subgraph layer-\(id)[\"\(title)\"]")
            lines += layers[layer]
            lines.append("  end")
            lines.append("  style layer-\(id) fill:#ffffff,stroke:\(Palette.frame),color:\(Palette.mutedInk)")
        }

        var layerOf = [Int?](repeating: nil, count: index.nodeCount)
        for (layer, members) in layerNodes.enumerated() {
            for member in members { layerOf[member] = layer }
        }
        /// Whether a link drawn from `below` up to `above` runs against the
        /// layers (a team serving its own leader, who sits in a lower layer).
        func against(_ below: Int, _ above: Int) -> Bool {
            guard let lower = layerOf[below], let upper = layerOf[above] else { return false }
            return lower < upper
        }

        // Links: serves in file order, then support links; `linkStyle` by
        // index. Dagre puts the first node of a link below the second; a link
        // that runs against the layers is written the other way round as a
        // two-headed link whose second head is hidden (`marker-end:none`), so
        // it points down to its customer without turning the pyramid over.
        var edgeCount = 0
        var styles = LinkStyles()
        func add(from: Int, to: Int, arrow: Arrow, label: String, look: LinkLook?) {
            if against(from, to) {
                lines.append("  \(nodeID(to, index)) \(arrow.twoHeaded)\(label) \(nodeID(from, index))")
                styles.add(edgeCount, look?.style, hidingEndHead: true)
            } else {
                lines.append("  \(nodeID(from, index)) \(arrow.rawValue)\(label) \(nodeID(to, index))")
                styles.add(edgeCount, look?.style, hidingEndHead: false)
            }
            edgeCount += 1
        }
        for link in index.serves where included[link.from] && included[link.to] {
            let serves = organisation.teams[link.team].serves[link.position]
            let linkCodes = link.team < analysis.teams.count && link.position < analysis.teams[link.team].serves.count
                ? analysis.teams[link.team].serves[link.position].findingCodes : []
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
            let label = labels.isEmpty ? "" : "|\"" + labels.map(MermaidEscaping.label).joined(separator: "<br>") + "\"|"
            let look: LinkLook? = failing ? .failing : (upward ? .upward : (linkCodes.contains(.awayFromCustomer) ? .away : nil))
            add(from: link.from, to: link.to, arrow: failing ? .dotted : (upward ? .thick : .plain), label: label, look: look)
        }
        for link in index.supports where included[link.leader] && included[link.team] {
            // A support link runs from the leader, below, up to the team.
            add(from: link.leader, to: link.team, arrow: .dotted, label: "", look: .support)
        }

        // Invisible links hold the layers in order: every support team and
        // leader is tied below the lowest node of the nearest layer above,
        // since Mermaid's layout would otherwise lift a leader of front-line
        // teams up beside the support teams.
        let lowest = MermaidLayerDepth.lowest(layers: layerNodes, layerOf: layerOf, serves: index.serves)
        for layer in 2..<4 {
            guard let anchor = (0..<layer).reversed().lazy.compactMap({ lowest[$0] }).first else { continue }
            for member in layerNodes[layer] {
                lines.append("  \(nodeID(member, index)) ~~~ \(nodeID(anchor, index))")
                edgeCount += 1
            }
        }

        // Classes: tier fills first, then findings from the mildest to the most serious.
        for node in 0..<index.nodeCount where !included[node] { codes[node] = [] }
        let present = FindingCode.allCases.filter { code in codes.contains { $0.contains(code) } }
        let bySeverity = present.filter { $0.severity == .info } + present.filter { $0.severity == .warning }
            + present.filter { $0.severity == .error }
        for tier in ["customer"] + Tier.allCases.map({ "tier-" + $0.rawValue }) {
            let members = (0..<index.nodeCount).filter { included[$0] && tierClass[$0] == tier }
            guard !members.isEmpty else { continue }
            lines.append("  classDef \(tier) \(tierStyle(tier))")
            lines.append("  class \(members.map { nodeID($0, index) }.joined(separator: ",")) \(tier)")
        }
        for code in bySeverity {
            let members = (0..<index.nodeCount).filter { codes[$0].contains(code) }
            lines.append("  classDef finding-\(code.rawValue) \(findingStyle(code))")
            lines.append("  class \(members.map { nodeID($0, index) }.joined(separator: ",")) finding-\(code.rawValue)")
        }
        for (style, edges) in styles.groups {
            lines.append("  linkStyle \(edges.map(String.init).joined(separator: ",")) \(style)")
        }

        let text = lines.joined(separator: "\n") + "\n"
        let characters = text.utf16.count
        guard edgeCount <= maxEdges, characters <= maxTextSize else {
            throw MermaidError.tooLarge(edges: edgeCount, characters: characters)
        }
        return text
    }

    // MARK: - Pieces

    /// The line of a link, drawn from its first node to its second.
    private enum Arrow: String {
        case plain = "-->", dotted = "-.->", thick = "==>"

        /// The same line with a head at both ends.
        var twoHeaded: String { "<" + rawValue }
    }

    /// The `linkStyle` lines: links with the same style share one line, in
    /// the order each style first appears.
    private struct LinkStyles {
        private(set) var groups: [(style: String, edges: [Int])] = []
        private var position: [String: Int] = [:]

        mutating func add(_ edge: Int, _ style: String?, hidingEndHead: Bool) {
            let parts = [style, hidingEndHead ? "marker-end:none" : nil].compactMap { $0 }
            guard !parts.isEmpty else { return }
            let style = parts.joined(separator: ",")
            if let existing = position[style] {
                groups[existing].edges.append(edge)
            } else {
                position[style] = groups.count
                groups.append((style, [edge]))
            }
        }
    }

    /// How a styled link looks.
    private enum LinkLook {
        case failing, upward, away, support

        var style: String {
            switch self {
            case .failing: "stroke:\(Palette.error),stroke-width:2px,color:\(Palette.error)"
            case .upward: "stroke:\(Palette.warning),stroke-width:3px,color:\(Palette.warning)"
            case .away: "stroke:\(Palette.warning),stroke-width:1.6px,color:\(Palette.warning)"
            case .support: "stroke:\(Palette.supportLink),stroke-width:1px"
            }
        }
    }

    /// `c1` for the first customer, `t1` for the first team.
    private static func nodeID(_ node: Int, _ index: PyramidIndex) -> String {
        if let team = index.teamOfNode(node) { return "t\(team + 1)" }
        return "c\(node + 1)"
    }

    /// Node shapes per tier, so tiers differ without colour too: boxes for
    /// the front line, rounded boxes for support, boxes with double sides
    /// for leadership.
    private static func shape(_ tier: Tier) -> (String, String) {
        switch tier {
        case .frontLine: ("[", "]")
        case .support: ("(", ")")
        case .leadership: ("[[", "]]")
        }
    }

    private static func tierStyle(_ name: String) -> String {
        let fill = switch name {
        case "customer": Palette.customerFill
        case "tier-front-line": Palette.frontLineFill
        case "tier-leadership": Palette.leadershipFill
        default: Palette.supportFill
        }
        return "fill:\(fill),stroke:\(Palette.ink),color:\(Palette.ink)"
    }

    /// Errors: a thick red outline (cut-off teams also a pale red fill);
    /// warnings: an amber outline (an unserved customer dashed); info
    /// (single point of failure): a thick dark outline.
    private static func findingStyle(_ code: FindingCode) -> String {
        switch code {
        case .noPathToCustomer, .chainBroken: "fill:\(Palette.cutOffFill),stroke:\(Palette.error),stroke-width:3px"
        case .unservedCustomer: "stroke:\(Palette.warning),stroke-width:2px,stroke-dasharray:5 4"
        default:
            switch code.severity {
            case .error: "stroke:\(Palette.error),stroke-width:3px"
            case .warning: "stroke:\(Palette.warning),stroke-width:2px"
            case .info: "stroke:\(Palette.ink),stroke-width:3.5px"
            }
        }
    }

    /// The unsuppressed finding codes per node: a team's from its analysis,
    /// a customer's from the findings about it.
    private static func nodeCodes(_ analysis: Analysis, index: PyramidIndex) -> [[FindingCode]] {
        var codes = [[FindingCode]](repeating: [], count: index.nodeCount)
        for (team, result) in analysis.teams.enumerated() where team < index.teamCount {
            codes[index.nodeOfTeam(team)] = result.findingCodes
        }
        for finding in analysis.findings {
            if let customer = finding.customer, let node = index.node[customer], index.teamOfNode(node) == nil {
                codes[node].append(finding.code)
            }
        }
        return codes
    }
}
