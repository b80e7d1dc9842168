import Foundation

/// Reads what the tests need out of Graphviz's SVG: node and edge groups with
/// their ids, classes, title and position. Structural, so Graphviz versions
/// that move coordinates slightly do not break the assertions.
struct SVGReader {
    struct Group: Hashable {
        var id: String
        var classes: [String]
        var title: String
        /// The `y` of the group's first `<text>`, if it has one.
        var textY: Double?
        /// The `x` of the group's first `<text>`, if it has one.
        var textX: Double?
        /// Every text the group shows, unescaped.
        var texts: [String]
        /// The group's raw markup.
        var markup: String
    }

    let groups: [Group]
    /// The picture's size in points (the root `<svg>`'s `width` and `height`).
    let width: Double
    let height: Double

    init(_ svg: String) {
        let root = svg.range(of: "<svg").map { String(svg[$0.lowerBound...].prefix(300)) } ?? ""
        width = SVGReader.attribute("width", in: root).flatMap { Double($0.replacingOccurrences(of: "pt", with: "")) } ?? 0
        height = SVGReader.attribute("height", in: root).flatMap { Double($0.replacingOccurrences(of: "pt", with: "")) } ?? 0
        var groups: [Group] = []
        let parts = svg.components(separatedBy: "<g id=\"")
        for part in parts.dropFirst() {
            guard let idEnd = part.firstIndex(of: "\"") else { continue }
            let id = SVGReader.unescape(String(part[..<idEnd]))
            // A tooltip wraps a node's or edge's drawing in `<g id="a_..."><a ...>`:
            // that belongs to the group it is in.
            if id.hasPrefix("a_"), var last = groups.popLast() {
                last.markup += "<g id=\"" + part
                last.texts += SVGReader.elements("text", in: part).map(SVGReader.unescape)
                if last.textY == nil, let textStart = part.range(of: "<text") {
                    last.textY = SVGReader.attribute("y", in: String(part[textStart.lowerBound...].prefix(200))).flatMap(Double.init)
                }
                groups.append(last)
                continue
            }
            let classes = SVGReader.attribute("class", in: String(part.prefix(400))).map {
                SVGReader.unescape($0).split(separator: " ").map(String.init)
            } ?? []
            let title = SVGReader.element("title", in: part).map(SVGReader.unescape) ?? ""
            let texts = SVGReader.elements("text", in: part).map(SVGReader.unescape)
            var textY: Double?
            var textX: Double?
            if let textStart = part.range(of: "<text") {
                let tag = String(part[textStart.lowerBound...].prefix(200))
                textY = SVGReader.attribute("y", in: tag).flatMap(Double.init)
                textX = SVGReader.attribute("x", in: tag).flatMap(Double.init)
            }
            groups.append(Group(id: id, classes: classes, title: title, textY: textY, textX: textX, texts: texts, markup: part))
        }
        self.groups = groups
    }

    func group(_ id: String) -> Group? { groups.first { $0.id == id } }

    /// Groups of nodes (Graphviz's class `node`).
    var nodes: [Group] { groups.filter { $0.classes.first == "node" } }
    /// Groups of edges (Graphviz's class `edge`).
    var edges: [Group] { groups.filter { $0.classes.first == "edge" } }

    /// The bounding box of the first `<polygon>` or `<path>` in `markup`
    /// (a cluster's frame, a node's box).
    static func bounds(ofFirstShapeIn markup: String) -> (minX: Double, maxX: Double, minY: Double, maxY: Double)? {
        let tag: String
        if let polygon = markup.range(of: "<polygon") {
            tag = String(markup[polygon.lowerBound...].prefix(4000))
        } else if let path = markup.range(of: "<path") {
            tag = String(markup[path.lowerBound...].prefix(4000))
        } else {
            return nil
        }
        guard let raw = attribute("points", in: tag) ?? attribute("d", in: tag) else { return nil }
        let numbers = raw.split { !"0123456789.-".contains($0) }.compactMap { Double($0) }
        guard numbers.count >= 2 else { return nil }
        let xs = stride(from: 0, to: numbers.count - 1, by: 2).map { numbers[$0] }
        let ys = stride(from: 1, to: numbers.count, by: 2).map { numbers[$0] }
        return (xs.min() ?? 0, xs.max() ?? 0, ys.min() ?? 0, ys.max() ?? 0)
    }

    static func attribute(_ name: String, in text: String) -> String? {
        guard let start = text.range(of: " " + name + "=\"") else { return nil }
        let rest = text[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    static func element(_ name: String, in text: String) -> String? {
        elements(name, in: text).first
    }

    /// The contents of every `<name ...>...</name>` in a group (up to the next group).
    static func elements(_ name: String, in text: String) -> [String] {
        var results: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "<" + name) {
            guard let tagEnd = rest[open.upperBound...].firstIndex(of: ">"),
                  let close = rest[tagEnd...].range(of: "</" + name + ">")
            else { break }
            results.append(String(rest[rest.index(after: tagEnd)..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return results
    }

    /// Decodes the XML entities Graphviz writes.
    static func unescape(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            guard let semicolon = rest[amp...].firstIndex(of: ";") else {
                result += rest[amp...]
                return result
            }
            let entity = rest[rest.index(after: amp)..<semicolon]
            switch entity {
            case "lt": result += "<"
            case "gt": result += ">"
            case "amp": result += "&"
            case "quot": result += "\""
            case "apos": result += "'"
            default:
                if entity.hasPrefix("#x"), let value = UInt32(entity.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(value) {
                    result.unicodeScalars.append(scalar)
                } else if entity.hasPrefix("#"), let value = UInt32(entity.dropFirst()), let scalar = Unicode.Scalar(value) {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += "&" + entity + ";"
                }
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }
}
