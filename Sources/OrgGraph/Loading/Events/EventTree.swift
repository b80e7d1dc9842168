import Yams

/// A composed document kept in a few flat arrays, built from libyaml's events
/// by ``EventComposer``: one small entry per node, the children of every
/// list and mapping stored side by side, scalars' text in one array.
///
/// An alias is the index of the node it names, so a node used through many
/// aliases is stored once (the tree is a DAG), and never copied.
final class EventTree {
    /// The arrays while the tree is built (by ``EventComposer``) and its
    /// repeated keys renamed; frozen into an ``EventTree`` to be read.
    struct Parts {
        var entries: [Entry] = []
        var children: [Int32] = []
        var strings: [String] = []

        mutating func addScalar(_ text: String, isPlain: Bool, line: Int, column: Int) -> Int32 {
            strings.append(text)
            entries.append(Entry(kind: .scalar, isPlain: isPlain, line: Int32(clamping: line), column: Int32(clamping: column),
                                 first: Int32(strings.count - 1), count: 0))
            return Int32(entries.count - 1)
        }

        mutating func addCollection(_ kind: Entry.Kind, children items: ArraySlice<Int32>, line: Int, column: Int) -> Int32 {
            let first = Int32(children.count)
            children.append(contentsOf: items)
            entries.append(Entry(kind: kind, isPlain: false, line: Int32(clamping: line), column: Int32(clamping: column),
                                 first: first, count: Int32(items.count)))
            return Int32(entries.count - 1)
        }

        mutating func rename(scalar index: Int32, to text: String) {
            strings[Int(entries[Int(index)].first)] = text
        }

        func text(ofScalar index: Int32) -> String? {
            let entry = entries[Int(index)]
            return entry.kind == .scalar ? strings[Int(entry.first)] : nil
        }
    }

    struct Entry {
        enum Kind: UInt8 { case scalar, sequence, mapping }
        var kind: Kind
        var isPlain: Bool
        var line: Int32
        var column: Int32
        /// Scalar: index in `strings`. Collection: first child in `children`.
        var first: Int32
        /// Collection: number of children (a mapping's keys and values alternate).
        var count: Int32
    }

    // Constants once built: reading them needs no exclusivity checks.
    let entries: [Entry]
    let children: [Int32]
    let strings: [String]

    init(_ parts: Parts) {
        entries = parts.entries
        children = parts.children
        strings = parts.strings
    }

    /// A node of the tree.
    struct Node: ModelNode {
        let tree: EventTree
        let index: Int32

        private var entry: Entry { tree.entries[Int(index)] }

        var content: ModelNodeContent<Node> {
            let entry = entry
            switch entry.kind {
            case .scalar:
                return .scalar(tree.strings[Int(entry.first)], isPlain: entry.isPlain)
            case .sequence:
                let range = Int(entry.first)..<Int(entry.first + entry.count)
                return .sequence(range.map { Node(tree: tree, index: tree.children[$0]) })
            case .mapping:
                var pairs: [(key: Node, value: Node)] = []
                pairs.reserveCapacity(Int(entry.count) / 2)
                var child = Int(entry.first)
                let end = child + Int(entry.count)
                while child + 1 < end {
                    pairs.append((Node(tree: tree, index: tree.children[child]), Node(tree: tree, index: tree.children[child + 1])))
                    child += 2
                }
                return .mapping(pairs)
            }
        }

        var line: Int { Int(entry.line) }
        var column: Int { Int(entry.column) }

        /// The scalar's text when it is plain.
        private var plainText: String? {
            let entry = entry
            guard entry.kind == .scalar, entry.isPlain else { return nil }
            return tree.strings[Int(entry.first)]
        }

        var isNull: Bool {
            switch plainText {
            case "", "~", "null", "Null", "NULL": true
            default: false
            }
        }

        // Plain decimal digits (`12`, `95`: nearly every number in a model)
        // are read directly; every other spelling (`0x1F`, `1_000`, `2.5`,
        // `.inf`, `012`, which YAML 1.1 reads as octal) goes through Yams'
        // own constructors, so both readers accept exactly the same numbers.
        var intValue: Int? {
            guard let text = plainText else { return nil }
            if let value = Self.plainDecimal(text) { return value }
            return Int.construct(from: Yams.Node.Scalar(text, .implicit, .plain))
        }

        var floatValue: Double? {
            guard let text = plainText else { return nil }
            if let value = Self.plainDecimal(text) { return Double(value) }
            return Double.construct(from: Yams.Node.Scalar(text, .implicit, .plain))
        }

        /// `0`, or 1 to 18 decimal digits not starting with `0`.
        private static func plainDecimal(_ text: String) -> Int? {
            let utf8 = text.utf8
            guard utf8.count <= 18, let first = utf8.first else { return nil }
            if first == UInt8(ascii: "0") { return utf8.count == 1 ? 0 : nil }
            var value = 0
            for byte in utf8 {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
    }

    func node(_ index: Int32) -> Node { Node(tree: self, index: index) }

    var count: Int { entries.count }
}
