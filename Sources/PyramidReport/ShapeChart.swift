import OrgGraph

/// The pyramid's shape from ``OrganisationStats`` as a small SVG chart: one
/// centred bar per customer distance (nearest first, so a healthy inverted
/// pyramid is wide at the top), its width the layer's headcount (teams when
/// no headcount is known), cut-off teams last in red; then the orientation
/// score as a bar.
enum ShapeChart {
    static func svg(_ stats: OrganisationStats) -> String {
        let useHeadcount = stats.layers.contains { $0.headcount > 0 }
        let values = stats.layers.map { useHeadcount ? $0.headcount : $0.teams }
        let largest = max(1, values.max() ?? 1)
        let rowHeight = 30
        let labelWidth = 150
        let barArea = 420
        let width = labelWidth + barArea + 210
        let scoreTop = stats.layers.count * rowHeight + 20
        let height = scoreTop + 44
        var out = "<svg class=\"shape-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" "
        out += "role=\"img\" aria-labelledby=\"shape-title shape-desc\">"
        out += "<title id=\"shape-title\">Shape of the pyramid</title>"
        let measure = useHeadcount ? "headcount" : "teams"
        let description = stats.layers.map { layer in
            "\(layerName(layer.distance)): \(layer.teams) teams, headcount \(layer.headcount)"
        }.joined(separator: "; ")
        out += "<desc id=\"shape-desc\">Bar width is the \(measure) per customer distance. \(HTMLEscaping.text(description)).</desc>"
        for (row, layer) in stats.layers.enumerated() {
            let y = row * rowHeight
            let value = useHeadcount ? layer.headcount : layer.teams
            let barWidth = max(2, value * barArea / largest)
            let x = labelWidth + (barArea - barWidth) / 2
            let kind = layer.distance == nil ? "bar cut-off" : "bar"
            out += "<text class=\"axis\" x=\"\(labelWidth - 10)\" y=\"\(y + 19)\" text-anchor=\"end\">\(layerName(layer.distance))</text>"
            out += "<rect class=\"\(kind)\" x=\"\(x)\" y=\"\(y + 4)\" width=\"\(barWidth)\" height=\"\(rowHeight - 8)\" rx=\"3\"/>"
            let teams = layer.teams == 1 ? "1 team" : "\(layer.teams) teams"
            let people = layer.headcount == 0 ? "headcount not given" : layer.headcount == 1 ? "1 person" : "\(layer.headcount) people"
            let figure = useHeadcount ? "\(teams), \(people)" : teams
            out += "<text class=\"value\" x=\"\(labelWidth + barArea + 10)\" y=\"\(y + 19)\">\(figure)</text>"
        }
        out += "<text class=\"axis\" x=\"\(labelWidth - 10)\" y=\"\(scoreTop + 19)\" text-anchor=\"end\">orientation</text>"
        out += "<rect class=\"track\" x=\"\(labelWidth)\" y=\"\(scoreTop + 4)\" width=\"\(barArea)\" height=\"\(rowHeight - 8)\" rx=\"3\"/>"
        if let score = stats.orientation.score {
            let scoreWidth = Int((score / 100 * Double(barArea)).rounded())
            out += "<rect class=\"score\" x=\"\(labelWidth)\" y=\"\(scoreTop + 4)\" width=\"\(scoreWidth)\" height=\"\(rowHeight - 8)\" rx=\"3\"/>"
            out += "<text class=\"value\" x=\"\(labelWidth + barArea + 10)\" y=\"\(scoreTop + 19)\">\(percent(score)) face the customer</text>"
        } else {
            out += "<text class=\"value\" x=\"\(labelWidth + barArea + 10)\" y=\"\(scoreTop + 19)\">no serves links</text>"
        }
        return out + "</svg>"
    }

    static func layerName(_ distance: Int?) -> String {
        guard let distance else { return "cut off" }
        return distance == 1 ? "front line (1)" : "distance \(distance)"
    }

    /// `87.5%`, one decimal at most.
    static func percent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)%" : "\(tenths / 10).\(tenths % 10)%"
    }
}
