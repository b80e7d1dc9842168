import Foundation

/// Plainer messages for the YAML parser's commonest complaints, located at
/// the character that causes them.
///
/// libyaml says "found character that cannot start any token" both for a tab
/// used as indentation and for a reserved indicator (`%`, `@`, `` ` ``) at
/// the start of an unquoted value; neither message says what to do.
enum SyntaxHint {
    /// The characters YAML reserves: a plain (unquoted) value cannot start with them.
    static let reservedIndicators: Set<Unicode.Scalar> = ["%", "@", "`"]

    /// A clearer message and location for a parser error at `mark`, or `nil`
    /// to keep the parser's own.
    static func explain(problem: String, line: Int, column: Int, in text: String) -> (message: String, line: Int, column: Int)? {
        guard line >= 1 else { return nil }
        // Split on scalars: "\r\n" is one Character, so a Windows file has no "\n" Character.
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.indices.contains(line - 1) else { return nil }
        let scalars = Array(lines[line - 1])
        let at = column - 1
        let character = scalars.indices.contains(at) ? scalars[at] : nil

        if character == "\t" || problem.contains("tab") {
            // The tab at the mark, else the first one in the line's indentation, else after the mark.
            let indentation = scalars.prefix { $0 == " " || $0 == "\t" }
            let tab = character == "\t" ? at
                : indentation.firstIndex(of: "\t") ?? scalars[min(max(at, 0), scalars.count)...].firstIndex(of: "\t")
            guard let tab else { return nil }
            let inIndentation = tab < indentation.count
            let message = inIndentation
                ? "a tab is used for indentation at line \(line), column \(tab + 1): YAML indents with spaces only; replace the tab with spaces"
                : "a tab at line \(line), column \(tab + 1) cannot separate YAML values here; replace it with spaces"
            return (message, line, tab + 1)
        }
        if let character, reservedIndicators.contains(character), problem.contains("cannot start any token") {
            var value = String(String.UnicodeScalarView(scalars[at...]))
            if let comment = value.range(of: " #") { value = String(value[..<comment.lowerBound]) }
            // Inside `{...}` or `[...]` a value ends at the next ',', '}' or ']'.
            if scalars[..<at].contains(where: { $0 == "{" || $0 == "[" }),
               let end = value.firstIndex(where: { $0 == "," || $0 == "}" || $0 == "]" }) {
                value = String(value[..<end])
            }
            value = String(value.trimmingSuffix { $0 == " " || $0 == "\r" || $0 == "," })
            if value.unicodeScalars.count > 40 { value = String(String.UnicodeScalarView(value.unicodeScalars.prefix(40))) + "..." }
            let quoted = value.contains("\"") ? "'\(value.replacingOccurrences(of: "'", with: "''"))'" : "\"\(value)\""
            let message = "'\(character)' is reserved in YAML and cannot start an unquoted value: put the value in quotes, e.g. \(quoted)"
            return (message, line, column)
        }
        return nil
    }
}

extension StringProtocol {
    fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> SubSequence {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return self[..<end]
    }

}
