/// Owns a Graphviz context (`GVC_t`), freed when the owner goes away.
///
/// Not `Sendable`: the context is only touched while ``GraphvizSession``'s
/// lock is held.
final class GraphvizContext {
    let pointer: GraphvizCalls.Context

    init?() {
        guard let pointer = GraphvizCalls.newContext() else { return nil }
        self.pointer = pointer
    }

    deinit {
        GraphvizCalls.freeContext(pointer)
    }
}

@available(*, unavailable, message: "Graphviz state is not thread-safe; use GraphvizSession")
extension GraphvizContext: Sendable {}
