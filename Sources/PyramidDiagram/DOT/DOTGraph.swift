/// A directed graph to be written as DOT: a small value-type model whose
/// statements keep the order they were added in, so that a caller adding them
/// in a canonical order gets byte-identical DOT text every time.
///
/// Node and subgraph names are program-made identifiers (see
/// ``SVGIdentifier``); user text only ever appears in ``DOTLabel`` values.
struct DOTGraph: Hashable, Sendable {
    /// The graph's name.
    var name: String
    /// Graph attributes (`graph [...]`).
    var attributes = DOTAttributes()
    /// Default node attributes (`node [...]`).
    var nodeDefaults = DOTAttributes()
    /// Default edge attributes (`edge [...]`).
    var edgeDefaults = DOTAttributes()
    /// Nodes, edges and subgraphs, in writing order.
    var statements: [DOTStatement] = []

    init(name: String) {
        self.name = name
    }

    mutating func add(_ node: DOTNode) { statements.append(.node(node)) }
    mutating func add(_ edge: DOTEdge) { statements.append(.edge(edge)) }
    mutating func add(_ subgraph: DOTSubgraph) { statements.append(.subgraph(subgraph)) }

    /// The graph as DOT text.
    var dotText: String { DOTWriter.write(self) }
}
