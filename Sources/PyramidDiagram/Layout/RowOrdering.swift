/// The order of the boxes within each row: a few barycentre sweeps.
///
/// Every box gets the mean x of its neighbours in the rows already placed
/// (above, sweeping down; below, sweeping up), boxes without such a
/// neighbour keep their x, and each row is sorted by it (ties by the old
/// x, then node index, so the result is deterministic). A row's x are the
/// centres of its boxes packed side by side and centred. Each sweep is
/// linear in nodes + links plus a sort per row.
struct RowOrdering {
    /// Node indices per row, left to right.
    private(set) var rows: [[Int]]
    /// Per node, its centre when its row is packed and centred.
    private(set) var x: [Double]

    private let rowOf: [Int]
    private let widths: [Double]
    private let gap: Double
    /// Per node: kept first in its row (the cut-off heading).
    private let pinned: [Bool]

    init(rows: [[Int]], rowOf: [Int], widths: [Double], gap: Double, pinned: [Bool]) {
        self.rows = rows
        self.rowOf = rowOf
        self.widths = widths
        self.gap = gap
        self.pinned = pinned
        x = [Double](repeating: 0, count: widths.count)
        for row in rows.indices { pack(row) }
    }

    /// Sets the x of a row's boxes packed side by side, centred on 0.
    private mutating func pack(_ row: Int) {
        let total = rows[row].reduce(0.0) { $0 + widths[$1] + gap } - gap
        var cursor = -total / 2
        for node in rows[row] {
            x[node] = cursor + widths[node] / 2
            cursor += widths[node] + gap
        }
    }

    /// One sweep, down (`true`: neighbours above count) or up.
    mutating func sweep(down: Bool, adjacency: Adjacency) {
        let order = down ? Array(rows.indices) : Array(rows.indices.reversed())
        for row in order.dropFirst() {
            var keyed: [(key: Double, old: Double, node: Int)] = []
            keyed.reserveCapacity(rows[row].count)
            for node in rows[row] {
                var sum = 0.0
                var count = 0
                for other in adjacency.neighbours(node) where down ? rowOf[other] < row : rowOf[other] > row {
                    sum += x[other]
                    count += 1
                }
                let key = pinned[node] ? -Double.infinity : (count > 0 ? sum / Double(count) : x[node])
                keyed.append((key, x[node], node))
            }
            keyed.sort { ($0.key, $0.old, $0.node) < ($1.key, $1.old, $1.node) }
            rows[row] = keyed.map(\.node)
            pack(row)
        }
    }
}
