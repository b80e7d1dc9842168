/// Why a Mermaid flowchart was not written.
public enum MermaidError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The flowchart is over Mermaid's default limits (``MermaidFlowchart/maxEdges``
    /// links or ``MermaidFlowchart/maxTextSize`` characters), so GitHub,
    /// GitLab and Mermaid's own tools would refuse to draw it.
    case tooLarge(edges: Int, characters: Int)
    /// `--focus` names no team of the organisation.
    case unknownFocusTeam(String)

    /// One sentence for a person, with what to do instead.
    public var description: String {
        switch self {
        case .tooLarge(let edges, let characters):
            var over: [String] = []
            if edges > MermaidFlowchart.maxEdges {
                over.append("\(edges) links (Mermaid draws at most \(MermaidFlowchart.maxEdges))")
            }
            if characters > MermaidFlowchart.maxTextSize {
                over.append("\(characters) characters (Mermaid reads at most \(MermaidFlowchart.maxTextSize))")
            }
            return "the Mermaid flowchart would have " + over.joined(separator: " and ")
                + ", so GitHub, GitLab and Mermaid's own tools would refuse to draw it; "
                + "draw part of it with --focus TEAM [--depth N], or the whole with 'pyramid render'"
        case .unknownFocusTeam(let id):
            return "--focus: no team '\(id)'"
        }
    }
}
