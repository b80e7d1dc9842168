/// Pieces of a SARIF 2.1.0 log.
enum Sarif {
    /// SARIF's `level` for a severity.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// A `reportingDescriptor`.
    static func rule(id: String, name: String, summary: String, severity: Severity) -> JSONValue {
        .object([
            ("id", .string(id)),
            ("name", .string(name)),
            ("shortDescription", .object([("text", .string(summary))])),
            ("defaultConfiguration", .object([("level", .string(level(severity)))])),
        ])
    }

    /// A `result` at a location.
    static func result(ruleID: String, index: Int, severity: Severity, message: String, location: SourceLocation, suppressed: Bool) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("ruleId", .string(ruleID)),
            ("ruleIndex", .int(index)),
            ("level", .string(level(severity))),
            ("message", .object([("text", .string(message))])),
            ("locations", .array([
                .object([
                    ("physicalLocation", .object([
                        ("artifactLocation", .object([("uri", .string(uri(location.file)))])),
                        ("region", .object([
                            ("startLine", .int(location.line)),
                            ("startColumn", .int(location.column)),
                        ])),
                    ])),
                ]),
            ])),
        ]
        if suppressed {
            members.append(("suppressions", .array([.object([("kind", .string("inSource"))])])))
        }
        return .object(members)
    }

    /// A relative or absolute path as a URI reference: unreserved characters
    /// and `/` kept, everything else percent-encoded (UTF-8).
    static func uri(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "A") ... UInt8(ascii: "Z"), UInt8(ascii: "a") ... UInt8(ascii: "z"),
                 UInt8(ascii: "0") ... UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }
}
