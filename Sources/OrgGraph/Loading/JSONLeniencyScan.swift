/// Finds what a JSON file may not hold but the YAML parser (which reads JSON
/// as YAML's flow style) and Foundation on Linux would let through or
/// misreport: comments (`//`, `/* */`, `#`) and trailing commas.
///
/// One pass over the text, outside strings, linear in its length. Each
/// problem is reported in JSON terms at the line and column where it starts,
/// and blanked out (replaced by spaces, newlines kept) in ``blanked``, so the
/// rest of the file is still parsed and every other problem reported too.
struct JSONLeniencyScan {
    /// One `json-syntax` diagnostic per comment or trailing comma, in document order.
    private(set) var diagnostics: [Diagnostic] = []
    /// The text with every reported comment and trailing comma replaced by
    /// spaces: the same lines and columns, so later locations stay right.
    private(set) var blanked: String

    init(_ source: SourceText) {
        var scalars = Array(source.text.unicodeScalars)
        var problems: [Diagnostic] = []
        var line = 1
        var column = 1
        var index = 0
        var inString = false
        /// The last comma outside strings not yet followed by a value: (index, location).
        var pendingComma: (index: Int, location: SourceLocation)?

        func location() -> SourceLocation { SourceLocation(file: source.file, line: line, column: column) }
        func advance() {
            if scalars[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }
        func blank(from start: Int, to end: Int) {
            for position in start..<end where scalars[position] != "\n" && scalars[position] != "\r" {
                scalars[position] = " "
            }
        }

        while index < scalars.count {
            let scalar = scalars[index]
            if inString {
                if scalar == "\\", index + 1 < scalars.count {
                    advance()
                } else if scalar == "\"" {
                    inString = false
                }
                advance()
                continue
            }
            let next: Unicode.Scalar? = index + 1 < scalars.count ? scalars[index + 1] : nil
            switch scalar {
            case "\"":
                pendingComma = nil
                inString = true
                advance()
            case "/" where next == "/", "#":
                let start = index
                let at = location()
                let opener = scalar == "#" ? "#" : "//"
                problems.append(Diagnostic(
                    code: .jsonSyntax,
                    message: "JSON does not allow comments: remove the '\(opener)' comment (JSON files cannot hold notes; YAML files can, with '#')",
                    location: at))
                while index < scalars.count, scalars[index] != "\n" { advance() }
                blank(from: start, to: index)
            case "/" where next == "*":
                let start = index
                let at = location()
                advance()
                advance()
                var closed = false
                while index < scalars.count {
                    if scalars[index] == "*", index + 1 < scalars.count, scalars[index + 1] == "/" {
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
                blank(from: start, to: index)
            case ",":
                pendingComma = (index, location())
                advance()
            case "}", "]":
                if let comma = pendingComma {
                    let container = scalar == "}" ? "object" : "array"
                    let item = scalar == "}" ? "member" : "element"
                    problems.append(Diagnostic(
                        code: .jsonSyntax,
                        message: "trailing comma before '\(scalar)': JSON allows no comma after the last \(item) of an \(container)",
                        location: comma.location))
                    blank(from: comma.index, to: comma.index + 1)
                }
                pendingComma = nil
                advance()
            case " ", "\t", "\n", "\r":
                advance()
            default:
                pendingComma = nil
                advance()
            }
        }
        diagnostics = problems
        blanked = problems.isEmpty ? source.text : String(String.UnicodeScalarView(scalars))
    }
}
