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
        /// The UTF-8 text of every scalar, one after another (libyaml
        /// appends each scalar's bytes here as it reads it): no `String`
        /// is made until a reader asks for one, and the short ids and keys
        /// of a model then fit in a small string without allocating.
        var bytes: [UInt8] = []

        /// Room for a document of `textSize` bytes, so the arrays are not
        /// copied as they grow (pages reserved but not written cost no memory).
        mutating func reserve(forTextOf textSize: Int) {
            entries.reserveCapacity(textSize / 6)
            children.reserveCapacity(textSize / 7)
            // Scalars' text is never longer than the text they are written in.
            bytes.reserveCapacity(textSize + 64)
        }

        /// Adds a scalar whose text is `bytes[range]`.
        mutating func addScalar(bytes range: Range<Int>, isPlain: Bool, line: Int, column: Int) -> Int32 {
            entries.append(Entry(kind: .scalar, isPlain: isPlain, line: line, column: column, first: range.lowerBound, count: range.count))
            return Int32(entries.count - 1)
        }

        /// Adds a list or mapping whose children are `children[first...]`.
        mutating func addCollection(_ kind: Entry.Kind, childrenFrom first: Int, line: Int, column: Int) -> Int32 {
            entries.append(Entry(kind: kind, isPlain: false, line: line, column: column, first: first, count: children.count - first))
            return Int32(entries.count - 1)
        }

        mutating func rename(scalar index: Int32, to text: String) {
            let start = bytes.count
            bytes.append(contentsOf: text.utf8)
            let old = entries[Int(index)]
            entries[Int(index)] = Entry(kind: .scalar, isPlain: old.isPlain, line: Int(old.line), column: Int(old.column), first: start, count: bytes.count - start)
        }

        func text(ofScalar index: Int32) -> String? {
            let entry = entries[Int(index)]
            return entry.kind == .scalar ? String(decoding: bytes[entry.byteRange], as: UTF8.self) : nil
        }

        /// Whether two nodes are scalars with the same text, as `String`'s
        /// `==` decides (canonical equivalence; bytes suffice for ASCII).
        func sameScalarText(_ a: Int32, _ b: Int32) -> Bool {
            let first = entries[Int(a)]
            let second = entries[Int(b)]
            guard first.kind == .scalar, second.kind == .scalar else { return false }
            let (equal, ascii) = bytes.withUnsafeBufferPointer { buffer -> (Bool, Bool) in
                let left = UnsafeBufferPointer(rebasing: buffer[first.byteRange])
                let right = UnsafeBufferPointer(rebasing: buffer[second.byteRange])
                if left.elementsEqual(right) { return (true, true) }
                return (false, !left.contains { $0 >= 0x80 } && !right.contains { $0 >= 0x80 })
            }
            if equal { return true }
            if ascii { return false }
            return String(decoding: bytes[first.byteRange], as: UTF8.self) == String(decoding: bytes[second.byteRange], as: UTF8.self)
        }
    }

    /// One node in 16 bytes: its line, column and kind, and where its text
    /// (a scalar: a range of `bytes`) or children (a collection: a range of
    /// `children`) are.
    struct Entry {
        enum Kind: UInt8 { case scalar, sequence, mapping }
        let line: Int32
        /// The column, shifted left by 3; the kind and plainness in the low bits.
        private let packed: UInt32
        /// Scalar: first byte in `bytes`. Collection: first child in `children`.
        let first: UInt32
        /// Scalar: its length in bytes. Collection: the number of children
        /// (a mapping's keys and values alternate).
        let count: UInt32

        init(kind: Kind, isPlain: Bool, line: Int, column: Int, first: Int, count: Int) {
            self.line = Int32(clamping: line)
            packed = UInt32(clamping: min(column, Int(UInt32.max >> 3))) << 3 | (isPlain ? 4 : 0) | UInt32(kind.rawValue)
            self.first = UInt32(clamping: first)
            self.count = UInt32(clamping: count)
        }

        var kind: Kind { Kind(rawValue: UInt8(packed & 3)) ?? .scalar }
        var isPlain: Bool { packed & 4 != 0 }
        var column: Int32 { Int32(clamping: packed >> 3) }
        var byteRange: Range<Int> { Int(first) ..< Int(first) + Int(count) }
    }

    // Constants once built: reading them needs no exclusivity checks.
    let entries: [Entry]
    let children: [Int32]
    let bytes: [UInt8]

    init(_ parts: Parts) {
        entries = parts.entries
        children = parts.children
        bytes = parts.bytes
    }

    /// The text of a scalar entry.
    fileprivate func text(of entry: Entry) -> String {
        String(decoding: bytes[entry.byteRange], as: UTF8.self)
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
                return .scalar(tree.text(of: entry), isPlain: entry.isPlain)
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

        var isScalar: Bool { entry.kind == .scalar }

        var line: Int { Int(entry.line) }
        var column: Int { Int(entry.column) }

        /// The bytes of a plain scalar's text.
        private var plainBytes: ArraySlice<UInt8>? {
            let entry = entry
            guard entry.kind == .scalar, entry.isPlain else { return nil }
            return tree.bytes[entry.byteRange]
        }

        /// Read from the bytes, without making a string.
        var isNull: Bool {
            guard let bytes = plainBytes else { return false }
            switch bytes.count {
            case 0: return true
            case 1: return bytes.first == UInt8(ascii: "~")
            case 4: return bytes.elementsEqual("null".utf8) || bytes.elementsEqual("Null".utf8) || bytes.elementsEqual("NULL".utf8)
            default: return false
            }
        }

        // Plain decimal digits (`12`, `95`: nearly every number in a model)
        // are read directly from the bytes; every other spelling (`0x1F`,
        // `1_000`, `2.5`, `.inf`, `012`, which YAML 1.1 reads as octal) goes
        // through Yams' own constructors, so both readers accept exactly the
        // same numbers.
        var intValue: Int? {
            guard let bytes = plainBytes else { return nil }
            if let value = Self.plainDecimal(bytes) { return value }
            return Int.construct(from: Yams.Node.Scalar(String(decoding: bytes, as: UTF8.self), .implicit, .plain))
        }

        var floatValue: Double? {
            guard let bytes = plainBytes else { return nil }
            if let value = Self.plainDecimal(bytes) { return Double(value) }
            return Double.construct(from: Yams.Node.Scalar(String(decoding: bytes, as: UTF8.self), .implicit, .plain))
        }

        /// `0`, or 1 to 18 decimal digits not starting with `0`.
        private static func plainDecimal(_ utf8: ArraySlice<UInt8>) -> Int? {
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
