/// A stage of a long render, reported while it runs (see
/// ``PyramidRenderer/renderDiagram(_:options:format:progress:)``): only the
/// computed layout of very large organisations reports any.
public struct RenderProgress: Hashable, Sendable, CustomStringConvertible {
    /// What the renderer is doing.
    public enum Stage: String, Hashable, Sendable {
        /// Wrapping the pyramid's bands into rows.
        case rows
        /// Ordering the boxes within rows (one report per sweep).
        case order
        /// Computing the boxes' x coordinates.
        case placement
        /// Routing the links between the boxes.
        case routing
        /// Graphviz drawing the laid-out picture.
        case drawing
    }

    /// The stage.
    public var stage: Stage
    /// What happens, with counts, e.g. `rows: 5,000 teams in 34 rows`.
    public var description: String

    /// A report of `stage` saying `description`.
    public init(_ stage: Stage, _ description: String) {
        self.stage = stage
        self.description = description
    }

    /// `12345` as `12,345`.
    static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return (value < 0 ? "-" : "") + result
    }
}
