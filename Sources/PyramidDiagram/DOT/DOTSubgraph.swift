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
