import OrgGraph

/// How tiers and findings look: shapes, fills, line styles and SVG classes.
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

    /// End customers: filled ovals; dashed when no team serves them.
    static func applyCustomer(unserved: Bool, to attributes: inout DOTAttributes) {
        attributes.set(.shape, "ellipse")
        attributes.set(.style, unserved ? "filled,dashed" : "filled")
        attributes.set(.fillcolor, Palette.customerFill)
    }

    /// A team in error: a thick red outline.
    static func applyError(to attributes: inout DOTAttributes) {
        attributes.set(.color, Palette.error)
        attributes.set(.penwidth, "2.8")
    }

    /// A single point of failure: a double outline.
    static func applySinglePointOfFailure(to attributes: inout DOTAttributes) {
        attributes.set(.peripheries, "2")
    }

    /// A `serves` link: solid by default; red, dashed and thicker when broken
    /// or breached; amber when it faces upward (then also bold with a double
    /// arrowhead) or away from the customer (then with an open arrowhead).
    static func applyServes(failing: Bool, upward: Bool, away: Bool, to attributes: inout DOTAttributes) {
        var styles: [String] = []
        if failing {
            attributes.set(.color, Palette.error)
            attributes.set(.fontcolor, Palette.error)
            attributes.set(.penwidth, "2")
            styles.append("dashed")
        } else if upward || away {
            attributes.set(.color, Palette.warning)
            attributes.set(.fontcolor, Palette.warning)
        }
        if upward {
            attributes.set(.penwidth, "3")
            styles.append("bold")
            attributes.set(.arrowhead, "normalnormal")
            attributes.set(.arrowtail, "normalnormal")
        } else if away {
            attributes.set(.penwidth, "1.6")
            attributes.set(.arrowhead, "vee")
            attributes.set(.arrowtail, "vee")
        }
        if !styles.isEmpty { attributes.set(.style, styles.joined(separator: ",")) }
    }

    /// A support link leader -> team: light grey, dotted, hollow arrowhead.
    /// Whether it constrains the layout is the caller's choice.
    static func applySupport(to attributes: inout DOTAttributes) {
        attributes.set(.style, "dotted")
        attributes.set(.color, Palette.supportLink)
        attributes.set(.arrowhead, "onormal")
        attributes.set(.arrowtail, "onormal")
        attributes.set(.penwidth, "1.1")
    }
}
