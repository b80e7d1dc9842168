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
