/// The Graphviz attributes this package writes.
///
/// A closed list on purpose: attributes that make Graphviz follow a link or
/// read a file (`URL`, `href`, `stylesheet`, `image`, `shapefile`, `fontpath`
/// ...) cannot be spelled, so user data can never reach them, and a misspelt
/// attribute name fails to compile instead of being silently ignored.
/// `tooltip` carries user text, only as ``DOTValue/tooltip(_:)``.
enum DOTAttribute: String, Hashable, Sendable, Comparable, CaseIterable {
    case arrowhead, arrowsize, arrowtail
    case bb
    case bgcolor
    case charset
    case `class`
    case color
    case constraint
    case dir
    case fillcolor
    case fixedsize
    case fontcolor, fontname, fontsize
    case headclip
    case height
    case id
    case label, labeljust, labelloc
    case margin
    case mclimit
    case minlen
    case newrank
    case nodesep
    case nslimit, nslimit1
    case ordering
    case outputorder
    case pad
    case penwidth
    case peripheries
    case pos
    case rank, rankdir, ranksep
    case shape
    case splines
    case style
    case tailclip
    case tooltip
    case weight
    case width
    case xlabel

    /// Whether Graphviz label-processes the value (an escString): only those
    /// attributes may carry user text, through ``DOTLabel`` (labels) or
    /// ``DOTValue/tooltip(_:)``.
    var isLabel: Bool { self == .label || self == .xlabel || self == .tooltip }

    static func < (lhs: DOTAttribute, rhs: DOTAttribute) -> Bool { lhs.rawValue < rhs.rawValue }
}
