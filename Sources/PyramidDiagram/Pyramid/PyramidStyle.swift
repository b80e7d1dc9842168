import OrgGraph

/// How tiers and support links look, and the SVG classes of teams. How
/// findings look is in ``FindingMarks``.
enum PyramidStyle {
    /// The words shown for a tier in node labels.
    static func text(_ tier: Tier) -> String {
        switch tier {
        case .frontLine: "front line"
        case .support: "support"
        case .leadership: "leadership"
        }
    }

    /// Shape, style and fill per tier: box, rounded box and box with cut
    /// corners, so tiers differ in greyscale too.
    static func apply(_ tier: Tier, to attributes: inout DOTAttributes) {
        switch tier {
        case .frontLine:
            attributes.set(.shape, "box")
            attributes.set(.style, "filled")
            attributes.set(.fillcolor, Palette.frontLineFill)
        case .support:
            attributes.set(.shape, "box")
            attributes.set(.style, "rounded,filled")
            attributes.set(.fillcolor, Palette.supportFill)
        case .leadership:
            attributes.set(.shape, "box")
            attributes.set(.style, "filled,diagonals")
            attributes.set(.fillcolor, Palette.leadershipFill)
        }
    }

    /// `team tier-front-line finding-chain-broken error spof`: the classes of
    /// a team node, in a fixed order, for styling and tests.
    static func teamClasses(tier: Tier, codes: [FindingCode], inError: Bool, singlePointOfFailure: Bool, cutOff: Bool) -> String {
        var classes = ["team", "tier-" + tier.rawValue]
        classes += findingClasses(codes)
        if inError { classes.append("error") }
        if singlePointOfFailure { classes.append("spof") }
        if cutOff { classes.append("cut-off") }
        return classes.joined(separator: " ")
    }

    /// `finding-<code>` for each distinct code, in ``FindingCode`` order.
    static func findingClasses(_ codes: [FindingCode]) -> [String] {
        FindingCode.allCases.filter(codes.contains).map { "finding-" + $0.rawValue }
    }

    /// End customers: filled ovals (``FindingMarks`` dashes the unserved).
    static func applyCustomer(to attributes: inout DOTAttributes) {
        attributes.set(.shape, "ellipse")
        attributes.set(.style, "filled")
        attributes.set(.fillcolor, Palette.customerFill)
    }

    /// A support link leader -> team: a slate-grey dashed line, thinner than
    /// a `serves` arrow, with a large hollow head at the team it supports.
    /// Whether it constrains the layout is the caller's choice.
    static func applySupport(to attributes: inout DOTAttributes) {
        attributes.set(.style, "dashed")
        attributes.set(.color, Palette.supportLink)
        attributes.set(.arrowhead, "empty")
        attributes.set(.arrowtail, "empty")
        attributes.set(.arrowsize, "0.9")
        attributes.set(.penwidth, "1.3")
    }
}
