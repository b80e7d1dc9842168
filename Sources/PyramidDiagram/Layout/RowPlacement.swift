/// The x coordinate of every box, row by row: as close as possible (least
/// squares) to the mean x of its neighbours in the other rows, keeping the
/// row's order and at least `gap` between boxes.
///
/// With `o` the offsets of the boxes packed at the minimum gaps, `x - o`
/// must be non-decreasing, so the best `x` is `o` plus the isotonic
/// regression of `desired - o`, found by pool-adjacent-violators in one
/// pass. Each row is then centred on 0 so the picture reads as a pyramid.
/// Linear in nodes + links per pass.
enum RowPlacement {
    /// Places every row of `rows` (left to right) once, top to bottom when
    /// `down`, using the current `x` of neighbours.
    static func place(rows: [[Int]], x: inout [Double], widths: [Double], gap: Double,
                      adjacency: Adjacency, rowOf: [Int], pinned: [Bool], down: Bool) {
        let order = down ? Array(rows.indices) : Array(rows.indices.reversed())
        for row in order {
            let nodes = rows[row]
            guard !nodes.isEmpty else { continue }
            var offsets = [Double](repeating: 0, count: nodes.count)
            for index in nodes.indices.dropFirst() {
                offsets[index] = offsets[index - 1] + (widths[nodes[index - 1]] + widths[nodes[index]]) / 2 + gap
            }
            var targets = [Double](repeating: 0, count: nodes.count)
            for (index, node) in nodes.enumerated() {
                var sum = 0.0
                var count = 0
                if !pinned[node] {
                    for other in adjacency.neighbours(node) where rowOf[other] != row {
                        sum += x[other]
                        count += 1
                    }
                }
                targets[index] = (count > 0 ? sum / Double(count) : x[node]) - offsets[index]
            }
            let fitted = isotonic(targets)
            var placed = nodes.indices.map { fitted[$0] + offsets[$0] }
            // Centre the row's extent on 0.
            let left = placed[0] - widths[nodes[0]] / 2
            let right = placed[nodes.count - 1] + widths[nodes[nodes.count - 1]] / 2
            let shift = (left + right) / 2
            for index in placed.indices { placed[index] -= shift }
            for (index, node) in nodes.enumerated() { x[node] = placed[index] }
        }
    }

    /// The non-decreasing sequence closest to `values` in least squares
    /// (pool-adjacent-violators: blocks of equal value, merged while out of order).
    static func isotonic(_ values: [Double]) -> [Double] {
        var means: [Double] = []
        var counts: [Int] = []
        means.reserveCapacity(values.count)
        counts.reserveCapacity(values.count)
        for value in values {
            var mean = value
            var count = 1
            while let previous = means.last, previous > mean {
                let previousCount = counts[counts.count - 1]
                mean = (previous * Double(previousCount) + mean * Double(count)) / Double(previousCount + count)
                count += previousCount
                means.removeLast()
                counts.removeLast()
            }
            means.append(mean)
            counts.append(count)
        }
        var result: [Double] = []
        result.reserveCapacity(values.count)
        for (mean, count) in zip(means, counts) {
            result += repeatElement(mean, count: count)
        }
        return result
    }
}
