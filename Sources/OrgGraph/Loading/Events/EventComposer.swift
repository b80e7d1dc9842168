import Yams

/// Builds an ``EventTree`` from libyaml's event stream in one pass, without
/// recursion, composing exactly what Yams' parser composes (one document,
/// aliases resolved to the node they name, repeated keys found per mapping).
///
/// Two limits protect the process from hostile files, which libyaml itself
/// does not: nesting deeper than ``maxDepth``, and aliases that would make
/// the document, read as a tree, much bigger than its text ("billion laughs":
/// ten aliases of ten aliases of ... of one value). The tree stores each
/// aliased node once, but a reader walking it visits it once per alias.
struct EventComposer {
    /// The deepest nesting of lists and mappings accepted (a model needs 6).
    static let maxDepth = 200
    /// How many nodes aliases may add to the document, read as a tree,
    /// beyond the number of nodes in its text.
    static let aliasAllowance = 1_000_000

    /// What a successful composition gives.
    struct Composed {
        var tree: EventTree.Parts
        /// The document's root; `nil` when the stream holds no document.
        var root: Int32?
        /// Repeated keys, in the order Yams' parser would report them: one
        /// per occurrence that Yams' reader renames (all but the last of each key).
        var repeats: [Repeat]
        /// Something JSON does not allow may be in the text (checked then,
        /// and only then, by Foundation's JSON parser for its exact message).
        var mayNotBeJSON: Bool
    }

    /// One occurrence of a key that appears again later in the same mapping.
    struct Repeat {
        var key: String
        var node: Int32
        var line: Int
        var column: Int
    }

    /// Why composition stopped.
    enum Failure: Error {
        case syntax(YAMLParseError)
        case tooDeep(line: Int, column: Int)
        case tooManyAliases(line: Int, column: Int)
    }

    private struct Frame {
        var kind: EventTree.Entry.Kind
        var line: Int
        var column: Int
        var anchor: String?
        /// Where this collection's children start in `pending`.
        var start: Int
        /// The number of nodes of this collection read as a tree.
        var size: Int
    }

    private var tree = EventTree.Parts()
    private var frames: [Frame] = []
    private var pending: [Int32] = []
    private var anchors: [String: (index: Int32, size: Int)] = [:]
    private var aliasNodes = 0
    private var repeats: [Repeat] = []
    private var root: Int32?
    private let json: Bool
    private var mayNotBeJSON = false

    private init(json: Bool) {
        self.json = json
    }

    /// Composes the single document in `bytes` (UTF-8). `json` turns on the
    /// cheap checks that decide whether Foundation must look at the text.
    static func compose(_ text: String, json: Bool) -> Result<Composed, Failure> {
        // An empty text holds no document, as a single space does; libyaml
        // needs storage to point at.
        var text = text.isEmpty ? " " : text
        return text.withUTF8 { bytes in
            var composer = EventComposer(json: json)
            composer.tree.reserve(forTextOf: bytes.count)
            let outcome = LibYAMLEventParser.parse(bytes) { parser in
                Result { () throws(Failure) in try composer.run(parser) }
            }
            if case .failure(let failure) = outcome { return .failure(failure) }
            if json, !JSONTextCheck.isPlainJSON(bytes) { composer.mayNotBeJSON = true }
            return .success(Composed(tree: composer.tree, root: composer.root, repeats: composer.repeats, mayNotBeJSON: composer.mayNotBeJSON))
        }
    }

    private mutating func next(_ parser: LibYAMLEventParser) throws(Failure) -> YAMLEvent {
        switch parser.next(appendingTextTo: &tree.bytes) {
        case .success(let event): return event
        case .failure(let error): throw .syntax(error)
        }
    }

    /// Follows Yams' `Parser.singleRoot()`: stream start, then no document
    /// or exactly one.
    private mutating func run(_ parser: LibYAMLEventParser) throws(Failure) {
        _ = try next(parser) // stream start
        var event = try next(parser)
        guard event.kind != .streamEnd else { return }
        if !event.isImplicit { mayNotBeJSON = true }
        event = try next(parser)
        while true {
            if try add(event) { break }
            event = try next(parser)
        }
        let end = try next(parser) // document end
        if !end.isImplicit { mayNotBeJSON = true }
        let after = try next(parser)
        guard after.kind == .streamEnd else {
            throw .syntax(YAMLParseError(kind: .composer, problem: "but found another document", line: after.line, column: after.column,
                                         context: ("expected a single document in the stream", 1, 1)))
        }
    }

    /// Adds one node event; true when the document's root is complete.
    private mutating func add(_ event: YAMLEvent) throws(Failure) -> Bool {
        if json { checkJSON(event) }
        switch event.kind {
        case .scalar:
            let index = tree.addScalar(bytes: event.value, isPlain: event.style == .plain, line: event.line, column: event.column)
            if let anchor = event.anchor { anchors[anchor] = (index, 1) }
            return attach(index, size: 1)
        case .alias:
            guard let anchor = event.anchor, let target = anchors[anchor] else {
                throw .syntax(YAMLParseError(kind: .composer, problem: "found undefined alias", line: event.line, column: event.column))
            }
            aliasNodes += target.size
            guard aliasNodes <= Self.aliasAllowance + tree.entries.count else {
                throw .tooManyAliases(line: event.line, column: event.column)
            }
            return attach(target.index, size: target.size)
        case .sequenceStart, .mappingStart:
            guard frames.count < Self.maxDepth else { throw .tooDeep(line: event.line, column: event.column) }
            frames.append(Frame(kind: event.kind == .mappingStart ? .mapping : .sequence,
                                line: event.line, column: event.column, anchor: event.anchor, start: pending.count, size: 1))
            return false
        case .sequenceEnd, .mappingEnd:
            guard let frame = frames.popLast() else { return false }
            let index = close(frame)
            if let anchor = frame.anchor { anchors[anchor] = (index, frame.size) }
            return attach(index, size: frame.size)
        case .streamStart, .streamEnd, .documentStart, .documentEnd:
            return false
        }
    }

    /// Stores a finished collection: its children move from the end of
    /// `pending` to the end of the tree's `children`, with no array made.
    private mutating func close(_ frame: Frame) -> Int32 {
        let first = tree.children.count
        tree.children.append(contentsOf: pending[frame.start...])
        pending.removeLast(pending.count - frame.start)
        if frame.kind == .mapping { findRepeats(keysFrom: first) }
        return tree.addCollection(frame.kind, childrenFrom: first, line: frame.line, column: frame.column)
    }

    private mutating func attach(_ index: Int32, size: Int) -> Bool {
        guard !frames.isEmpty else {
            root = index
            return true
        }
        pending.append(index)
        frames[frames.count - 1].size += size
        return false
    }

    // MARK: Repeated keys

    /// Yams' parser refuses a mapping with equal keys (same text and same
    /// resolved tag), naming the smallest such key and its first place;
    /// ``ComposedModelReader`` renames that place and parses again. This
    /// records the same renames, in the same order, without parsing again.
    private mutating func findRepeats(keysFrom first: Int) {
        let end = tree.children.count
        let keyCount = (end - first + 1) / 2
        guard keyCount > 1 else { return }
        var anyRepeat = false
        if keyCount <= 12 {
            // Pairwise, on the bytes: no string or array made per mapping.
            outer: for a in stride(from: first, to: end, by: 2) {
                for b in stride(from: a + 2, to: end, by: 2) where tree.sameScalarText(tree.children[a], tree.children[b]) {
                    anyRepeat = true
                    break outer
                }
            }
        } else {
            var seen = Set<String>()
            for position in stride(from: first, to: end, by: 2) {
                guard let text = tree.text(ofScalar: tree.children[position]) else { continue }
                if !seen.insert(text).inserted {
                    anyRepeat = true
                    break
                }
            }
        }
        guard anyRepeat else { return }
        let keys = stride(from: first, to: end, by: 2).map { tree.children[$0] }
        let texts = keys.map { tree.text(ofScalar: $0) }
        // Group by (text, resolved tag), in document order.
        var groups: [(text: String, tag: Tag.Name, members: [Int])] = []
        for (position, key) in keys.enumerated() {
            guard let text = texts[position] else { continue }
            let entry = tree.entries[Int(key)]
            let tag = entry.isPlain ? Resolver.default.resolveTag(of: Yams.Node.scalar(.init(text, .implicit, .plain))) : Tag.Name.str
            if let group = groups.firstIndex(where: { $0.text == text && $0.tag == tag }) {
                groups[group].members.append(position)
            } else {
                groups.append((text, tag, [position]))
            }
        }
        let repeated = groups.filter { $0.members.count > 1 }.sorted { $0.text < $1.text }
        for group in repeated {
            for position in group.members.dropLast() {
                let entry = tree.entries[Int(keys[position])]
                repeats.append(Repeat(key: group.text, node: keys[position], line: Int(entry.line), column: Int(entry.column)))
            }
        }
    }

    // MARK: JSON

    /// Anything in the events that a JSON parser would not accept: YAML's
    /// anchors, tags and aliases, block style, unquoted keys, single quotes,
    /// plain values other than numbers, `true`, `false` and `null`.
    private mutating func checkJSON(_ event: YAMLEvent) {
        guard !mayNotBeJSON else { return }
        if event.anchor != nil || event.tag != nil || event.kind == .alias { mayNotBeJSON = true; return }
        let isKey = frames.last.map { $0.kind == .mapping && (pending.count - $0.start) % 2 == 0 } ?? false
        switch event.kind {
        case .scalar:
            if isKey && event.style != .doubleQuoted { mayNotBeJSON = true }
            switch event.style {
            case .doubleQuoted: break
            case .plain: if !JSONTextCheck.isJSONLiteral(tree.bytes[event.value]) { mayNotBeJSON = true }
            default: mayNotBeJSON = true
            }
            if frames.isEmpty { mayNotBeJSON = true }
        case .sequenceStart, .mappingStart:
            if isKey || event.style != .flow { mayNotBeJSON = true }
        default:
            break
        }
    }
}
