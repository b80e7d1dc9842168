/// Finds what a JSON file may not hold but the YAML parser (which reads JSON
/// as YAML's flow style) and Foundation on Linux would let through or
/// misreport: comments (`//`, `/* */`, `#`) and trailing commas.
///
/// One pass over the text's UTF-8 bytes, outside strings, linear in its
/// length and without a copy of the text unless something is found. Each
/// problem is reported in JSON terms at the line and column (in Unicode
/// scalars) where it starts, and blanked out (each scalar replaced by one
/// space, newlines kept) in ``blanked``, so the rest of the file is still
/// parsed and every other problem reported too.
struct JSONLeniencyScan {
    /// One `json-syntax` diagnostic per comment or trailing comma, in document order.
    private(set) var diagnostics: [Diagnostic] = []
    /// The text with every reported comment and trailing comma replaced by
    /// spaces: the same lines and columns, so later locations stay right.
    private(set) var blanked: String

    init(_ source: SourceText) {
        var text = source.text
        var problems: [Diagnostic] = []
        /// Byte ranges to blank out.
        var blanks: [Range<Int>] = []
        text.withUTF8 { bytes in
            var line = 1
            var column = 1
            var index = 0
            var inString = false
            /// The last comma outside strings not yet followed by a value: (index, location).
            var pendingComma: (index: Int, location: SourceLocation)?

            func location() -> SourceLocation { SourceLocation(file: source.file, line: line, column: column) }
            func advance() {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
                index += 1
            }
            // Column of the next byte: continuation bytes belong to the scalar before them.
            func skipContinuation() {
                while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
            }

            while index < bytes.count {
                let byte = bytes[index]
                if inString {
                    if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                        advance()
                        advance()
                        skipContinuation()
                        continue
                    } else if byte == UInt8(ascii: "\"") {
                        inString = false
                    }
                    advance()
                    continue
                }
                let next: UInt8? = index + 1 < bytes.count ? bytes[index + 1] : nil
                switch byte {
                case UInt8(ascii: "\""):
                    pendingComma = nil
                    inString = true
                    advance()
                case UInt8(ascii: "/") where next == UInt8(ascii: "/"), UInt8(ascii: "#"):
                    let start = index
                    let opener = byte == UInt8(ascii: "#") ? "#" : "//"
                    problems.append(Diagnostic(
                        code: .jsonSyntax,
                        message: "JSON does not allow comments: remove the '\(opener)' comment (JSON files cannot hold notes; YAML files can, with '#')",
                        location: location()))
                    while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { advance() }
                    blanks.append(start ..< index)
                case UInt8(ascii: "/") where next == UInt8(ascii: "*"):
                    let start = index
                    let at = location()
                    advance()
                    advance()
                    var closed = false
                    while index < bytes.count {
                        if bytes[index] == UInt8(ascii: "*"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/") {
                            advance()
                            advance()
                            closed = true
                            break
                        }
                        advance()
                    }
                    let unclosed = closed ? "" : " (it is never closed with '*/')"
                    problems.append(Diagnostic(
                        code: .jsonSyntax,
                        message: "JSON does not allow comments: remove the '/* */' comment\(unclosed)",
                        location: at))
                    blanks.append(start ..< index)
                case UInt8(ascii: ","):
                    pendingComma = (index, location())
                    advance()
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    if let comma = pendingComma {
                        let isObject = byte == UInt8(ascii: "}")
                        let container = isObject ? "object" : "array"
                        let item = isObject ? "member" : "element"
                        problems.append(Diagnostic(
                            code: .jsonSyntax,
                            message: "trailing comma before '\(isObject ? "}" : "]")': JSON allows no comma after the last \(item) of an \(container)",
                            location: comma.location))
                        blanks.append(comma.index ..< comma.index + 1)
                    }
                    pendingComma = nil
                    advance()
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                    advance()
                default:
                    pendingComma = nil
                    advance()
                }
            }
        }
        diagnostics = problems
        blanked = blanks.isEmpty ? text : Self.blank(blanks, in: text)
    }

    /// `text` with each scalar in `ranges` (byte ranges, in order) replaced
    /// by one space, except newlines and carriage returns.
    private static func blank(_ ranges: [Range<Int>], in text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var next = 0
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { bytes in
            for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where range.lowerBound >= next {
                out.append(contentsOf: bytes[next ..< range.lowerBound])
                for byte in bytes[range] where byte & 0xC0 != 0x80 {
                    out.append(byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") ? byte : UInt8(ascii: " "))
                }
                next = range.upperBound
            }
            out.append(contentsOf: bytes[next...])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
