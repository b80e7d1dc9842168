import OrgGraph

/// How a finding is drawn on the team, customer or link it is about: one
/// entry per ``FindingCode`` in ``FindingMarks/mark(_:)``. The diagram and
/// its legend both read this table, so changing how a finding looks is done
/// here and nowhere else.
///
/// Colour is never the only signal: every mark has a badge (text in the box),
/// an outline (thickness, double or dotted) or a line style and arrowhead.
struct FindingMark: Sendable {
    /// What the mark is drawn on.
    enum Target: Sendable {
        /// The team's box.
        case team
        /// The `serves` link's line.
        case link
        /// The end customer's oval.
        case customer
    }

    /// The finding code.
    let code: FindingCode
    /// What carries the mark.
    let target: Target
    /// A short text shown as the last line in the box, glyph first; `nil`
    /// when the outline alone says it.
    let badge: String?
    /// What the legend says about the mark.
    let meaning: String
    /// Sets the mark's outline or line attributes (colour, width, style,
    /// arrowheads); the badge is added by the caller.
    let apply: @Sendable (inout DOTAttributes) -> Void
}

/// The table of finding marks, plus the marks that are not one finding's:
/// a team in error, the focus and the cut-off row.
enum FindingMarks {
    /// The mark of a finding code. An exhaustive switch: a new code does not
    /// compile until it has a mark.
    static func mark(_ code: FindingCode) -> FindingMark {
        switch code {
        case .noPathToCustomer:
            FindingMark(code: code, target: .team, badge: "✕ no path to customer",
                        meaning: "reaches no customer, even over broken links", apply: applyError)
        case .chainBroken:
            FindingMark(code: code, target: .team, badge: "! chain broken",
                        meaning: "reaches customers only over broken links", apply: applyError)
        case .standardBreached:
            FindingMark(code: code, target: .link, badge: nil,
                        meaning: "broken or below standard: 80% < 95%") { attributes in
                attributes.set(.color, Palette.error)
                attributes.set(.fontcolor, Palette.error)
                attributes.set(.penwidth, "2")
                attributes.append(style: "dashed")
            }
        case .upwardFacing:
            FindingMark(code: code, target: .link, badge: nil,
                        meaning: "faces upward: serves its own leader (bold, double head)") { attributes in
                attributes.set(.color, Palette.warning)
                attributes.set(.fontcolor, Palette.warning)
                attributes.set(.penwidth, "3")
                attributes.append(style: "bold")
                attributes.set(.arrowhead, "normalnormal")
                attributes.set(.arrowtail, "normalnormal")
            }
        case .chainThroughManagement:
            FindingMark(code: code, target: .team, badge: "▲ only via management",
                        meaning: "every intact chain passes through a leadership team", apply: { _ in })
        case .awayFromCustomer:
            FindingMark(code: code, target: .link, badge: nil,
                        meaning: "works away from the customer (open head)") { attributes in
                attributes.set(.color, Palette.warning)
                attributes.set(.fontcolor, Palette.warning)
                attributes.set(.penwidth, "1.6")
                attributes.set(.arrowhead, "vee")
                attributes.set(.arrowtail, "vee")
            }
        case .supplierCycle:
            FindingMark(code: code, target: .team, badge: "↻ serves in a loop",
                        meaning: "teams serve each other in a loop", apply: { _ in })
        case .singlePointOfFailure:
            FindingMark(code: code, target: .team, badge: nil,
                        meaning: "single point of failure") { attributes in
                attributes.set(.peripheries, "2")
            }
        case .unsupportedFrontLine:
            FindingMark(code: code, target: .team, badge: "○ no leader",
                        meaning: "front-line team that reports to no one", apply: { _ in })
        case .isolatedTeam:
            FindingMark(code: code, target: .team, badge: "∅ no links",
                        meaning: "team with no links at all (dotted outline)") { attributes in
                attributes.append(style: "dotted")
            }
        case .unservedCustomer:
            FindingMark(code: code, target: .customer, badge: "no team serves it",
                        meaning: "end customer no team serves (dashed)") { attributes in
                attributes.append(style: "dashed")
            }
        case .tierMismatch:
            FindingMark(code: code, target: .team, badge: "≠ tier does not fit",
                        meaning: "declared tier contradicts its links", apply: { _ in })
        }
    }

    /// Every code's mark, in ``FindingCode`` order.
    static let all: [FindingMark] = FindingCode.allCases.map(mark)

    /// The badges of `codes` about a box (team or customer), in code order.
    static func badges(_ codes: [FindingCode], on target: FindingMark.Target) -> [String] {
        FindingCode.allCases.filter(codes.contains).map(mark).filter { $0.target == target }.compactMap(\.badge)
    }

    /// Applies the marks of `codes` aimed at `target`, in code order (a
    /// later mark's colour wins; a breach's red wins over amber since it
    /// comes earlier and amber marks set their own width and heads only).
    static func apply(_ codes: [FindingCode], on target: FindingMark.Target, to attributes: inout DOTAttributes) {
        for mark in FindingCode.allCases.filter(codes.contains).map(mark).reversed() where mark.target == target {
            mark.apply(&attributes)
        }
    }

    // MARK: - Marks that are not one finding's

    /// A team in error (any error-severity finding about it or its links):
    /// a thick red outline.
    static let errorMeaning = "team in error"

    @Sendable static func applyError(_ attributes: inout DOTAttributes) {
        attributes.set(.color, Palette.error)
        attributes.set(.penwidth, "2.8")
    }

    /// A broken link (status `broken`): drawn like a breached standard and labelled `broken`.
    static func applyBroken(to attributes: inout DOTAttributes) {
        mark(.standardBreached).apply(&attributes)
    }

    /// The focused team (`--focus`): a bold outline (never thinner than an
    /// error's) and a badge, so it stands out even when it is in error.
    static let focusBadge = "◆ in focus"
    static let focusMeaning = "◆ focused team"

    static func applyFocus(to attributes: inout DOTAttributes) {
        if case .string(let width)? = attributes[.penwidth], let value = Double(width), value >= 2.4 {
            // Keep the thicker outline.
        } else {
            attributes.set(.penwidth, "2.4")
        }
        attributes.append(style: "bold")
    }

    /// The legend's words for the cut-off row.
    static let cutOffMeaning = "Cut off from the customer: teams with no path to any customer"
}

extension DOTAttributes {
    /// Adds a style (`dashed`, `bold` ...) to the ones already set.
    mutating func append(style: String) {
        if case .string(let current)? = self[.style], !current.isEmpty {
            set(.style, current + "," + style)
        } else {
            set(.style, style)
        }
    }
}
