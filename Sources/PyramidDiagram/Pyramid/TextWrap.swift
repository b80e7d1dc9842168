/// Wraps user text (names, departments, `delivers` texts) onto lines of a
/// sensible width and caps the number of lines, so no single name can make a
/// diagram absurdly wide or tall. The full text goes into the tooltip when
/// it was cut.
enum TextWrap {
    /// The widths and line limits used for each kind of text.
    enum Kind {
        /// Team and customer names.
        case name
        /// What a link delivers and its standard.
        case linkDetail
        /// Department (cluster) names.
        case department
        /// The organisation's name, the title.
        case title

        var width: Int {
            switch self {
            case .name: 24
            case .linkDetail: 28
            case .department: 40
            case .title: 60
            }
        }

        var maxLines: Int {
            switch self {
            case .name: 3
            case .linkDetail: 2
            case .department: 2
            case .title: 2
            }
        }
    }

    /// The longest text a tooltip carries, in characters.
    static let tooltipLimit = 500

    /// `text` broken at spaces into lines of at most `width` characters (a
    /// longer word is cut), at most `maxLines` of them; when anything had to
    /// be dropped, the last line ends with `…` and `truncated` is true.
    static func wrap(_ text: String, width: Int, maxLines: Int) -> (lines: [String], truncated: Bool) {
        var lines: [String] = []
        var current = ""
        var truncated = false
        // Stops as soon as the lines are full, so a 100 KB name costs little
        // more than a short one.
        scan: for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var rest = Substring(word)
            while !rest.isEmpty {
                if lines.count == maxLines {
                    truncated = true
                    break scan
                }
                if current.isEmpty {
                    let piece = rest.prefix(width)
                    current = String(piece)
                    rest = rest.dropFirst(piece.count)
                    if !rest.isEmpty {
                        lines.append(current)
                        current = ""
                    }
                } else if current.count + 1 + rest.count <= width {
                    current += " " + rest
                    rest = ""
                } else {
                    lines.append(current)
                    current = ""
                }
            }
        }
        if !current.isEmpty {
            if lines.count < maxLines { lines.append(current) } else { truncated = true }
        }
        if truncated, let last = lines.popLast() {
            lines.append((last.count >= width ? String(last.prefix(width - 1)) : last) + "…")
        }
        return (lines.isEmpty ? [""] : lines, truncated)
    }

    /// `wrap` with the width and line limit of `kind`.
    static func wrap(_ text: String, _ kind: Kind) -> (lines: [String], truncated: Bool) {
        wrap(text, width: kind.width, maxLines: kind.maxLines)
    }

    /// The text for a tooltip: whole, or cut at ``tooltipLimit`` with `…`.
    static func tooltip(_ text: String) -> String {
        text.count <= tooltipLimit ? text : String(text.prefix(tooltipLimit - 1)) + "…"
    }
}
