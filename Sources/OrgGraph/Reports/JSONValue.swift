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

    /// `.string(value)` or `.null`.
    static func string(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
    /// `.int(value)` or `.null`.
    static func int(_ value: Int?) -> JSONValue { value.map { .int($0) } ?? .null }

    /// The document, pretty-printed, ending in a newline.
    func rendered() -> String {
        var out = ""
        write(to: &out, indent: 0)
        out += "\n"
        return out
    }

    private func write(to out: inout String, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .number(let value): out += value.isFinite ? Formatting.number(value) : "null"
        case .string(let value): Self.escape(value, into: &out)
        case .array(let values):
            guard !values.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (i, value) in values.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                value.write(to: &out, indent: indent + 2)
                out += i + 1 < values.count ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (i, (key, value)) in members.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                Self.escape(key, into: &out)
                out += ": "
                value.write(to: &out, indent: indent + 2)
                out += i + 1 < members.count ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        }
    }

    private static func escape(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
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
