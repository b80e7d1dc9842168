/// The wall-chart style: how a diagram of more than
/// ``DiagramOptions/summaryThreshold`` teams drawn one by one (`--all-teams`,
/// or a focus or department that large) is drawn so `dot` lays it out fast.
///
/// Smaller diagrams keep the page style (label nodes, support links that
/// take part in the layout, Graphviz's default limits). Measured on
/// generated organisations (docs/rendering.md, "Wall charts"), the page
/// style's cost grows far faster than the team count, for three reasons,
/// each undone here:
///
/// - A link's text (`broken`, a breach, `--detail`) is a label node of its
///   own in a rank between the rows, which doubles the ranks and every
///   link's chain of helper points. Here it is the link's `xlabel`, placed
///   beside the link after layout: it takes no room in the layout and dot
///   keeps it clear of boxes, though not always of other links.
/// - Support links (leader -> team) span many rows and, as layout
///   constraints, pull on every row between. Here they are
///   `constraint=false`: still drawn and routed, and the leaders still sit
///   in the rows the ruler pins them to, but they no longer pull.
/// - `mclimit` and `nslimit`/`nslimit1` cut the crossing-minimisation
///   passes and the network-simplex iterations (x positions) short.
///
/// The ruler and the `rank=same` rows stay (without them the rows merge),
/// and so do the trunks.
enum WallChart {
    /// Whether a diagram drawing `teamsDrawn` teams one by one is a wall chart.
    static func applies(teamsDrawn: Int) -> Bool {
        teamsDrawn > DiagramOptions.summaryThreshold
    }

    /// Width / height the rows are chosen for. A wall chart is not laid out
    /// a second time to measure it, and links crossing rows widen its rows
    /// more than the estimate counts (measured: about 1.4 times the target
    /// on generated companies of 150 to 1,000 teams), so the target is below
    /// the page style's.
    static let targetAspect = 1.25

    /// dot's `mclimit`: the factor on its crossing-minimisation iterations.
    static let mclimit = "0.1"
    /// dot's `nslimit` and `nslimit1`: the factor on network-simplex
    /// iterations (x positions; ranking).
    static let nslimit = "0.2"

    /// Sets the limits on the root graph's attributes.
    static func applyLimits(to attributes: inout DOTAttributes) {
        attributes.set(.mclimit, mclimit)
        attributes.set(.nslimit, nslimit)
        attributes.set(.nslimit1, nslimit)
    }
}
