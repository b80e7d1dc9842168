/// Writes a ``DOTGraph`` as DOT text: statements in their given order,
/// attributes sorted by name, every identifier and value quoted, two-space
/// indentation. The same graph always gives the same bytes.
enum DOTWriter {
    static func write(_ graph: DOTGraph) -> String {
        var out = "digraph " + DOTEscaping.quoted(graph.name) + " {\n"
        writeDefaults("graph", graph.attributes, indent: 1, into: &out)
        writeDefaults("node", graph.nodeDefaults, indent: 1, into: &out)
        writeDefaults("edge", graph.edgeDefaults, indent: 1, into: &out)
        for statement in graph.statements {
            write(statement, indent: 1, into: &out)
        }
        out += "}\n"
        return out
    }

    private static func write(_ statement: DOTStatement, indent: Int, into out: inout String) {
        let pad = String(repeating: "  ", count: indent)
        switch statement {
        case .node(let node):
            out += pad + DOTEscaping.quoted(node.name) + attributeList(node.attributes) + ";\n"
        case .edge(let edge):
            out += pad + DOTEscaping.quoted(edge.tail) + " -> " + DOTEscaping.quoted(edge.head)
                + attributeList(edge.attributes) + ";\n"
        case .subgraph(let subgraph):
            out += pad + "subgraph"
            if let name = subgraph.name { out += " " + DOTEscaping.quoted(name) }
            out += " {\n"
            writeDefaults("graph", subgraph.attributes, indent: indent + 1, into: &out)
            for inner in subgraph.statements {
                write(inner, indent: indent + 1, into: &out)
            }
            out += pad + "}\n"
        }
    }

    private static func writeDefaults(_ keyword: String, _ attributes: DOTAttributes, indent: Int, into out: inout String) {
        guard !attributes.isEmpty else { return }
        out += String(repeating: "  ", count: indent) + keyword + attributeList(attributes) + ";\n"
    }

    /// ` [a="1", b="2"]`, or nothing for no attributes.
    private static func attributeList(_ attributes: DOTAttributes) -> String {
        guard !attributes.isEmpty else { return "" }
        let items = attributes.sorted.map { key, value in key.rawValue + "=" + value.dotText }
        return " [" + items.joined(separator: ", ") + "]"
    }
}
