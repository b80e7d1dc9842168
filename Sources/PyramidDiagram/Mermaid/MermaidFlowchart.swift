public import OrgGraph

/// The inverted pyramid as a Mermaid flowchart, for Markdown documents that
/// GitHub, GitLab and other Mermaid renderers draw.
///
/// The flowchart runs bottom to top (`flowchart BT`) with `serves` arrows
/// from supplier to customer, so the end customers come out on top and the
/// leaders at the base. Each layer is a subgraph (end customers, front
/// line, support, leadership; empty ones are left out) drawn as a white box,
/// with nodes in file order; invisible links (`~~~`) tie each support team
/// and leader below the lowest node of the layer above
/// (``MermaidLayerDepth``). Findings are classes: `classDef finding-CODE` for every code
/// present, applied after the tier classes in order of severity so the most
/// serious one shows. Broken or breached links are dotted and red,
/// upward-facing ones thick and amber, away-from-customer ones amber,
/// support links (leader -> team) dotted and grey. A link that runs against
/// the layers (a team serving its leader, who sits below it) is written from
/// its customer as a two-headed link with the second head hidden, so it
/// points down without turning the pyramid over. Node ids are `c1`, `c2`,
/// ... for customers and `t1`, `t2`, ... for teams in file order, so no id
/// can collide with a Mermaid keyword; every user text is escaped by
/// ``MermaidEscaping``.
///
/// ```swift
/// let text = try MermaidFlowchart.text(Analysis(organisation))
/// ```
public enum MermaidFlowchart {
    /// Mermaid's default `maxEdges`: a flowchart with more links is refused.
    public static let maxEdges = 500
    /// Mermaid's default `maxTextSize`, in UTF-16 code units as JavaScript
    /// counts them: a longer text is refused.
    public static let maxTextSize = 50_000

    /// The flowchart text, ending in a newline.
    ///
    /// - Throws: ``MermaidError/unknownFocusTeam(_:)`` when the focus names
    ///   no team, ``MermaidError/tooLarge(edges:characters:)`` when Mermaid
    ///   would refuse the result.
    public static func text(_ analysis: Analysis, options: MermaidOptions = MermaidOptions()) throws(MermaidError) -> String {
        var builder = try MermaidFlowchartBuilder(analysis, options: options)
        builder.addLayers()
        builder.addLinks()
        builder.addTies()
        builder.addClasses()
        let text = builder.lines.joined(separator: "\n") + "\n"
        let characters = text.utf16.count
        guard builder.edgeCount <= maxEdges, characters <= maxTextSize else {
            throw MermaidError.tooLarge(edges: builder.edgeCount, characters: characters)
        }
        return text
    }
}
