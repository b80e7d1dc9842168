/// The node numbers the loader worked out for an ``Organisation``, handed to
/// the analysis so that it need not hash every id again.
///
/// Nodes are numbered as in `AnalysisGraph`: customer `i` is node `i`, team
/// `t` is node `customers.count + t`. The loader makes a numbering only when
/// every id is unique (then an id names exactly one node, and the numbers
/// need no table); for each `serves` entry and each `reports-to` entry, in
/// team order and then entry order, it records the node the id names, or
/// `-1` when it names none. The lookups are the validator's own (Swift's
/// `String` equality, canonical equivalence), so an id spelt in another
/// Unicode normal form resolves as `NodeIndex` resolves it.
///
/// It is a cache, not part of the organisation's value: ``Organisation``
/// keeps it in a ``Organisation/CachedNumbering``, which `==` and
/// `hash(into:)` ignore, and drops it whenever its `teams` or `customers`
/// change.
package struct NodeNumbering: Hashable, Sendable {
    /// The customer count and team count the numbering was made for.
    package let customerCount: Int
    package let teamCount: Int
    /// The node of each `serves` target, all teams' entries in one flat
    /// sequence (`-1`: unresolved).
    package let servesTarget: [Int32]
    /// The node of each `reports-to` value, in one flat sequence (`-1`: unresolved).
    package let reportsToTarget: [Int32]

    package init(customerCount: Int, teamCount: Int, servesTarget: [Int32], reportsToTarget: [Int32]) {
        self.customerCount = customerCount
        self.teamCount = teamCount
        self.servesTarget = servesTarget
        self.reportsToTarget = reportsToTarget
    }
}

extension Organisation {
    /// Holds an organisation's ``NodeNumbering`` out of its value: any two
    /// are equal and none adds to a hash, since a numbering is derived from
    /// the teams and customers (an organisation with one and the same
    /// organisation without it are equal).
    struct CachedNumbering: Hashable, Sendable {
        var numbering: NodeNumbering?

        static func == (_: CachedNumbering, _: CachedNumbering) -> Bool { true }

        func hash(into _: inout Hasher) {}
    }
}
