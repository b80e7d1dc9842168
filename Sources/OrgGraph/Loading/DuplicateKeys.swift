import Yams

/// Repeated keys in a mapping: set aside so the file can still be read, then
/// reported at each repeat with where the key first appeared.
///
/// See ``ComposedModelReader/compose(_:)``: the parser refuses a repeated
/// key; the first occurrence is renamed in the text (same length, so every
/// line and column stays right) and the text parsed again.
enum DuplicateKeys {
    /// The first private-use scalar used to rename a key (U+E000 onwards):
    /// never a YAML indicator, and not found in model files.
    static let firstMarker: UInt32 = 0xE000

    /// `text` with the key at `mark` renamed by replacing its first character
    /// with a private-use character, and the key's new name; `nil` when the
    /// key cannot be renamed in place (an escape sequence or an empty key).
    static func rename(_ key: String, at mark: Mark, in text: String, marker: Int) -> (text: String, name: String)? {
        rename(key, line: mark.line, column: mark.column, in: text, marker: marker)
    }

    /// ``rename(_:at:in:marker:)`` at a 1-based line and column.
    static func rename(_ key: String, line: Int, column: Int, in text: String, marker: Int) -> (text: String, name: String)? {
        guard let first = key.unicodeScalars.first, first != "\\",
              let replacement = Unicode.Scalar(firstMarker + UInt32(marker)) else { return nil }
        // Split on scalars ("\r\n" is one Character); a line keeps its "\r".
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        let row = line - 1
        guard lines.indices.contains(row) else { return nil }
        var column = column - 1
        guard lines[row].indices.contains(column) else { return nil }
        if lines[row][column] == "\"" || lines[row][column] == "'" { column += 1 }
        guard lines[row].indices.contains(column), lines[row][column] == first else { return nil }
        lines[row][column] = replacement
        let renamedText = lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
        var name = String.UnicodeScalarView([replacement])
        name.append(contentsOf: key.unicodeScalars.dropFirst())
        return (renamedText, String(name))
    }

    /// A `duplicate-key` error at every repeat of a key in any mapping of the
    /// tree, naming the line and column of its first occurrence. Only called
    /// when `renamed` is not empty; one walk of the tree.
    static func diagnostics<Node: ModelNode>(in root: Node, renamed: [String: String], file: String) -> [Diagnostic] {
        guard !renamed.isEmpty else { return [] }
        var found: [Diagnostic] = []
        var pending: [Node] = [root]
        while let node = pending.popLast() {
            switch node.content {
            case .mapping(let mapping):
                var first: [String: (line: Int, column: Int)] = [:]
                for (key, value) in mapping {
                    pending.append(value)
                    guard case .scalar(let string, _) = key.content else { continue }
                    let name = renamed[string] ?? string
                    if let earlier = first[name] {
                        found.append(Diagnostic(
                            code: .duplicateKey,
                            message: "duplicate key '\(name)' (first at line \(earlier.line), column \(earlier.column)); keys must be unique within a mapping",
                            location: SourceLocation(file: file, line: key.line, column: key.column)))
                    } else {
                        first[name] = (key.line, key.column)
                    }
                }
            case .sequence(let sequence):
                pending.append(contentsOf: sequence)
            case .scalar, .alias:
                break
            }
        }
        return found
    }
}
