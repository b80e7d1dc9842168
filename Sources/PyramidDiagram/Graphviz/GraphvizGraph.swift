/// Owns a parsed graph (`Agraph_t`), closed with `agclose` when the owner
/// goes away, error paths included.
final class GraphvizGraph {
    let pointer: GraphvizCalls.Graph

    /// Parses DOT text; `nil` on a syntax error (Graphviz reports why through
    /// the error handler).
    init?(dot: String) {
        guard let pointer = GraphvizCalls.readGraph(dot) else { return nil }
        self.pointer = pointer
    }

    deinit {
        GraphvizCalls.closeGraph(pointer)
    }
}

@available(*, unavailable, message: "Graphviz state is not thread-safe; use GraphvizSession")
extension GraphvizGraph: Sendable {}
