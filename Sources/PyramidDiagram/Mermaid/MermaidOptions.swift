/// What a Mermaid flowchart of the pyramid shows.
public struct MermaidOptions: Hashable, Sendable {
    /// Adds what each link delivers and its service standard to the arrows.
    public var detail: Bool
    /// Draws only this team's neighbourhood: its chains up to the customer
    /// plus every node within ``depth`` links of it (as `render --focus`).
    public var focus: String?
    /// How many links around the ``focus`` team to include (0 or more).
    public var depth: Int

    /// Creates options; the defaults draw the whole organisation without details.
    public init(detail: Bool = false, focus: String? = nil, depth: Int = 1) {
        self.detail = detail
        self.focus = focus
        self.depth = max(0, depth)
    }
}
