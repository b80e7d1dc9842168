/// Reads typed values out of a composed YAML node tree, collecting a located
/// diagnostic for every problem instead of stopping at the first.
///
/// Generic over the tree: Yams' ``Yams/Node`` for ``ComposedModelReader``,
/// ``EventTree/Node`` for ``StreamingModelReader``; the same code gives both
/// readers the same diagnostics.
struct NodeReader<Node: ModelNode> {
    let file: String
    /// Keys renamed so a repeated key could be parsed (see ``DuplicateKeys``):
    /// new name to the name in the file. Repeats are reported by ``DuplicateKeys``.
    let renamedKeys: [String: String]
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, renamedKeys: [String: String] = [:]) {
        self.file = file
        self.renamedKeys = renamedKeys
    }

    // MARK: Locations and reporting

    func location(of node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.line, column: node.column)
    }

    mutating func report(_ code: DiagnosticCode, _ message: String, at location: SourceLocation, severity: Severity = .error) {
        diagnostics.append(Diagnostic(severity: severity, code: code, message: message, location: location))
    }

    mutating func report(_ code: DiagnosticCode, _ message: String, at node: Node, severity: Severity = .error) {
        report(code, message, at: location(of: node), severity: severity)
    }

    /// How a node's kind reads in a message: `a list`, `a mapping`, `nothing (null)`, `a number`.
    static func describe(_ node: Node) -> String {
        switch node.content {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let string, _):
            return node.isNull ? "nothing (null)" : "'\(string)'"
        }
    }

    // MARK: Mappings

    /// What a mapping is, for messages; worked out only when a message needs it.
    enum Owner: ExpressibleByStringLiteral {
        /// Always the same words: `the model`, `a 'serves' entry`.
        case fixed(String)
        /// An entry named by its `id` when it has a valid one: `team 'nurses'`, else `a team`.
        case entry(String)

        init(stringLiteral value: String) { self = .fixed(value) }

        func text(for node: Node) -> String {
            switch self {
            case .fixed(let text): return text
            case .entry(let kind):
                if let id = node.scalarValue(forKey: "id"), NodeReader.isValidID(id) { return "\(kind) '\(id)'" }
                return "a \(kind)"
            }
        }
    }

    /// The entries of a mapping node, checked against the allowed keys.
    struct Fields {
        /// The mapping node itself, for `missing-key` locations.
        var node: Node
        /// What the mapping is, for messages.
        var ownerKind: Owner
        /// Each allowed key found, with its key and value nodes, in the order
        /// first met (a model's mappings have a handful of keys: a linear
        /// search costs less than hashing).
        var entries: [(name: String, key: Node, value: Node)]

        /// What the mapping is, for messages: `team 'nurses'`, `the model`.
        var owner: String { ownerKind.text(for: node) }

        subscript(key: String) -> Node? {
            for entry in entries where entry.name == key { return entry.value }
            return nil
        }
    }

    /// Checks that `node` is a mapping whose keys are all in `allowed`,
    /// reporting unknown keys (with a suggestion). A repeated key keeps its
    /// first value (the repeat is reported by ``DuplicateKeys``).
    mutating func fields(of node: Node, allowed: [String], owner ownerKind: Owner) -> Fields? {
        var owner: String { ownerKind.text(for: node) }
        guard case .mapping(let mapping) = node.content else {
            report(DiagnosticCode.wrongType, "expected a mapping for \(owner), found \(Self.describe(node))", at: node)
            return nil
        }
        var fields = Fields(node: node, ownerKind: ownerKind, entries: [])
        fields.entries.reserveCapacity(mapping.count)
        var merged: [(key: Node, value: Node)] = []
        for (key, value) in mapping {
            let keyContent = key.content
            // YAML merge keys (`<<: *defaults`): the merged entries count
            // unless the mapping sets the same key itself.
            if case .scalar(let string, let isPlain) = keyContent, string == "<<", isPlain {
                let sources: [Node] = if case .sequence(let list) = value.content { list } else { [value] }
                for source in sources {
                    guard case .mapping(let defaults) = source.content else {
                        report(DiagnosticCode.wrongType, "expected a mapping (or a list of them) to merge with '<<', found \(Self.describe(source))", at: source)
                        continue
                    }
                    merged.append(contentsOf: defaults.map { ($0.key, $0.value) })
                }
                continue
            }
            guard case .scalar(let string, _) = keyContent else {
                report(DiagnosticCode.wrongType, "expected a key name in \(owner), found \(Self.describe(key))", at: key)
                continue
            }
            let name = renamedKeys.isEmpty ? string : renamedKeys[string] ?? string
            guard allowed.contains(name) else {
                let hint = Suggestion.hint(for: name, in: allowed)
                let known = hint.isEmpty ? "; expected one of \(allowed.joined(separator: ", "))" : hint
                report(DiagnosticCode.unknownKey, "unknown key '\(name)' in \(owner)\(known)", at: key)
                continue
            }
            if fields[name] == nil { fields.entries.append((name, key, value)) }
        }
        for (key, value) in merged {
            guard case .scalar(let string, _) = key.content, fields[string] == nil else { continue }
            guard allowed.contains(string) else {
                report(DiagnosticCode.unknownKey, "unknown key '\(string)' merged into \(owner)\(Suggestion.hint(for: string, in: allowed))", at: key)
                continue
            }
            fields.entries.append((string, key, value))
        }
        return fields
    }

    /// The value of a required key, or a `missing-key` diagnostic at the mapping.
    mutating func required(_ key: String, in fields: Fields) -> Node? {
        if let value = fields[key] { return value }
        report(DiagnosticCode.missingKey, "\(fields.owner) is missing the required key '\(key)'", at: fields.node)
        return nil
    }

    // MARK: Scalars

    /// A non-null scalar as text.
    mutating func string(_ node: Node, for key: String) -> String? {
        guard case .scalar(let string, _) = node.content, !node.isNull else {
            report(DiagnosticCode.wrongType, "expected text for '\(key)', found \(Self.describe(node))", at: node)
            return nil
        }
        return string
    }

    /// A non-empty scalar as text.
    mutating func nonEmptyString(_ node: Node, for key: String) -> String? {
        guard let text = string(node, for: key) else { return nil }
        guard !text.allSatisfy(\.isWhitespace) else {
            report(DiagnosticCode.invalidValue, "'\(key)' must not be empty", at: node)
            return nil
        }
        return text
    }

    /// An id: a scalar matching `[A-Za-z0-9_.-]+`.
    mutating func identifier(_ node: Node, for key: String) -> String? {
        guard let text = string(node, for: key) else { return nil }
        guard Self.isValidID(text) else {
            report(DiagnosticCode.invalidID, "'\(text)' is not a valid id for '\(key)': use only letters, digits, '_', '.' and '-'", at: node)
            return nil
        }
        return text
    }

    static func isValidID(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { scalar in
            switch scalar {
            case "A"..."Z", "a"..."z", "0"..."9", "_", ".", "-": true
            default: false
            }
        }
    }

    /// A number (integer or decimal).
    mutating func number(_ node: Node, for key: String) -> Double? {
        guard case .scalar = node.content, !node.isNull, let value = node.floatValue, value.isFinite else {
            report(DiagnosticCode.wrongType, "expected a number for '\(key)', found \(Self.describe(node))", at: node)
            return nil
        }
        return value
    }

    /// A whole number of at least zero.
    mutating func count(_ node: Node, for key: String) -> Int? {
        guard case .scalar = node.content, !node.isNull, let value = node.intValue else {
            report(DiagnosticCode.wrongType, "expected a whole number for '\(key)', found \(Self.describe(node))", at: node)
            return nil
        }
        guard value >= 0 else {
            report(DiagnosticCode.invalidValue, "'\(key)' must be 0 or more, found \(value)", at: node)
            return nil
        }
        return value
    }

    /// One of an enum's raw values, with a suggestion when it is close to one.
    mutating func choice<Choice: RawRepresentable & CaseIterable>(_ node: Node, for key: String, as type: Choice.Type) -> Choice?
    where Choice.RawValue == String {
        guard let text = string(node, for: key) else { return nil }
        if let value = Choice(rawValue: text) { return value }
        let options = Choice.allCases.map(\.rawValue)
        let hint = Suggestion.hint(for: text, in: options)
        report(DiagnosticCode.invalidValue, "'\(text)' is not a valid '\(key)': expected one of \(options.joined(separator: ", "))\(hint)", at: node)
        return nil
    }

    // MARK: Sequences

    /// The items of a list.
    mutating func list(_ node: Node, for key: String) -> [Node]? {
        guard case .sequence(let sequence) = node.content else {
            report(DiagnosticCode.wrongType, "expected a list for '\(key)', found \(Self.describe(node))", at: node)
            return nil
        }
        return sequence
    }

    /// A single scalar or a list of them, each with its location.
    mutating func oneOrMany(_ node: Node, for key: String, read: (inout NodeReader, Node) -> String?) -> [Located<String>] {
        guard case .sequence(let items) = node.content else {
            return read(&self, node).map { [Located($0, at: location(of: node))] } ?? []
        }
        return items.compactMap { item in
            read(&self, item).map { Located($0, at: location(of: item)) }
        }
    }
}
