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

/// One statement of a graph or subgraph body.
enum DOTStatement: Hashable, Sendable {
    case node(DOTNode)
    case edge(DOTEdge)
    case subgraph(DOTSubgraph)
}

/// A node statement.
struct DOTNode: Hashable, Sendable {
    var name: String
    var attributes: DOTAttributes

    init(_ name: String, _ attributes: DOTAttributes = [:]) {
        self.name = name
        self.attributes = attributes
    }
}

/// An edge statement `tail -> head`.
struct DOTEdge: Hashable, Sendable {
    var tail: String
    var head: String
    var attributes: DOTAttributes

    init(_ tail: String, _ head: String, _ attributes: DOTAttributes = [:]) {
        self.tail = tail
        self.head = head
        self.attributes = attributes
    }
}

/// A subgraph: a cluster when its name starts with `cluster` (Graphviz draws
/// only those as boxes), otherwise a grouping such as `rank=same`. A subgraph
/// without a name is written anonymously.
struct DOTSubgraph: Hashable, Sendable {
    var name: String?
    var attributes = DOTAttributes()
    var statements: [DOTStatement] = []

    init(name: String?, attributes: DOTAttributes = [:]) {
        self.name = name
        self.attributes = attributes
    }

    /// A cluster named `cluster_<suffix>`: the prefix is what makes Graphviz
    /// draw it, so it is added here rather than left to each caller.
    static func cluster(_ suffix: String, attributes: DOTAttributes = [:]) -> DOTSubgraph {
        DOTSubgraph(name: "cluster_" + suffix, attributes: attributes)
    }

    mutating func add(_ node: DOTNode) { statements.append(.node(node)) }
    mutating func add(_ edge: DOTEdge) { statements.append(.edge(edge)) }
    mutating func add(_ subgraph: DOTSubgraph) { statements.append(.subgraph(subgraph)) }

    var isEmpty: Bool { statements.isEmpty }
}
