/// Escaping of user text for Mermaid flowchart labels.
///
/// Every label is written inside double quotes, and every character that
/// Mermaid's parser or preprocessing could read as syntax becomes one of its
/// numeric entity codes (`#35;` for `#`), which Mermaid turns back into the
/// character as text, never as markup. That covers the quote, `#` and `;`
/// (entity syntax), `<`, `>` and `&` (HTML labels), brackets, braces and `|`
/// (shapes and edge labels), the backtick (Markdown strings), `%` (`%%`
/// comments and `%%{init}%%` directives, which Mermaid finds anywhere in the
/// text) and `:` (Mermaid rewrites lines that look like `style ...:...#...;`).
/// The characters Mermaid uses as its own entity placeholders (`ﬂ`, `°`, `¶`,
/// `ß`) are encoded too. Control characters, newlines included, become
/// spaces, as in DOT labels.
enum MermaidEscaping {
    /// `text` safe inside a quoted Mermaid label; ASCII letters, digits,
    /// spaces and `. , - _ ' ( ) / ? ! +` and other non-ASCII characters
    /// are kept as they are.
    static func label(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "A"..."Z", "a"..."z", "0"..."9", " ", ".", ",", "-", "_", "'", "(", ")", "/", "?", "!", "+":
                result.unicodeScalars.append(scalar)
            case "\u{FB02}", "\u{B0}", "\u{B6}", "\u{DF}":
                result += "#\(scalar.value);"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}" {
                    result += " "
                } else if scalar.isASCII {
                    result += "#\(scalar.value);"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
