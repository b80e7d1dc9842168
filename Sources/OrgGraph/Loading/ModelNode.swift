import Yams

/// A node of a composed YAML (or JSON) document, as ``NodeReader`` and
/// ``OrganisationTreeReader`` see it: aliases already resolved, every node
/// with the line and column where it starts.
///
/// Two trees conform: Yams' ``Yams/Node`` (the reference reader,
/// ``ComposedModelReader``) and ``EventTree/Node`` (the streaming reader,
/// ``StreamingModelReader``). Scalars resolve as Yams resolves them, so both
/// trees read the same.
protocol ModelNode {
    /// What the node holds.
    var content: ModelNodeContent<Self> { get }
    /// The 1-based line of the node's first character (its anchor or tag, if it has one).
    var line: Int { get }
    /// The 1-based column, in Unicode scalars.
    var column: Int { get }
    /// A plain `~`, `null`, `Null`, `NULL` or empty scalar; a quoted `"null"` is text.
    var isNull: Bool { get }
    /// A plain scalar read as YAML reads a whole number (`12`, `0x1F`, `1_000`).
    var intValue: Int? { get }
    /// A plain scalar read as YAML reads a number (`2.5`, `.inf`, `1e3`).
    var floatValue: Double? { get }
    /// Whether the node is a scalar, without making its content.
    var isScalar: Bool { get }
}

/// The content of a ``ModelNode``.
enum ModelNodeContent<Node> {
    case mapping([(key: Node, value: Node)])
    case sequence([Node])
    /// The scalar's text and whether it was written plain (unquoted, not a block).
    case scalar(String, isPlain: Bool)
    /// Never produced by a composed tree; kept so messages can name it.
    case alias
}

extension ModelNode {
    var isScalar: Bool {
        if case .scalar = content { return true }
        return false
    }

    /// The text of the first entry keyed `key` in a mapping, when it is a scalar.
    func scalarValue(forKey key: String) -> String? {
        guard case .mapping(let pairs) = content else { return nil }
        for (candidate, value) in pairs {
            guard case .scalar(let name, _) = candidate.content, name == key else { continue }
            guard case .scalar(let text, _) = value.content else { return nil }
            return text
        }
        return nil
    }
}

extension Yams.Node: ModelNode {
    var content: ModelNodeContent<Yams.Node> {
        switch self {
        case .mapping(let mapping): .mapping(mapping.map { (key: $0.key, value: $0.value) })
        case .sequence(let sequence): .sequence(Array(sequence))
        case .scalar(let scalar): .scalar(scalar.string, isPlain: scalar.style == .plain)
        case .alias: .alias
        }
    }

    var line: Int { mark?.line ?? 1 }
    var column: Int { mark?.column ?? 1 }

    var isNull: Bool {
        guard case .scalar(let scalar) = self else { return false }
        return scalar.style == .plain && null != nil
    }

    var intValue: Int? { int }
    var floatValue: Double? { float }
}
