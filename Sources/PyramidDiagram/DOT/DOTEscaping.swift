/// Escaping of text for DOT quoted strings and Graphviz labels.
///
/// Two layers apply to a label written in a DOT file: the DOT lexer, which in a
/// quoted string only turns `\"` into `"` (and keeps `\\` as two characters),
/// and Graphviz's label processing, which expands `\N` and friends, line-break
/// escapes and `&...;` entities. ``labelText(_:)`` defeats the second layer,
/// ``quoted(_:)`` the first.
enum DOTEscaping {
    /// Escapes user text so Graphviz's label processing shows it verbatim:
    /// a backslash becomes `\\` (so `\N`, `\G`, `\l` ... stay literal), `&`
    /// becomes `&amp;` (so `&lt;` stays literal), `"` becomes `\"`, and
    /// control characters (newlines included) become spaces.
    static func labelText(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "&": result += "&amp;"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || scalar == "\u{2028}" || scalar == "\u{2029}"
                {
                    result += " "
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// Escapes user text for a `tooltip`: as ``labelText(_:)``, except that
    /// a backslash becomes four. Graphviz 2.43 expands `\N`, `\G` ... in a
    /// tooltip twice (once when the object is emitted, once when the SVG
    /// anchor is written), each time turning `\\` into `\`. Its SVG writer
    /// leaves `&amp;`-like entities alone, so `&` -> `&amp;` keeps them literal.
    static func tooltipText(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            result += scalar == "\\" ? #"\\\\"# : labelText(String(scalar))
        }
        return result
    }

    /// Wraps an already escaped escString in DOT quotes. The escString's own
    /// `\"` and `\\` pairs are what the DOT lexer expects, so nothing else changes.
    static func quotedEscString(_ escString: String) -> String {
        "\"" + escString + "\""
    }

    /// Quotes a program-made value (a colour, a style, an identifier) as a DOT
    /// string. Quotes and backslashes are escaped and control characters become
    /// spaces; such values are not label-processed by Graphviz, and this code
    /// never gives them user text.
    static func quoted(_ value: String) -> String {
        // Most values need no escaping: copy them whole (a large diagram
        // writes hundreds of thousands of them).
        if !value.utf8.contains(where: { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 || $0 == 0x7F }) {
            return "\"" + value + "\""
        }
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += " "
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
