/// A JSON document written deterministically: object keys keep the order
/// they are given in (each report documents its order), two-space indents,
/// integers without a fraction, one trailing newline.
///
/// Why not `JSONEncoder`: its only deterministic key order is alphabetical
/// (`.sortedKeys`), which scatters the documented order of the reports
/// (`summary` after `suppressed`, `id` after `distance`), and a `nil`
/// optional is dropped instead of written as the `null` the formats promise.
/// Escaping follows RFC 8259: quote, backslash and control characters.
enum JSONValue {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])
    /// An array of `count` elements made one at a time as they are written
    /// (`element(i)`), so a report of a million teams never holds them all:
    /// written exactly as `.array((0..<count).map(element))` would be.
    case generated(count: Int, element: (Int) -> JSONValue)
    /// An array of `count` elements that `element(i, &bytes, indent)`
    /// writes straight into the output, for the longest arrays of a report
    /// (no value made per element); it must write what a ``JSONValue`` at
    /// that indent would.
    case written(WrittenArray)

    /// `.string(value)` or `.null`.
    static func string(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
    /// `.int(value)` or `.null`.
    static func int(_ value: Int?) -> JSONValue { value.map { .int($0) } ?? .null }

    /// The document, pretty-printed, ending in a newline.
    func rendered() -> String {
        var out = JSONOutput(flushingAt: nil) { _ in }
        write(to: &out, indent: 0)
        out.bytes.append(UInt8(ascii: "\n"))
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// Writes the document (ending in a newline) to `sink` in chunks of
    /// about `chunkSize` bytes, cut between array elements; the chunks joined
    /// are exactly ``rendered()``.
    func write(chunkSize: Int = JSONOutput.defaultChunkSize, to sink: ([UInt8]) -> Void) {
        withoutActuallyEscaping(sink) { sink in
            var out = JSONOutput(flushingAt: chunkSize, sink)
            write(to: &out, indent: 0)
            out.bytes.append(UInt8(ascii: "\n"))
            out.finish()
        }
    }

    /// Writes into a byte buffer (UTF-8): a report of a million teams is
    /// hundreds of megabytes, and appending bytes is several times faster
    /// than appending to a `String` scalar by scalar.
    private func write(to out: inout JSONOutput, indent: Int) {
        switch self {
        case .null: out.bytes.append(contentsOf: "null".utf8)
        case .bool(let value): out.bytes.append(contentsOf: (value ? "true" : "false").utf8)
        case .int(let value): Self.append(value, to: &out.bytes)
        case .number(let value): out.bytes.append(contentsOf: (value.isFinite ? Formatting.number(value) : "null").utf8)
        case .string(let value): Self.escape(value, into: &out.bytes)
        case .array(let values):
            Self.writeArray(count: values.count, to: &out, indent: indent) { values[$0] }
        case .generated(let count, let element):
            Self.writeArray(count: count, to: &out, indent: indent, element: element)
        case .written(let array):
            Self.writeArray(array, to: &out, indent: indent)
        case .object(let members):
            guard !members.isEmpty else { out.bytes.append(contentsOf: "{}".utf8); return }
            out.bytes.append(contentsOf: "{\n".utf8)
            for (i, (key, value)) in members.enumerated() {
                Self.spaces(indent + 2, to: &out.bytes)
                Self.escape(key, into: &out.bytes)
                out.bytes.append(contentsOf: ": ".utf8)
                value.write(to: &out, indent: indent + 2)
                if i + 1 < members.count { out.bytes.append(UInt8(ascii: ",")) }
                out.bytes.append(UInt8(ascii: "\n"))
            }
            Self.spaces(indent, to: &out.bytes)
            out.bytes.append(UInt8(ascii: "}"))
        }
    }

    private static func writeArray(count: Int, to out: inout JSONOutput, indent: Int, element: (Int) -> JSONValue) {
        guard count > 0 else { out.bytes.append(contentsOf: "[]".utf8); return }
        out.bytes.append(contentsOf: "[\n".utf8)
        for i in 0 ..< count {
            spaces(indent + 2, to: &out.bytes)
            element(i).write(to: &out, indent: indent + 2)
            if i + 1 < count { out.bytes.append(UInt8(ascii: ",")) }
            out.bytes.append(UInt8(ascii: "\n"))
            out.flushIfFull()
        }
        spaces(indent, to: &out.bytes)
        out.bytes.append(UInt8(ascii: "]"))
    }

    private static func writeArray(_ array: WrittenArray, to out: inout JSONOutput, indent: Int) {
        guard array.count > 0 else { out.bytes.append(contentsOf: "[]".utf8); return }
        out.bytes.append(contentsOf: "[\n".utf8)
        for i in 0 ..< array.count {
            spaces(indent + 2, to: &out.bytes)
            array.element(i, &out.bytes, indent + 2)
            if i + 1 < array.count { out.bytes.append(UInt8(ascii: ",")) }
            out.bytes.append(UInt8(ascii: "\n"))
            out.flushIfFull()
        }
        spaces(indent, to: &out.bytes)
        out.bytes.append(UInt8(ascii: "]"))
    }

    /// Writes `"key": ` on a new member line of an object at `indent`
    /// (after `{` or `,`, which the caller writes, each followed by a newline).
    static func writeKey(_ key: String, indent: Int, to out: inout [UInt8]) {
        spaces(indent + 2, to: &out)
        escape(key, into: &out)
        out.append(contentsOf: ": ".utf8)
    }

    static func spaces(_ count: Int, to out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }

    /// A decimal integer, without going through `String`.
    static func append(_ value: Int, to out: inout [UInt8]) {
        if value < 0 {
            guard value != .min else { out.append(contentsOf: String(value).utf8); return }
            out.append(UInt8(ascii: "-"))
            append(-value, to: &out)
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                count += 1
            } while rest > 0
            for i in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[i]) }
        }
    }

    /// RFC 8259 escaping over the UTF-8 bytes: quote, backslash and control
    /// characters escaped, every other byte (multi-byte scalars included)
    /// copied as it is.
    static func escape(_ text: String, into out: inout [UInt8]) {
        var text = text
        // Fast path: nothing to escape, copy the bytes in one go.
        let copied = text.withUTF8 { bytes -> Bool in
            for byte in bytes where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                return false
            }
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: bytes)
            out.append(UInt8(ascii: "\""))
            return true
        }
        if !copied { escapeSlowly(text, into: &out) }
    }

    private static func escapeSlowly(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        let copied = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            // Fast path: nothing to escape, copy the bytes in one go.
            if !bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
                out.append(contentsOf: bytes)
                return true
            }
            return false
        }
        if copied != true {
            for byte in text.utf8 { escape(byte, into: &out) }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func escape(_ byte: UInt8, into out: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
        case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
        case UInt8(ascii: "\n"): out.append(contentsOf: "\\n".utf8)
        case UInt8(ascii: "\r"): out.append(contentsOf: "\\r".utf8)
        case UInt8(ascii: "\t"): out.append(contentsOf: "\\t".utf8)
        case 0 ..< 0x20:
            let hex = Array("0123456789abcdef".utf8)
            out.append(contentsOf: "\\u00".utf8)
            out.append(hex[Int(byte >> 4)])
            out.append(hex[Int(byte & 0xf)])
        default: out.append(byte)
        }
    }
}

/// Writes objects with a fixed list of keys straight into bytes, as
/// ``JSONValue/object(_:)`` at the same indent would, each key's line
/// prefix (`,` newline, spaces, quoted key, `: `) made once.
struct JSONObjectTemplate {
    /// The indent of the object's braces.
    let indent: Int
    private let prefixes: [[UInt8]]
    private let closing: [UInt8]

    init(keys: [String], indent: Int) {
        self.indent = indent
        prefixes = keys.enumerated().map { position, key in
            var bytes = Array((position == 0 ? "{\n" : ",\n").utf8)
            JSONValue.writeKey(key, indent: indent, to: &bytes)
            return bytes
        }
        var closing = Array("\n".utf8)
        JSONValue.spaces(indent, to: &closing)
        closing.append(UInt8(ascii: "}"))
        self.closing = closing
    }

    /// Starts the member `position` (0 opens the object).
    func key(_ position: Int, into out: inout [UInt8]) {
        out.append(contentsOf: prefixes[position])
    }

    /// Ends the object.
    func close(into out: inout [UInt8]) {
        out.append(contentsOf: closing)
    }

    /// `template` when it is for `indent`, else a new one.
    static func reused(_ template: JSONObjectTemplate?, keys: [String], indent: Int) -> JSONObjectTemplate {
        if let template, template.indent == indent { return template }
        return JSONObjectTemplate(keys: keys, indent: indent)
    }
}

/// The payload of ``JSONValue/written(_:)``.
struct WrittenArray {
    /// The number of elements.
    let count: Int
    /// Writes element `i` at an indent into the bytes.
    let element: (Int, inout [UInt8], Int) -> Void
}

/// The bytes of a JSON document being written, handed to a sink whenever
/// they pass a threshold (or kept whole when there is none).
struct JSONOutput {
    /// 64 KiB: large enough that writing costs one system call per chunk.
    static let defaultChunkSize = 1 << 16

    var bytes: [UInt8] = []
    private let threshold: Int?
    private let sink: ([UInt8]) -> Void

    init(flushingAt threshold: Int?, _ sink: @escaping ([UInt8]) -> Void) {
        self.threshold = threshold
        self.sink = sink
        bytes.reserveCapacity(threshold.map { $0 + $0 / 4 } ?? 1 << 16)
    }

    /// Hands the bytes written so far to the sink once they pass the threshold.
    mutating func flushIfFull() {
        guard let threshold, bytes.count >= threshold else { return }
        sink(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// Hands what is left to the sink.
    mutating func finish() {
        guard !bytes.isEmpty else { return }
        sink(bytes)
        bytes.removeAll()
    }
}

extension JSONValue {
    /// `{"file", "line", "column"}`.
    static func location(_ location: SourceLocation) -> JSONValue {
        .object([("file", .string(location.file)), ("line", .int(location.line)), ("column", .int(location.column))])
    }

    /// `{"code", "severity", "message", "team", "link": {"from", "to"} | null, "location"}`.
    static func finding(_ finding: Finding) -> JSONValue {
        .object([
            ("code", .string(finding.code.rawValue)),
            ("severity", .string(finding.severity.rawValue)),
            ("message", .string(finding.message)),
            ("team", .string(finding.team)),
            ("link", finding.link.map { .object([("from", .string($0.from)), ("to", .string($0.to))]) } ?? .null),
            ("location", .location(finding.location)),
        ])
    }

    /// `{"code", "severity", "message", "location"}`.
    static func diagnostic(_ diagnostic: Diagnostic) -> JSONValue {
        .object([
            ("code", .string(diagnostic.code.rawValue)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message)),
            ("location", .location(diagnostic.location)),
        ])
    }
}
