/// Turns Graphviz's SVG document into a fragment for pasting into HTML: the
/// `<svg>` element alone, without the XML declaration, DOCTYPE and comments.
enum SVGFragment {
    static func extract(from document: [UInt8]) -> [UInt8] {
        let svgOpen = Array("<svg".utf8)
        let commentOpen = Array("<!--".utf8)
        let commentClose = Array("-->".utf8)
        guard let start = document.firstRange(of: svgOpen)?.lowerBound else { return document }
        var result: [UInt8] = []
        result.reserveCapacity(document.count - start)
        var position = start
        while position < document.count {
            if document[position...].starts(with: commentOpen),
               let close = document[position...].firstRange(of: commentClose)
            {
                position = close.upperBound
                // Drop the line break after a comment that had a line to itself.
                if position < document.count, document[position] == UInt8(ascii: "\n"),
                   result.last == UInt8(ascii: "\n") || result.isEmpty
                {
                    position += 1
                }
                continue
            }
            result.append(document[position])
            position += 1
        }
        return result
    }
}
