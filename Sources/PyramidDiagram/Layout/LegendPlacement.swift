/// The legend of the computed layout: ``Legend``'s entries in its rows,
/// left to right, the block centred on x = 0 below `top`; a sample line's
/// two points far enough apart to show its arrow. The legend's invisible
/// ordering edges are dropped (the positions say it all).
struct LegendPlacement {
    /// The legend's nodes and sample lines, as ``Legend`` styles them.
    private(set) var nodes: [DOTNode] = []
    private(set) var lines: [DOTEdge] = []
    /// Each node's centre (y down) and estimated size.
    private(set) var position: [String: SplinePath.Point] = [:]
    private(set) var size: [String: BoxSize] = [:]
    /// The y below the legend's last row.
    private(set) var bottom: Double

    /// Places `legend`'s rows from `top` down.
    init(_ legend: Legend.Drawing, top: Double, defaults: DOTAttributes) {
        for statement in legend.statements {
            switch statement {
            case .node(let node):
                nodes.append(node)
                size[node.name] = BoxSize(node.attributes, defaults: defaults)
            case .edge(let edge) where edge.attributes[.style] != .string("invis"):
                lines.append(edge)
            default: break
            }
        }
        var cursor = top
        var rowWidths: [Double] = []
        for row in legend.rows {
            var left = 0.0
            var previous: String?
            var height = 0.0
            for name in row {
                let size = size[name] ?? BoxSize([:], defaults: defaults)
                if let previous { left += previous.hasSuffix("-from") && name.hasSuffix("-to") ? 24 : 14 }
                position[name] = SplinePath.Point(x: left + size.width / 2, y: 0)
                left += size.width
                height = max(height, size.height)
                previous = name
            }
            for name in row { position[name]?.y = cursor + height / 2 }
            rowWidths.append(left)
            cursor += height + 10
        }
        bottom = cursor
        let shift = -(rowWidths.max() ?? 0) / 2
        for name in position.keys.sorted() { position[name]?.x += shift }
    }

    /// The leftmost and rightmost x of any legend node.
    var extent: (min: Double, max: Double) {
        var low = Double.infinity, high = -Double.infinity
        for (name, point) in position {
            let half = (size[name]?.width ?? 0) / 2
            low = min(low, point.x - half)
            high = max(high, point.x + half)
        }
        return (low, high)
    }

    /// The positioned statements, moved right by `shift`, in Graphviz's
    /// y-up space of a drawing `height` high.
    func statements(shift: Double, height: Double, edgeDefaults: DOTAttributes) -> [DOTStatement] {
        var result: [DOTStatement] = []
        for var node in nodes {
            guard let point = position[node.name] else { continue }
            node.attributes.set(.pos, ComputedLayout.pos(point.x + shift, point.y, height: height))
            result.append(.node(node))
        }
        for var edge in lines {
            guard let from = position[edge.tail], let to = position[edge.head] else { continue }
            var path = SplinePath(from: .init(x: from.x + shift, y: from.y))
            path.line(to: .init(x: to.x + shift, y: to.y))
            ComputedLayout.arrows(&path, edge.attributes, defaults: edgeDefaults)
            edge.attributes.set(.pos, path.posValue(height: height))
            result.append(.edge(edge))
        }
        return result
    }
}
