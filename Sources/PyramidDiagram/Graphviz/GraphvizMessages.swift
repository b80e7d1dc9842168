/// Collects the messages Graphviz sends to the process-wide error handler.
///
/// cgraph's handler receives each message in fragments (`"Error"`, `": "`,
/// the text ending in a newline), so fragments are buffered until a newline
/// completes a line.
struct GraphvizMessages {
    private var pending = ""
    private(set) var lines: [String] = []

    /// Adds one fragment as received from Graphviz.
    mutating func receive(_ fragment: String) {
        pending += fragment
        while let newline = pending.firstIndex(of: "\n") {
            let line = String(pending[..<newline])
            pending = String(pending[pending.index(after: newline)...])
            if !line.trimmingSpaces.isEmpty { lines.append(line.trimmingSpaces) }
        }
    }

    /// Returns every complete line, and any unfinished one, and starts afresh.
    mutating func drain() -> [String] {
        if !pending.trimmingSpaces.isEmpty { lines.append(pending.trimmingSpaces) }
        let result = lines
        lines = []
        pending = ""
        return result
    }
}
