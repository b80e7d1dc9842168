/// Where the hubs of ``Trunks`` sit in the computed layout.
///
/// An owner's trunk heads from the owner toward the mean x of its partners
/// two or more rows away; it passes each row in between where a link may
/// (``EdgeRouter/passage(row:near:)``), and the hub of that row sits at
/// that x in the channel on the row's far side from the owner, so the
/// links joining it there are one cubic each within the channel.
struct TrunkHubs {
    /// One hub: its DOT name, its centre (y down) and the row it belongs to.
    struct Hub {
        var name: String
        var x: Double
        var y: Double
        var row: Int
    }

    /// Every hub, owner by owner (in `owners` order), outward from the owner.
    private(set) var hubs: [Hub] = []
    /// Per owner with a trunk: the owner and its hubs' indices in ``hubs``, outward.
    private(set) var chains: [(owner: Int, hubs: [Int])] = []

    /// Places the hubs named `hubNames` (``Trunks/hubName(_:row:)``) of the
    /// trunks of `links`, for nodes at `x` in rows `rowOf`.
    init(links: [Trunks.Link], hubNames: Set<String>, owners: [Int], name: (Int) -> String,
         rowOf: [Int], x: [Double], rows: [EdgeRouter.Row], router: EdgeRouter) {
        var sum = [Double](repeating: 0, count: owners.count)
        var count = [Int](repeating: 0, count: owners.count)
        var farthest = [Int](repeating: -1, count: owners.count)
        for link in links where abs(rowOf[link.partner] - rowOf[link.owner]) >= 2 {
            sum[link.owner] += x[link.partner]
            count[link.owner] += 1
            if farthest[link.owner] < 0 || abs(rowOf[link.partner] - rowOf[link.owner]) > abs(farthest[link.owner] - rowOf[link.owner]) {
                farthest[link.owner] = rowOf[link.partner]
            }
        }
        for owner in owners where count[owner] > 0 {
            let ownerName = name(owner)
            let step = farthest[owner] > rowOf[owner] ? 1 : -1
            let target = sum[owner] / Double(count[owner])
            var row = rowOf[owner] + step
            var chain: [Int] = []
            while hubNames.contains(Trunks.hubName(ownerName, row: row)) {
                let t = Double(row - rowOf[owner]) / Double(farthest[owner] - rowOf[owner])
                let passage = router.passage(row: row, near: x[owner] + t * (target - x[owner]))
                let channelY = step > 0
                    ? (rows[row].bottom + rows[row + 1].top) / 2
                    : (rows[row - 1].bottom + rows[row].top) / 2
                chain.append(hubs.count)
                hubs.append(Hub(name: Trunks.hubName(ownerName, row: row), x: passage.x, y: channelY, row: row))
                row += step
            }
            if !chain.isEmpty { chains.append((owner, chain)) }
        }
    }
}
