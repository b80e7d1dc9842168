import OrgGraph

/// How the Mermaid flowchart looks: node shapes, fills, finding classes and
/// link styles, in the diagram's ``Palette``.
enum MermaidStyle {
    /// The line of a link, drawn from its first node to its second.
    enum Arrow: String {
        case plain = "-->", dotted = "-.->", thick = "==>"

        /// The same line with a head at both ends.
        var twoHeaded: String { "<" + rawValue }
    }

    /// How a styled link looks.
    enum LinkLook {
        /// Broken or breached: red (and dotted).
        case failing
        /// Upward-facing: thick and amber.
        case upward
        /// Away from the customer: amber.
        case away
        /// A support link leader -> team: thin and grey (and dotted).
        case support

        var style: String {
            switch self {
            case .failing: "stroke:\(Palette.error),stroke-width:2px,color:\(Palette.error)"
            case .upward: "stroke:\(Palette.warning),stroke-width:3px,color:\(Palette.warning)"
            case .away: "stroke:\(Palette.warning),stroke-width:1.6px,color:\(Palette.warning)"
            case .support: "stroke:\(Palette.supportLink),stroke-width:1px"
            }
        }
    }

    /// The `linkStyle` lines: links with the same style share one line, in
    /// the order each style first appears.
    struct LinkStyles {
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

    /// A layer's box: white, with the frame colour.
    static let layerBox = "fill:#ffffff,stroke:\(Palette.frame),color:\(Palette.mutedInk)"

    /// The layer a tier is drawn in: 1 front line, 2 support, 3 leadership (0 is the customers').
    static func layer(of tier: Tier) -> Int {
        switch tier {
        case .frontLine: 1
        case .support: 2
        case .leadership: 3
        }
    }

    /// Node shapes per tier, so tiers differ without colour too: boxes for
    /// the front line, rounded boxes for support, boxes with double sides
    /// for leadership (customers are stadiums).
    static func shape(_ tier: Tier) -> (String, String) {
        switch tier {
        case .frontLine: ("[", "]")
        case .support: ("(", ")")
        case .leadership: ("[[", "]]")
        }
    }

    /// The fill of a layer's nodes.
    static func fill(layer: Int) -> String {
        let fill = switch layer {
        case 0: Palette.customerFill
        case 1: Palette.frontLineFill
        case 3: Palette.leadershipFill
        default: Palette.supportFill
        }
        return "fill:\(fill),stroke:\(Palette.ink),color:\(Palette.ink)"
    }

    /// Errors: a thick red outline (cut-off teams also a pale red fill);
    /// warnings: an amber outline (an unserved customer dashed); info
    /// (single point of failure): a thick dark outline.
    static func finding(_ code: FindingCode) -> String {
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
}
