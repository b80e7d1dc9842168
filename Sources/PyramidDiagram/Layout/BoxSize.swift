/// The size Graphviz will give a node, estimated from its attributes
/// (shape, label lines, font size, margin, peripheries) before any layout.
///
/// The computed layout writes the estimate back as the node's `width` and
/// `height`: Graphviz only ever makes a node larger than those, and the
/// estimate is generous (Liberation Sans, Graphviz's Helvetica here,
/// averages about 0.5 em a character; 0.6 em is assumed), so boxes come out
/// exactly as wide as the layout planned for.
struct BoxSize: Hashable, Sendable {
    var width: Double
    var height: Double
    /// Whether the node is drawn as an ellipse (its outline curves in at the sides).
    var isEllipse: Bool
    /// What extra peripheries add to each dimension: Graphviz adds it
    /// outside the `width` and `height` it is given.
    var peripheryExtra = 0.0

    /// Graphviz's default node size: 0.75 x 0.5 in.
    static let minimum = (width: 54.0, height: 36.0)

    /// The estimate for a node with `attributes` under `defaults` (the graph's node defaults).
    init(_ attributes: DOTAttributes, defaults: DOTAttributes) {
        func string(_ key: DOTAttribute) -> String? {
            if case .string(let value)? = attributes[key] ?? defaults[key] { return value }
            return nil
        }
        func number(_ key: DOTAttribute) -> Double? { string(key).flatMap(Double.init) }
        let shape = string(.shape) ?? "ellipse"
        isEllipse = shape == "ellipse" || shape == "oval"
        let fixedWidth = number(.width).map { $0 * 72 }
        let fixedHeight = number(.height).map { $0 * 72 }
        if shape == "point" {
            let side = max(fixedWidth ?? 3.6, fixedHeight ?? 3.6)
            width = side
            height = side
            return
        }
        var lines: [String] = []
        switch attributes[.label] ?? defaults[.label] {
        case .label(let label)?: lines = label.lines.map(\.text)
        case .string(let text)?: lines = [text]
        default: lines = []
        }
        let fontSize = number(.fontsize) ?? 14
        let characters = lines.map(\.count).max() ?? 0
        let margin = (string(.margin) ?? "0.11,0.055").split(separator: ",").compactMap { Double($0) }
        let marginX = (margin.first ?? 0.11) * 72
        let marginY = (margin.count > 1 ? margin[1] : margin.first ?? 0.055) * 72
        var textWidth = Double(characters) * fontSize * 0.6 + 2 * marginX
        var textHeight = Double(max(lines.count, 1)) * fontSize * 1.2 + 2 * marginY + 2
        if isEllipse {
            textWidth *= 2.0.squareRoot()
            textHeight *= 2.0.squareRoot()
        }
        let extra = Double(max((number(.peripheries) ?? 1) - 1, 0)) * 8
        peripheryExtra = extra
        let minimum = shape == "plaintext" || shape == "plain" || shape == "none" ? (width: 0.0, height: 0.0) : Self.minimum
        width = max(textWidth, fixedWidth ?? minimum.width) + extra
        height = max(textHeight, fixedHeight ?? minimum.height) + extra
    }

    /// How far below (or above) its centre the outline is at `dx` from the
    /// centre: half the height for a box, less toward an ellipse's sides.
    func halfHeight(at dx: Double) -> Double {
        guard isEllipse else { return height / 2 }
        let ratio = min(abs(dx) / max(width / 2, 1), 0.95)
        return height / 2 * (1 - ratio * ratio).squareRoot()
    }
}
