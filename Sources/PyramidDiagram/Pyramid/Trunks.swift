/// Shared trunks for links that cross rows, once bands wrap.
///
/// Graphviz's `dot` draws a link spanning several rows through one helper
/// point per row it crosses, and keeps those points apart like boxes: with a
/// hundred teams serving four customers from rows below, the rows above
/// grow by a hundred gaps and the picture by thousands of points. So a link
/// between an *owner* (an end customer, or a leader) and a box more than one
/// row away runs into a trunk instead: one invisible hub per owner and row,
/// chained row by row to the owner. The link keeps its id, classes and style
/// from its own row to the hub in the next row toward the owner; every row
/// then holds at most one hub per owner instead of one point per link.
struct Trunks {
    /// What a trunk carries, for its style.
    enum Kind {
        /// `serves` links up to an end customer.
        case serves
        /// Support links from a leader.
        case support
    }

    /// A link to route: `owner` is the customer or leader, `partner` the other end.
    struct Link {
        var owner: Int
        var partner: Int
        var kind: Kind
    }

    /// Per owner: its kind and the rows its hubs occupy, nearest the owner first.
    private var hubRows: [Int: (kind: Kind, rows: [Int])] = [:]
    private let row: [Int]

    /// Routes `links` between items placed in `row` (per item).
    init(links: [Link], row: [Int]) {
        self.row = row
        var farthest: [Int: (kind: Kind, row: Int)] = [:]
        for link in links where abs(row[link.partner] - row[link.owner]) >= 2 {
            let current = farthest[link.owner]?.row ?? row[link.owner]
            let far = row[link.partner] > row[link.owner] ? max(current, row[link.partner]) : min(current, row[link.partner])
            farthest[link.owner] = (link.kind, far)
        }
        for (owner, far) in farthest {
            let start = row[owner]
            let step = far.row > start ? 1 : -1
            // Hubs in every row strictly between the owner and its farthest partner.
            let rows = Array(stride(from: start + step, to: far.row, by: step))
            if !rows.isEmpty { hubRows[owner] = (far.kind, rows) }
        }
    }

    /// Whether any link is routed through a trunk.
    var isEmpty: Bool { hubRows.isEmpty }

    /// The DOT name of owner's hub in a row.
    static func hubName(_ ownerName: String, row: Int) -> String {
        SVGIdentifier.helper("hub-\(row)-" + ownerName)
    }

    /// The row next to `partner` toward `owner` when the link between them
    /// runs through the owner's trunk, else `nil` (drawn directly).
    func hubRow(owner: Int, partner: Int) -> Int? {
        guard let hubs = hubRows[owner], abs(row[partner] - row[owner]) >= 2 else { return nil }
        let next = row[partner] + (row[owner] > row[partner] ? 1 : -1)
        return hubs.rows.contains(next) ? next : nil
    }

    /// The hub names to add to each row (by owner in `owners` order).
    func hubs(rowCount: Int, owners: [Int], name: (Int) -> String) -> [[String]] {
        var result = [[String]](repeating: [], count: rowCount)
        for owner in owners {
            for row in hubRows[owner]?.rows ?? [] { result[row].append(Self.hubName(name(owner), row: row)) }
        }
        return result
    }

    /// The hub nodes and the trunk segments (owner first), for owners in `owners` order.
    func statements(owners: [Int], name: (Int) -> String) -> [DOTStatement] {
        var statements: [DOTStatement] = []
        for owner in owners {
            guard let (kind, rows) = hubRows[owner] else { continue }
            let ownerName = name(owner)
            var previous = ownerName
            var previousRow = row[owner]
            for hubRow in rows {
                let hub = Self.hubName(ownerName, row: hubRow)
                statements.append(.node(DOTNode(hub, [
                    .shape: .string("point"), .width: .string("0.01"), .height: .string("0.01"),
                    .style: .string("invis"), .label: .string(""),
                ])))
                var attributes: DOTAttributes = [
                    .id: .string("trunk-" + ownerName + "-\(hubRow)"),
                    .class: .string(kind == .serves ? "serves trunk" : "support trunk"),
                ]
                // A serves trunk keeps the plain link style; a support trunk the support style.
                if kind == .support { PyramidStyle.applySupport(to: &attributes) }
                // Arrowheads only where the trunk meets a customer; leaders'
                // trunks carry theirs at each team.
                let intoCustomer = kind == .serves && previous == ownerName
                // Written top-down.
                if previousRow < hubRow {
                    attributes.set(.dir, intoCustomer ? "back" : "none")
                    statements.append(.edge(DOTEdge(previous, hub, attributes)))
                } else {
                    attributes.set(.dir, "none")
                    statements.append(.edge(DOTEdge(hub, previous, attributes)))
                }
                previous = hub
                previousRow = hubRow
            }
        }
        return statements
    }
}
