/// Routes links between placed boxes without crossing any box.
///
/// Boxes sit in horizontal rows (all boxes of a row equally high), with an
/// empty channel between rows. A link between adjacent rows is one cubic
/// through the channel. A link spanning rows passes each row in between
/// vertically, through the free space at the point where the straight line
/// between its ends meets the row, or, when a box is there, through the
/// middle of the nearer gap beside that box (found by binary search); the
/// pieces in the channels are S-curves whose y stays inside the channel. A
/// link within one row arcs up into the channel above the row and back
/// down. Ends are spread over the boxes' sides toward where the link goes.
struct EdgeRouter {
    /// One row's extent and its boxes' left and right sides, left to right.
    struct Row {
        var top: Double
        var bottom: Double
        var lefts: [Double]
        var rights: [Double]
    }

    let rows: [Row]
    let x: [Double]
    let y: [Double]
    let sizes: [BoxSize]
    let rowOf: [Int]
    /// Nodes from this index on are trunk hubs (points in a channel).
    var hubStart: Int

    /// Clearance kept between a link and a box side.
    static let margin = 3.0

    /// The path from the outline of `a` to the outline of `b`, `a`'s end first.
    ///
    /// A link spanning rows has a knot in the middle of each row it passes
    /// (see ``steps(start:passages:end:)``).
    func route(from a: Int, to b: Int) -> SplinePath {
        if rowOf[a] == rowOf[b] { return arch(a, b) }
        if rowOf[a] > rowOf[b] { return route(from: b, to: a).reversed }
        let (upper, lower) = (rowOf[a], rowOf[b])
        var passages: [Passage] = []
        if lower - upper > 1 {
            passages.reserveCapacity(lower - upper - 1)
            for row in (upper + 1)..<lower {
                let middle = (rows[row].top + rows[row].bottom) / 2
                let t = (middle - y[a]) / (y[b] - y[a])
                passages.append(passage(row: row, near: x[a] + t * (x[b] - x[a])))
            }
        }
        let startDx = port(a, toward: passages.first?.x ?? x[b])
        let endDx = port(b, toward: passages.last?.x ?? x[a])
        let start = SplinePath.Point(x: x[a] + startDx, y: y[a] + sizes[a].halfHeight(at: startDx))
        let end = SplinePath.Point(x: x[b] + endDx, y: y[b] - sizes[b].halfHeight(at: endDx))
        return steps(start: start, passages: passages, end: end)
    }

    /// The path through knots at the middle of each row passed: one cubic
    /// per step, leaving and arriving vertically with its control points a
    /// whole step away (so its y never turns back), when it stays in the
    /// gaps until it is out of the rows; else a straight piece to the row's
    /// edge, an S-curve across the channel and a straight piece to the next knot.
    private func steps(start: SplinePath.Point, passages: [Passage], end: SplinePath.Point) -> SplinePath {
        var knots: [(point: SplinePath.Point, half: Double, low: Double, high: Double)] = [(start, 0, -.infinity, .infinity)]
        knots.reserveCapacity(passages.count + 2)
        for passage in passages {
            let row = rows[passage.row]
            knots.append((.init(x: passage.x, y: (row.top + row.bottom) / 2), (row.bottom - row.top) / 2, passage.low, passage.high))
        }
        knots.append((end, 0, -.infinity, .infinity))
        var path = SplinePath(from: start)
        path.points.reserveCapacity(knots.count * 6)
        for (from, to) in zip(knots, knots.dropFirst()) {
            let step = to.point.y - from.point.y
            let shift = abs(to.point.x - from.point.x)
            // How far the curve has moved sideways when it leaves the row of
            // `from` and when it enters the row of `to`.
            if Self.drift(rowHalf: from.half, step: step) * shift <= min(from.point.x - from.low, from.high - from.point.x),
               Self.drift(rowHalf: to.half, step: step) * shift <= min(to.point.x - to.low, to.high - to.point.x) {
                path.curve(.init(x: from.point.x, y: from.point.y + step), .init(x: to.point.x, y: to.point.y - step), to.point)
                continue
            }
            if from.half > 0 { path.line(to: .init(x: from.point.x, y: from.point.y + from.half)) }
            path.verticalCurve(to: .init(x: to.point.x, y: to.point.y - to.half))
            if to.half > 0 { path.line(to: to.point) }
        }
        return path
    }

    /// For the cubic x(t) = x0 + shift * t^2 (3 - 2t), y(t) = y0 + step *
    /// (3t(1-t)^2 + t^3) (control points a whole step below and above its
    /// ends): the share of `shift` made before y has gone `rowHalf`.
    static func drift(rowHalf: Double, step: Double) -> Double {
        guard rowHalf > 0 else { return 0 }
        guard step > rowHalf else { return 1 }
        let target = rowHalf / step
        var low = 0.0, high = 1.0
        for _ in 0..<30 {
            let t = (low + high) / 2
            let reached = 3 * t * (1 - t) * (1 - t) + t * t * t
            if reached < target { low = t } else { high = t }
        }
        return high * high * (3 - 2 * high)
    }

    /// Where a link's label goes on a path from ``route(from:to:)`` with
    /// `pieces` pieces: the piece in the channel just above the lower end
    /// and the middle of that channel; for a link within a row, the middle
    /// of its only piece.
    func labelPlace(from a: Int, to b: Int, pieces: Int) -> (piece: Int, y: Double?) {
        guard rowOf[a] != rowOf[b] else { return (0, nil) }
        let lower = max(rowOf[a], rowOf[b])
        let middle = (rows[lower].top + rows[lower - 1].bottom) / 2
        return (rowOf[a] < rowOf[b] ? pieces - 1 : 0, middle)
    }

    /// A trunk segment between a node and a hub of its trunk one row
    /// further out, or two hubs: from the inner end into the near side of
    /// the outer hub's row (an S-curve), then straight through the row at
    /// the hub's x to the hub in the channel beyond. `a`'s end first.
    func trunk(from a: Int, to b: Int) -> SplinePath {
        // The hub of row s sits in the channel beyond row s, seen from the owner.
        let inner: Int, outer: Int
        if a < hubStart || b < hubStart {
            (inner, outer) = a < hubStart ? (a, b) : (b, a)
        } else {
            let outward = y[a] > rows[rowOf[a]].bottom
            (inner, outer) = (rowOf[a] < rowOf[b]) == outward ? (a, b) : (b, a)
        }
        let down = y[outer] > rows[rowOf[outer]].bottom
        let row = rows[rowOf[outer]]
        let dx = inner < hubStart ? port(inner, toward: x[outer]) : 0
        let start = SplinePath.Point(x: x[inner] + dx, y: y[inner] + (down ? 1 : -1) * sizes[inner].halfHeight(at: dx))
        var path = SplinePath(from: start)
        path.verticalCurve(to: .init(x: x[outer], y: down ? row.top : row.bottom))
        path.line(to: .init(x: x[outer], y: y[outer]))
        return inner == a ? path : path.reversed
    }

    /// A link within one row: up from the top of `a`, over, down into `b`.
    private func arch(_ a: Int, _ b: Int) -> SplinePath {
        let row = rowOf[a]
        let channel = row > 0 ? rows[row].top - rows[row - 1].bottom : 30
        // The curve's peak is 3/4 of the control points' height.
        let lift = channel * 0.8
        let startDx = port(a, toward: x[b])
        let endDx = port(b, toward: x[a])
        let start = SplinePath.Point(x: x[a] + startDx, y: y[a] - sizes[a].halfHeight(at: startDx))
        let end = SplinePath.Point(x: x[b] + endDx, y: y[b] - sizes[b].halfHeight(at: endDx))
        var path = SplinePath(from: start)
        path.curve(.init(x: start.x, y: rows[row].top - lift), .init(x: end.x, y: rows[row].top - lift), end)
        return path
    }

    /// Where on `node`'s outline (offset from its centre) a link heading
    /// for `target` leaves: toward it, at most 30% of the width off centre.
    private func port(_ node: Int, toward target: Double) -> Double {
        let reach = sizes[node].width * 0.3
        return min(max((target - x[node]) * 0.1, -reach), reach)
    }

    /// Where a link passes a row: its x, and the free interval around it
    /// (box sides less ``margin``).
    struct Passage {
        var x: Double
        var low: Double
        var high: Double
        var row: Int
    }

    /// Where a link can pass `row` vertically: at `wanted` when it is clear
    /// of every box, else in the middle of the nearer gap beside the box there.
    func passage(row: Int, near wanted: Double) -> Passage {
        let lefts = rows[row].lefts, rights = rows[row].rights
        let margin = Self.margin
        var low = 0, high = rights.count
        while low < high {
            let middle = (low + high) / 2
            if rights[middle] + margin > wanted { high = middle } else { low = middle + 1 }
        }
        let index = low
        func gap(after box: Int) -> (low: Double, high: Double) {
            (box >= 0 ? rights[box] + margin : -.infinity, box + 1 < lefts.count ? lefts[box + 1] - margin : .infinity)
        }
        guard index < rights.count, wanted > lefts[index] - margin else {
            let free = gap(after: index - 1)
            return Passage(x: wanted, low: free.low, high: free.high, row: row)
        }
        let before = gap(after: index - 1), after = gap(after: index)
        let leftX = index > 0 ? (before.low + before.high) / 2 : lefts[index] - 3 * margin
        let rightX = index + 1 < rights.count ? (after.low + after.high) / 2 : rights[index] + 3 * margin
        return wanted - leftX <= rightX - wanted
            ? Passage(x: leftX, low: before.low, high: before.high, row: row)
            : Passage(x: rightX, low: after.low, high: after.high, row: row)
    }
}
