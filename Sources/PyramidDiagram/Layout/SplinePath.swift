/// One edge's drawing as Graphviz's `splineType`: a cubic B-spline of
/// 3n+1 control points, with an optional arrowhead at either end.
///
/// Coordinates are in points, y growing *downwards* (row 0 on top) while
/// the layout is computed; ``posValue(height:)`` flips them into Graphviz's
/// y-up space. Written with two fixed decimals, so the same layout always
/// gives the same bytes.
struct SplinePath: Hashable, Sendable {
    /// A point in layout space (y down).
    struct Point: Hashable, Sendable {
        var x: Double
        var y: Double
    }

    /// The control points: p0, then three per cubic piece.
    var points: [Point]
    /// Where the tail's arrowhead touches its node (`s,x,y`), when drawn.
    var start: Point?
    /// Where the head's arrowhead touches its node (`e,x,y`), when drawn.
    var end: Point?

    /// A path starting at `point`.
    init(from point: Point) {
        points = [point]
    }

    init(points: [Point]) {
        self.points = points
    }

    /// The last control point.
    var last: Point { points[points.count - 1] }

    /// Appends a cubic piece from the last point.
    mutating func curve(_ c1: Point, _ c2: Point, _ to: Point) {
        points += [c1, c2, to]
    }

    /// A straight piece from the last point.
    mutating func line(to: Point) {
        let from = last
        curve(Point(x: from.x + (to.x - from.x) / 3, y: from.y + (to.y - from.y) / 3),
              Point(x: from.x + (to.x - from.x) * 2 / 3, y: from.y + (to.y - from.y) * 2 / 3), to)
    }

    /// An S-shaped piece leaving and arriving vertically; its y stays
    /// between the two ends' y, so it never leaves the channel it crosses.
    mutating func verticalCurve(to: Point) {
        let from = last
        let bend = (to.y - from.y) / 2
        curve(Point(x: from.x, y: from.y + bend), Point(x: to.x, y: to.y - bend), to)
    }

    /// The same path run the other way (arrowheads swapped).
    var reversed: SplinePath {
        var path = SplinePath(points: points.reversed())
        path.start = end
        path.end = start
        return path
    }

    /// Splits cubic piece `piece` where its y is `y` (its middle when
    /// `nil`; the piece's y must run one way), by de Casteljau: the path up
    /// to that point, the path from it on, and the point.
    func split(piece: Int, atY y: Double? = nil) -> (SplinePath, SplinePath, Point) {
        let base = piece * 3
        let p0 = points[base], p1 = points[base + 1], p2 = points[base + 2], p3 = points[base + 3]
        func lerp(_ a: Point, _ b: Point, _ t: Double) -> Point { Point(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t) }
        func yAt(_ t: Double) -> Double {
            let u = 1 - t
            return u * u * u * p0.y + 3 * u * u * t * p1.y + 3 * u * t * t * p2.y + t * t * t * p3.y
        }
        var t = 0.5
        if let y, (p0.y - y) * (p3.y - y) < 0 {
            var low = 0.0, high = 1.0
            for _ in 0..<40 {
                t = (low + high) / 2
                if (yAt(t) < y) == (p0.y < p3.y) { low = t } else { high = t }
            }
        }
        let a = lerp(p0, p1, t), b = lerp(p1, p2, t), c = lerp(p2, p3, t)
        let d = lerp(a, b, t), e = lerp(b, c, t)
        let m = lerp(d, e, t)
        var first = SplinePath(points: Array(points[...base]) + [a, d, m])
        first.start = start
        var second = SplinePath(points: [m, e, c] + Array(points[(base + 3)...]))
        second.end = end
        return (first, second, m)
    }

    /// Leaves room for an arrowhead `length` long at the start: the path
    /// then begins that far along its first tangent, and `s,x,y` is the old start.
    mutating func arrowAtStart(length: Double) {
        guard length > 0, points.count >= 4 else { return }
        let tip = points[0]
        let direction = Self.unit(from: tip, to: points[1])
        start = tip
        points[0] = Point(x: tip.x + direction.x * length, y: tip.y + direction.y * length)
        points[1] = Point(x: points[1].x + direction.x * length / 2, y: points[1].y + direction.y * length / 2)
    }

    /// The same as ``arrowAtStart(length:)`` for the end.
    mutating func arrowAtEnd(length: Double) {
        guard length > 0, points.count >= 4 else { return }
        var path = reversed
        path.arrowAtStart(length: length)
        self = path.reversed
    }

    private static func unit(from a: Point, to b: Point) -> Point {
        let dx = b.x - a.x, dy = b.y - a.y
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > 1e-9 else { return Point(x: 0, y: 1) }
        return Point(x: dx / length, y: dy / length)
    }

    /// The `pos` value in Graphviz's space (y up, `height` the layout's height).
    func posValue(height: Double) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(points.count * 16 + 40)
        if let start {
            bytes += [UInt8(ascii: "s"), UInt8(ascii: ",")]
            Self.append(start, height: height, to: &bytes)
            bytes.append(UInt8(ascii: " "))
        }
        if let end {
            bytes += [UInt8(ascii: "e"), UInt8(ascii: ",")]
            Self.append(end, height: height, to: &bytes)
            bytes.append(UInt8(ascii: " "))
        }
        for (index, point) in points.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: " ")) }
            Self.append(point, height: height, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `x,y` flipped to y-up, with two decimals.
    static func append(_ point: Point, height: Double, to bytes: inout [UInt8]) {
        appendFixed(point.x, to: &bytes)
        bytes.append(UInt8(ascii: ","))
        appendFixed(height - point.y, to: &bytes)
    }

    /// A number with exactly two decimals (`12.50`, `-3.07`), without
    /// Foundation's locale-dependent and slow formatting.
    static func fixed(_ value: Double) -> String {
        var bytes: [UInt8] = []
        appendFixed(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends ``fixed(_:)``'s digits.
    static func appendFixed(_ value: Double, to bytes: inout [UInt8]) {
        let hundredths = value.isFinite ? Int((value * 100).rounded()) : 0
        if hundredths < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = hundredths.magnitude
        var whole = magnitude / 100
        var divisor: UInt = 1
        while divisor <= whole / 10 { divisor *= 10 }
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(whole / divisor))
            whole %= divisor
            divisor /= 10
        } while divisor > 0
        let fraction = magnitude % 100
        bytes.append(UInt8(ascii: "."))
        bytes.append(UInt8(ascii: "0") + UInt8(fraction / 10))
        bytes.append(UInt8(ascii: "0") + UInt8(fraction % 10))
    }
}
