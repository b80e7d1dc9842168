import OrgGraph

/// The legend: a sample of exactly what this diagram shows, drawn with the
/// same styles (``PyramidStyle``, ``FindingMarks``), packed into rows no
/// wider than the diagram, below the pyramid, the first row headed by
/// "Legend:".
///
/// Not a cluster on purpose: Graphviz 2.43's dot layout leaks memory for
/// every cluster on every render (see docs/rendering.md), and the legend is
/// drawn on every render.
enum Legend {
    /// The legend's statements, and the node names of each of its rows (top first).
    struct Drawing {
        var statements: [DOTStatement]
        var rows: [[String]]
    }

    /// What the diagram shows, so the legend lists exactly that.
    struct Contents: Hashable, Sendable {
        /// Whether end customers are drawn.
        var customers = false
        /// The tiers of the teams drawn.
        var tiers: Set<Tier> = []
        /// The finding codes whose marks are drawn (on teams, customers or links).
        var codes: Set<FindingCode> = []
        /// Whether a team is drawn in error (thick red outline).
        var teamInError = false
        /// Whether a `serves` link is drawn.
        var serves = false
        /// Whether a broken link or a breached standard is drawn.
        var failingLink = false
        /// Whether a support link is drawn.
        var supports = false
        /// Whether a team is focused (`--focus`).
        var focus = false
        /// Whether the cut-off row is drawn.
        var cutOff = false

        /// Creates contents: nothing shown until set.
        init() {}
    }

    /// The legend's font size: smaller than the teams' 12 pt.
    static let fontSize = 9.0

    /// The legend for `contents`, in rows at most `maxWidth` points wide
    /// (estimated; at least one entry per row). `nil` when there is nothing
    /// to explain.
    static func make(_ contents: Contents, maxWidth: Double) -> Drawing? {
        var statements: [DOTStatement] = []
        var units: [(names: [String], width: Double)] = []
        var sampleLines: Set<[String]> = []
        func name(_ suffix: String) -> String { SVGIdentifier.helper("legend-" + suffix) }
        func textWidth(_ lines: [String]) -> Double {
            Double(lines.map(\.count).max() ?? 0) * fontSize * 0.5
        }
        func lines(_ text: String) -> [String] { TextWrap.wrap(text, width: 38, maxLines: 3).lines }

        func box(_ suffix: String, _ text: String, oval: Bool = false, _ apply: (inout DOTAttributes) -> Void) {
            var attributes: DOTAttributes = [
                .label: .label(DOTLabel(centered: lines(text))), .fontsize: .string(format(fontSize)),
                .margin: .string("0.08,0.03"), .height: .string("0.3"),
            ]
            apply(&attributes)
            statements.append(.node(DOTNode(name(suffix), attributes)))
            units.append(([name(suffix)], textWidth(lines(text)) * (oval ? 1.5 : 1) + 20))
        }
        func note(_ suffix: String, _ text: String, color: String = Palette.ink) {
            statements.append(.node(DOTNode(name(suffix), [
                .shape: .string("plaintext"), .style: .string(""), .fontsize: .string(format(fontSize)),
                .fontcolor: .string(color), .margin: .string("0.04,0.02"), .height: .string("0"),
                .label: .label(DOTLabel(centered: lines(text))),
            ])))
            units.append(([name(suffix)], textWidth(lines(text)) + 8))
        }
        func line(_ suffix: String, _ text: String, _ apply: (inout DOTAttributes) -> Void) {
            // A short arrow between two invisible points, then its meaning.
            for end in ["from", "to"] {
                statements.append(.node(DOTNode(name(suffix + "-" + end), [
                    .shape: .string("point"), .style: .string("invis"), .width: .string("0.2"), .height: .string("0.2"),
                    .label: .string(""),
                ])))
            }
            var attributes: DOTAttributes = [.headclip: .string("false"), .tailclip: .string("false")]
            apply(&attributes)
            attributes[.constraint] = nil
            attributes[.dir] = nil
            statements.append(.edge(DOTEdge(name(suffix + "-from"), name(suffix + "-to"), attributes)))
            sampleLines.insert([name(suffix + "-from"), name(suffix + "-to")])
            note(suffix, text)
            let text = units.removeLast()
            units.append(([name(suffix + "-from"), name(suffix + "-to")] + text.names, text.width + 50))
        }

        // Boxes: customers and tiers present.
        if contents.customers { box("customer", "end customer", oval: true) { PyramidStyle.applyCustomer(to: &$0) } }
        if contents.codes.contains(.unservedCustomer) {
            box("unserved", "unserved customer", oval: true) {
                PyramidStyle.applyCustomer(to: &$0)
                FindingMarks.mark(.unservedCustomer).apply(&$0)
            }
        }
        for tier in [Tier.frontLine, .support, .leadership] where contents.tiers.contains(tier) {
            box(tier.rawValue, PyramidStyle.text(tier)) { PyramidStyle.apply(tier, to: &$0) }
        }
        if contents.teamInError {
            box("error", FindingMarks.errorMeaning) {
                PyramidStyle.apply(.support, to: &$0)
                FindingMarks.applyError(&$0)
            }
        }
        if contents.focus {
            box("focus", FindingMarks.focusMeaning) {
                PyramidStyle.apply(.support, to: &$0)
                FindingMarks.applyFocus(to: &$0)
            }
        }
        // Finding marks: outlines as boxes, badges as their text.
        for mark in FindingMarks.all where contents.codes.contains(mark.code) && mark.target == .team {
            if let badge = mark.badge {
                note(mark.code.rawValue, badge + ": " + mark.meaning)
            } else {
                box(mark.code.rawValue, mark.meaning) {
                    PyramidStyle.apply(.support, to: &$0)
                    mark.apply(&$0)
                }
            }
        }
        // Lines.
        if contents.serves { line("serves", "serves: points to the customer") { _ in } }
        if contents.supports { line("supports", "leader supports the team") { PyramidStyle.applySupport(to: &$0) } }
        if contents.failingLink || contents.codes.contains(.standardBreached) {
            line("broken", FindingMarks.mark(.standardBreached).meaning) { FindingMarks.applyBroken(to: &$0) }
        }
        for code in [FindingCode.upwardFacing, .awayFromCustomer] where contents.codes.contains(code) {
            let mark = FindingMarks.mark(code)
            line(code.rawValue, mark.meaning) { mark.apply(&$0) }
        }
        if contents.cutOff { note("cut-off", FindingMarks.cutOffMeaning, color: Palette.error) }
        guard !units.isEmpty else { return nil }

        // Pack the entries into rows; the heading starts the first.
        statements.insert(.node(DOTNode(name("heading"), [
            .id: .string("legend"), .class: .string("legend"), .shape: .string("plaintext"), .style: .string(""),
            .fontsize: .string(format(fontSize + 1)), .fontcolor: .string(Palette.mutedInk), .label: .label(DOTLabel("Legend:")),
            .margin: .string("0.04,0.02"), .height: .string("0"),
        ])), at: 0)
        var rows: [[String]] = [[name("heading")]]
        var width = 50.0
        for unit in units {
            if width + unit.width > maxWidth, rows[rows.count - 1].count > (rows.count == 1 ? 1 : 0) {
                rows.append([])
                width = 0
            }
            rows[rows.count - 1] += unit.names
            width += unit.width + 16
        }
        // Invisible left-to-right edges keep each row in the order written,
        // and one from each row's first node to the next row's lines the
        // rows up on the left.
        for row in rows {
            for (left, right) in zip(row, row.dropFirst()) where !sampleLines.contains([left, right]) {
                statements.append(.edge(DOTEdge(left, right, [.style: .string("invis")])))
            }
        }
        for (upper, lower) in zip(rows, rows.dropFirst()) {
            if let top = upper.first, let bottom = lower.first {
                statements.append(.edge(DOTEdge(top, bottom, [.style: .string("invis")])))
            }
        }
        return Drawing(statements: statements, rows: rows)
    }

    /// A point size without a trailing `.0`.
    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
