/// What the inverted-pyramid diagram shows.
public struct DiagramOptions: Hashable, Sendable {
    /// How teams are grouped into boxes.
    public enum Grouping: String, Hashable, Sendable, CaseIterable {
        /// One box per `department`; teams without one stay outside.
        case department
    }

    /// Adds what each link delivers and its standard to the `serves` arrows.
    public var detail: Bool
    /// Draws the legend explaining colours, lines and shapes.
    public var legend: Bool
    /// Draws the organisation's name as a title.
    public var title: Bool
    /// Shown under the title when given (e.g. `2026-11-23`); never taken from the clock.
    public var date: String?
    /// Draws groups as clusters; `nil` draws no groups.
    public var grouping: Grouping?
    /// Draws only this team's neighbourhood: its chains up to the customer
    /// plus every node within ``depth`` links of it.
    public var focus: String?
    /// Draws only this department: every team whose `department` is this
    /// name (`""` for teams without one), plus the customers and teams they
    /// serve directly and the leaders they report to (one link out, never
    /// further). Never drawn as a summary; the title names the department.
    /// ``focus`` wins when both are given.
    public var focusDepartment: String?
    /// How many links around the ``focus`` team to include (0 or more).
    public var depth: Int
    /// Draws every team whatever the organisation's size (a wall chart);
    /// otherwise an organisation of more than ``summaryThreshold`` teams is
    /// drawn as a summary, one box per department (or leader).
    public var allTeams: Bool
    /// For SVG: write just the `<svg>` element, without the XML prolog,
    /// DOCTYPE and comments, for pasting into HTML.
    public var svgFragment: Bool
    /// Marks what changed since another version (`diff`/`what-if --render`):
    /// added parts green, changed amber, removed ones as grey dashed ghosts.
    public var changes: ChangeMarks?

    /// Creates options; the defaults draw the whole organisation with title and legend.
    public init(
        detail: Bool = false,
        legend: Bool = true,
        title: Bool = true,
        date: String? = nil,
        grouping: Grouping? = nil,
        focus: String? = nil,
        depth: Int = 1,
        svgFragment: Bool = false,
        allTeams: Bool = false,
        changes: ChangeMarks? = nil,
        focusDepartment: String? = nil
    ) {
        self.detail = detail
        self.legend = legend
        self.title = title
        self.date = date
        self.grouping = grouping
        self.focus = focus
        self.depth = max(0, depth)
        self.svgFragment = svgFragment
        self.changes = changes
        self.allTeams = allTeams
        self.focusDepartment = focusDepartment
    }

    /// The most teams the overview draws one by one; a larger organisation's
    /// overview is a summary by department (see docs/rendering.md for how
    /// this was measured).
    public static let summaryThreshold = 100

    /// From this many teams drawn one by one (``allTeams``) on, the positions
    /// are computed in Swift and Graphviz only draws (its `nop2` layout): the
    /// first size not drawn as a summary by default. Even tuned, `dot` takes
    /// 0.5 s at 500 teams, 6 s at 1,000 and minutes at 5,000, and its rows
    /// lean from about 150 teams on; the computed layout is faster and more
    /// centred at every size measured (docs/rendering.md, "Wall charts").
    public static let computedLayoutThreshold = summaryThreshold + 1

    /// Whether a diagram of `teamCount` teams is laid out in Swift: every
    /// team drawn (``allTeams``, no ``focus`` or ``focusDepartment``), no
    /// ``grouping`` or ``changes``, and at least ``computedLayoutThreshold`` teams.
    public func computesLayout(teamCount: Int) -> Bool {
        allTeams && focus == nil && focusDepartment == nil && grouping == nil && changes == nil
            && teamCount >= Self.computedLayoutThreshold
    }

    /// Whether the overview of an organisation of `teamCount` teams is drawn
    /// as a summary: more than ``summaryThreshold`` teams, no ``focus`` or
    /// ``focusDepartment``, no ``grouping`` and not ``allTeams``.
    public func summarises(teamCount: Int) -> Bool {
        !allTeams && focus == nil && focusDepartment == nil && grouping == nil && teamCount > Self.summaryThreshold
    }
}
