/// The text of a Graphviz label built from user data: one or more lines, each
/// with its own justification.
///
/// Graphviz treats label text as an *escString*: it expands `\N`, `\G`, `\E`,
/// `\T`, `\H`, `\L`, turns `\n`, `\l`, `\r` into line breaks, drops other
/// backslashes and decodes entities such as `&amp;`. ``escString`` escapes every
/// user character so that it comes out exactly as written.
struct DOTLabel: Hashable, Sendable {
    /// How a line is aligned inside its node or cluster.
    enum Justification: Hashable, Sendable {
        case center, left, right

        /// The Graphviz escape that ends a line with this justification.
        var terminator: String {
            switch self {
            case .center: "\\n"
            case .left: "\\l"
            case .right: "\\r"
            }
        }
    }

    /// One line of text.
    struct Line: Hashable, Sendable {
        var text: String
        var justification: Justification

        init(_ text: String, _ justification: Justification = .center) {
            self.text = text
            self.justification = justification
        }
    }

    var lines: [Line]

    init(lines: [Line]) {
        self.lines = lines
    }

    /// A single centred line.
    init(_ text: String) {
        self.lines = [Line(text)]
    }

    /// Centred lines, one per string.
    init(centered lines: [String]) {
        self.lines = lines.map { Line($0) }
    }

    /// Whether the label shows nothing.
    var isEmpty: Bool { lines.allSatisfy(\.text.isEmpty) }

    /// The escString Graphviz expects, before DOT string quoting.
    ///
    /// A centred last line needs no terminator; left- and right-justified
    /// lines always carry theirs, since that is what justifies them.
    var escString: String {
        var result = ""
        for (index, line) in lines.enumerated() {
            result += DOTEscaping.labelText(line.text)
            let isLast = index == lines.count - 1
            if !isLast || line.justification != .center {
                result += line.justification.terminator
            }
        }
        return result
    }
}
