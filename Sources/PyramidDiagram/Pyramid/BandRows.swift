/// Wraps the pyramid's bands into rows so the whole picture lands at a
/// width / height ratio of about ``Geometry/targetAspect``.
///
/// A band is one layer of the pyramid (the customers, one customer
/// distance, one level of leaders, one cut-off layer). Its items are kept in
/// groups (a department, or the teams under one leader), groups in a stable
/// order (first appearance in the file), and a band too wide for the chosen
/// row width wraps into several rows, breaking between groups where it can.
/// The row width is the widest that keeps the estimated picture within the
/// target ratio, found by binary search over the estimate (each estimate is
/// one pass over the items), so small organisations keep one row per band.
struct BandRows {
    /// One box to place.
    struct Item {
        /// Its band, top first.
        var band: Int
        /// Its group's position in the stable group order.
        var group: Int
        /// Its estimated width in points.
        var width: Double
    }

    /// A link between two items. Each row it crosses gets wider by one
    /// gap (Graphviz routes it through a point in that row); links with an
    /// `owner` (a customer or leader) share the owner's trunk (``Trunks``),
    /// which crosses each row once.
    struct Link {
        var from: Int
        var to: Int
        var owner: Int?
        /// The estimated width of its label (0: none); Graphviz puts a
        /// label between the rows it joins, beside the other labels there.
        var labelWidth: Double = 0
    }

    /// The picture's estimated geometry, in points.
    struct Geometry {
        /// Horizontal gap between boxes (`nodesep`).
        var gap: Double = 21.6
        /// From one row to the next inside a band (box height + `ranksep`).
        var rowPitch: Double = 78
        /// Extra space between two bands once any band wraps.
        var bandGap: Double = 44
        /// The title, the legend and the margins.
        var fixedHeight: Double = 220
        /// The legend's and the title's width: the picture is never narrower.
        var minimumWidth: Double = 760
        /// Width / height the row width is chosen for; below the 2.0 the
        /// picture must meet, since edges crossing rows widen rows a little.
        var targetAspect: Double = 1.5
    }

    /// Item indices per row, top first, left to right.
    let rows: [[Int]]
    /// The band of each row.
    let rowBand: [Int]
    /// Whether some band takes more than one row.
    var wraps: Bool { Set(rowBand).count < rowBand.count }

    init(items: [Item], links: [Link] = [], geometry: Geometry = Geometry()) {
        let bandCount = (items.map(\.band).max() ?? -1) + 1
        // Each band's items by group, then by their given order (stable).
        var bands = [[Int]](repeating: [], count: bandCount)
        for index in items.indices { bands[items[index].band].append(index) }
        for band in bands.indices {
            bands[band].sort { (items[$0].group, $0) < (items[$1].group, $1) }
        }
        func pack(_ limit: Double) -> [[Int]] {
            var rows: [[Int]] = []
            for band in bands where !band.isEmpty {
                var row: [Int] = []
                var used = 0.0
                var position = 0
                while position < band.count {
                    // Start each group on a fresh row if it fits one but not what is left.
                    let group = items[band[position]].group
                    var end = position
                    var groupWidth = 0.0
                    while end < band.count, items[band[end]].group == group {
                        groupWidth += items[band[end]].width + geometry.gap
                        end += 1
                    }
                    if !row.isEmpty, used + groupWidth > limit, groupWidth <= limit {
                        rows.append(row)
                        row = []
                        used = 0
                    }
                    for index in band[position..<end] {
                        let width = items[index].width + geometry.gap
                        if !row.isEmpty, used + width > limit {
                            rows.append(row)
                            row = []
                            used = 0
                        }
                        row.append(index)
                        used += width
                    }
                    position = end
                }
                rows.append(row)
            }
            return rows
        }
        var rowOf = [Int](repeating: 0, count: items.count)
        var farthest = [Int](repeating: -1, count: items.count)
        func aspect(_ rows: [[Int]]) -> Double {
            for (row, members) in rows.enumerated() {
                for item in members { rowOf[item] = row }
            }
            // Rows crossed, counted with a difference array.
            var crossing = [Int](repeating: 0, count: rows.count + 1)
            func cross(_ a: Int, _ b: Int) {
                let (low, high) = (min(a, b), max(a, b))
                guard high - low >= 2 else { return }
                crossing[low + 1] += 1
                crossing[high] -= 1
            }
            var between = [Double](repeating: 0, count: rows.count + 1)
            for link in links {
                if link.labelWidth > 0, rowOf[link.from] != rowOf[link.to] {
                    let low = min(rowOf[link.from], rowOf[link.to])
                    let high = max(rowOf[link.from], rowOf[link.to])
                    between[(low + high) / 2] += link.labelWidth + geometry.gap
                }
                if let owner = link.owner {
                    let partner = link.from == owner ? link.to : link.from
                    if farthest[owner] < 0 || abs(rowOf[partner] - rowOf[owner]) > abs(farthest[owner] - rowOf[owner]) {
                        farthest[owner] = rowOf[partner]
                    }
                } else {
                    cross(rowOf[link.from], rowOf[link.to])
                }
            }
            for link in links {
                guard let owner = link.owner, farthest[owner] >= 0 else { continue }
                cross(rowOf[owner], farthest[owner])
                farthest[owner] = -1
            }
            var running = 0
            var width = 0.0
            for (row, members) in rows.enumerated() {
                running += crossing[row]
                width = max(width, members.reduce(0.0) { $0 + items[$1].width + geometry.gap } + Double(running) * geometry.gap,
                            between[row] + Double(running) * geometry.gap)
            }
            let bandsUsed = bands.filter { !$0.isEmpty }.count
            let wrapped = rows.count > bandsUsed
            let height = Double(rows.count) * geometry.rowPitch
                + (wrapped ? Double(max(bandsUsed - 1, 0)) * geometry.bandGap : 0) + geometry.fixedHeight
            return max(width, geometry.minimumWidth) / height
        }

        let widest = bands.map { $0.reduce(0.0) { $0 + items[$1].width + geometry.gap } }.max() ?? 0
        var chosen = pack(widest + 1)
        if aspect(chosen) > geometry.targetAspect {
            // The widest row width that meets the target; when none does
            // (links crossing rows widen every row), the one closest to it.
            // Widths 10% apart, widest first: each is one pass.
            // Rows narrower than the legend would only add height.
            let narrowest = max((items.map(\.width).max() ?? 0) + geometry.gap, geometry.minimumWidth)
            var best = (aspect: aspect(chosen), rows: chosen)
            var limit = widest
            while limit > narrowest {
                limit = max(limit * 0.9, narrowest)
                let candidate = pack(limit)
                let ratio = aspect(candidate)
                if ratio <= geometry.targetAspect {
                    best = (ratio, candidate)
                    break
                }
                if ratio < best.aspect { best = (ratio, candidate) }
            }
            chosen = best.rows
        }
        rows = chosen
        rowBand = chosen.map { items[$0[0]].band }
    }
}
