import Foundation

/// The geometry of a Graphviz SVG, enough to check label placement: each
/// edge's path (sampled from its bezier `d` data) and arrowheads with its
/// label texts, and each node's outline with its texts.
///
/// Text has no width in SVG, so a text's box is estimated from its font size
/// and length (0.55 em per character, generous for Helvetica/Liberation Sans,
/// whose average is about 0.5 em), from the baseline up 0.8 em and down 0.2 em.
struct SVGGeometry {
    struct Rect: Hashable, CustomStringConvertible {
        var minX, minY, maxX, maxY: Double

        func contains(_ point: Point) -> Bool {
            point.x > minX && point.x < maxX && point.y > minY && point.y < maxY
        }

        func intersects(_ other: Rect) -> Bool {
            minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
        }

        /// The rectangle shrunk by `amount` on every side (a tolerance for touching).
        func inset(_ amount: Double) -> Rect {
            Rect(minX: minX + amount, minY: minY + amount, maxX: maxX - amount, maxY: maxY - amount)
        }

        var description: String { String(format: "(%.0f,%.0f)-(%.0f,%.0f)", minX, minY, maxX, maxY) }
    }

    struct Point: Hashable {
        var x, y: Double
    }

    struct Text: Hashable {
        var text: String
        var box: Rect
    }

    struct Edge {
        var id: String
        var title: String
        /// Points along the edge's path, sampled densely from its cubic beziers.
        var samples: [Point]
        /// The boxes of its arrowheads.
        var arrowheads: [Rect]
        var labels: [Text]
    }

    struct Node {
        var id: String
        var title: String
        /// The bounding box of its visible outline (polygon, ellipse or path);
        /// `nil` for a node drawn with text only.
        var outline: Rect?
        var texts: [Text]
    }

    var edges: [Edge] = []
    var nodes: [Node] = []

    init(_ svg: String) {
        for group in SVGReader(svg).groups {
            let kind = group.classes.first
            // The group's own markup runs to the next `<g id=`; cut at its `</g>`.
            // (A tooltip's `<g id="a_..."><a>` wrapper adds one level.)
            let pieces = group.markup.components(separatedBy: "</g>")
            let markup = group.markup.contains("<g id=\"a_") ? pieces.prefix(2).joined(separator: "</g>") : (pieces.first ?? group.markup)
            let texts = Self.texts(in: markup)
            if kind == "edge" {
                var samples: [Point] = []
                for d in Self.attributeValues("d", in: markup) { samples += Self.sampleBezier(Self.numbers(d)) }
                let arrowheads = Self.attributeValues("points", in: markup).compactMap { Self.bounds(Self.numbers($0)) }
                edges.append(Edge(id: group.id, title: group.title, samples: samples, arrowheads: arrowheads, labels: texts))
            } else if kind == "node" {
                var outline: Rect?
                func merge(_ rect: Rect?) {
                    guard let rect else { return }
                    outline = outline.map {
                        Rect(minX: min($0.minX, rect.minX), minY: min($0.minY, rect.minY),
                             maxX: max($0.maxX, rect.maxX), maxY: max($0.maxY, rect.maxY))
                    } ?? rect
                }
                for tag in Self.tags(["polygon", "path", "ellipse"], in: markup) where !tag.contains("stroke=\"transparent\"") {
                    if tag.hasPrefix("<ellipse") {
                        let value = { (name: String) in SVGReader.attribute(name, in: tag).flatMap(Double.init) ?? 0 }
                        merge(Rect(minX: value("cx") - value("rx"), minY: value("cy") - value("ry"),
                                   maxX: value("cx") + value("rx"), maxY: value("cy") + value("ry")))
                    } else if let data = SVGReader.attribute("points", in: tag) ?? SVGReader.attribute("d", in: tag) {
                        merge(Self.bounds(Self.numbers(data)))
                    }
                }
                nodes.append(Node(id: group.id, title: group.title, outline: outline, texts: texts))
            }
        }
    }

    /// One problem found by ``labelProblems()``, as a readable sentence.
    struct Problem: Hashable, CustomStringConvertible {
        var label: String
        var owner: String
        var other: String
        var kind: String

        var description: String { "label '\(label)' of \(owner) \(kind) \(other)" }
    }

    /// Every edge label crossed by another edge's path or arrowhead, or lying
    /// over a node's outline or text (1 pt of tolerance on each side). A
    /// link's label is either Graphviz's (texts in the edge's group) or a
    /// node of its own with the id `<link id>~label`, whose link is drawn as
    /// the edges `<link id>` and `<link id>~supplier`.
    func labelProblems() -> [Problem] {
        var problems: [Problem] = []
        for labelNode in nodes where labelNode.id.hasSuffix("~label") {
            let link = String(labelNode.id.dropLast("~label".count))
            for label in labelNode.texts {
                let box = label.box.inset(1)
                for other in edges where other.id != link && other.id != link + "~supplier" {
                    if other.samples.contains(where: box.contains) || other.arrowheads.contains(where: box.intersects) {
                        problems.append(Problem(label: label.text, owner: link, other: other.id + " " + other.title, kind: "is crossed by"))
                    }
                }
                for node in nodes where node.id != labelNode.id {
                    let overOutline = node.outline.map(box.intersects) ?? false
                    if overOutline || node.texts.contains(where: { box.intersects($0.box) }) {
                        problems.append(Problem(label: label.text, owner: link, other: node.title, kind: "lies over"))
                    }
                }
            }
        }
        for edge in edges {
            for label in edge.labels {
                let box = label.box.inset(1)
                for other in edges where other.id != edge.id {
                    if other.samples.contains(where: box.contains) || other.arrowheads.contains(where: box.intersects) {
                        problems.append(Problem(label: label.text, owner: edge.title, other: other.title, kind: "is crossed by"))
                    }
                }
                for node in nodes {
                    let overOutline = node.outline.map(box.intersects) ?? false
                    if overOutline || node.texts.contains(where: { box.intersects($0.box) }) {
                        problems.append(Problem(label: label.text, owner: edge.title, other: node.title, kind: "lies over"))
                    }
                }
            }
        }
        return problems
    }

    // MARK: - Parsing

    /// Every `<text ...>...</text>` with its estimated box.
    static func texts(in markup: String) -> [Text] {
        var result: [Text] = []
        var rest = Substring(markup)
        while let open = rest.range(of: "<text") {
            guard let tagEnd = rest[open.upperBound...].firstIndex(of: ">"),
                  let close = rest[tagEnd...].range(of: "</text>")
            else { break }
            let tag = String(rest[open.lowerBound...tagEnd])
            let content = SVGReader.unescape(String(rest[rest.index(after: tagEnd)..<close.lowerBound]))
            rest = rest[close.upperBound...]
            guard let x = SVGReader.attribute("x", in: tag).flatMap(Double.init),
                  let y = SVGReader.attribute("y", in: tag).flatMap(Double.init)
            else { continue }
            let size = SVGReader.attribute("font-size", in: tag).flatMap(Double.init) ?? 14
            let width = Double(content.count) * size * 0.55
            let left: Double
            switch SVGReader.attribute("text-anchor", in: tag) {
            case "middle": left = x - width / 2
            case "end": left = x - width
            default: left = x
            }
            result.append(Text(text: content, box: Rect(minX: left, minY: y - 0.8 * size, maxX: left + width, maxY: y + 0.2 * size)))
        }
        return result
    }

    /// The opening tags of the named elements, in order.
    static func tags(_ names: [String], in markup: String) -> [String] {
        var result: [String] = []
        var rest = Substring(markup)
        while let open = rest.firstIndex(of: "<") {
            guard let end = rest[open...].firstIndex(of: ">") else { break }
            let tag = String(rest[open...end])
            if names.contains(where: { tag.hasPrefix("<" + $0 + " ") }) { result.append(tag) }
            rest = rest[rest.index(after: end)...]
        }
        return result
    }

    static func attributeValues(_ name: String, in markup: String) -> [String] {
        tags(["path", "polygon"], in: markup).compactMap { SVGReader.attribute(name, in: $0) }
    }

    /// Every number in a `d` or `points` value, in order.
    static func numbers(_ text: String) -> [Double] {
        var result: [Double] = []
        var current = ""
        for character in text {
            if character.isNumber || character == "." || (character == "-" && current.isEmpty) || character == "e" {
                current.append(character)
            } else {
                if let value = Double(current) { result.append(value) }
                current = character == "-" ? "-" : ""
            }
        }
        if let value = Double(current) { result.append(value) }
        return result
    }

    static func bounds(_ numbers: [Double]) -> Rect? {
        guard numbers.count >= 2 else { return nil }
        var rect = Rect(minX: .infinity, minY: .infinity, maxX: -.infinity, maxY: -.infinity)
        for index in stride(from: 0, to: numbers.count - 1, by: 2) {
            rect.minX = min(rect.minX, numbers[index])
            rect.maxX = max(rect.maxX, numbers[index])
            rect.minY = min(rect.minY, numbers[index + 1])
            rect.maxY = max(rect.maxY, numbers[index + 1])
        }
        return rect
    }

    /// Graphviz writes an edge as `M p0 C p1 p2 p3 p4 p5 p6 ...`: a start
    /// point and cubic segments of three points each; 24 samples per segment.
    static func sampleBezier(_ numbers: [Double]) -> [Point] {
        var points: [Point] = []
        for index in stride(from: 0, to: numbers.count - 1, by: 2) {
            points.append(Point(x: numbers[index], y: numbers[index + 1]))
        }
        guard var start = points.first else { return [] }
        var samples = [start]
        var index = 1
        while index + 2 < points.count {
            let c1 = points[index], c2 = points[index + 1], end = points[index + 2]
            for step in 1...24 {
                let t = Double(step) / 24, u = 1 - t
                let a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t
                samples.append(Point(x: a * start.x + b * c1.x + c * c2.x + d * end.x,
                                     y: a * start.y + b * c1.y + c * c2.y + d * end.y))
            }
            start = end
            index += 3
        }
        return samples
    }
}
