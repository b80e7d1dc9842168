/// Escaping of user text for Mermaid flowchart labels.
///
/// Every label is written inside double quotes, and every ASCII character
/// that Mermaid's parser or preprocessing could read as syntax becomes one of
/// its numeric entity codes (`#35;` for `#`), which Mermaid turns back into
/// the character as text, never as markup. That covers the quote, `#` and
/// `;` (entity syntax), `<`, `>` and `&` (HTML labels), brackets, braces and
/// `|` (shapes and edge labels), the backtick (Markdown strings), `%` (`%%`
/// comments and `%%{init}%%` directives, which Mermaid finds anywhere in the
/// text) and `:` (Mermaid rewrites lines that look like `style ...:...#...;`).
/// Control characters, newlines included, become spaces, as in DOT labels.
///
/// Mermaid decodes the entities before two later steps that no entity can
/// escape: it draws a backslash followed by `n` as a line break, and it
/// turns its own placeholders `ﬂ°` and `¶ß` into `&` and `;`. So an
/// invisible word joiner (U+2060) goes between the two characters of each
/// of those pairs; the text reads and copies the same apart from it.
enum MermaidEscaping {
    /// The invisible character that keeps Mermaid from reading a pair.
    static let joiner: Unicode.Scalar = "\u{2060}"

    /// `text` safe inside a quoted Mermaid label; ASCII letters, digits,
    /// spaces and `. , - _ ' ( ) / ? ! +` and other non-ASCII characters
    /// are kept as they are.
    static func label(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            switch (previous, scalar) {
            case ("\\", "n"), ("\u{FB02}", "\u{B0}"), ("\u{B6}", "\u{DF}"): result.unicodeScalars.append(joiner)
            default: break
            }
            previous = scalar
            switch scalar {
            case "A"..."Z", "a"..."z", "0"..."9", " ", ".", ",", "-", "_", "'", "(", ")", "/", "?", "!", "+":
                result.unicodeScalars.append(scalar)
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
