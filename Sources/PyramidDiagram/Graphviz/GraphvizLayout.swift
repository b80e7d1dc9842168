/// Owns the layout of a graph, freed with `gvFreeLayout` before the graph is
/// closed (the layout keeps the graph and context alive).
final class GraphvizLayout {
    let context: GraphvizContext
    let graph: GraphvizGraph

    /// Lays the graph out with an engine such as `dot`; `nil` when Graphviz
    /// fails (it reports why through the error handler).
    init?(context: GraphvizContext, graph: GraphvizGraph, engine: String) {
        guard GraphvizCalls.layout(context.pointer, graph.pointer, engine: engine) == 0 else {
            // gvLayout frees what it had built when it fails; a second
            // gvFreeLayout on the graph is harmless.
            GraphvizCalls.freeLayout(context.pointer, graph.pointer)
            return nil
        }
        self.context = context
        self.graph = graph
    }

    /// Renders the laid-out graph with an output plugin such as `svg`.
    func render(format: String) -> [UInt8]? {
        GraphvizCalls.renderData(context.pointer, graph.pointer, format: format)
    }

    deinit {
        GraphvizCalls.freeLayout(context.pointer, graph.pointer)
    }
}

@available(*, unavailable, message: "Graphviz state is not thread-safe; use GraphvizSession")
extension GraphvizLayout: Sendable {}
