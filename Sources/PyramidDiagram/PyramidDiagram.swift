internal import CGraphviz

/// Draws an analysed organisation as an inverted pyramid (filled in by the rendering issue).
public enum PyramidDiagram {
    /// The version of the Graphviz library linked in.
    public static var graphvizVersion: String { "unknown" }
}
