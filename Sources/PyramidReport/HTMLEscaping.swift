/// Escapes user text for each context it reaches in the report.
///
/// - HTML text and SVG text: `&`, `<`, `>` (quotes too, so the same function
///   is safe in attributes).
/// - Attribute values (always written in double quotes): as text.
/// - JSON inside a `<script>` element: ``scriptJSON(_:)``
///   writes `<`, `>`, `&`, U+2028 and U+2029 as `\uXXXX`, so no `</script>`,
///   `<!--` or line separator can end or confuse the script.
public enum HTMLEscaping {
    /// Escapes `&`, `<`, `>`, `"` and `'` as character references.
    public static func text(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\u{0}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Escapes a value for a double-quoted attribute.
    public static func attribute(_ value: String) -> String { text(value) }

    /// Makes JSON text safe inside a `<script>` element: `<`, `>`, `&`,
    /// U+2028 and U+2029 become `\uXXXX` escapes. JSON has these characters
    /// only inside strings, where the escape means the same character.
    public static func scriptJSON(_ json: String) -> String {
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
