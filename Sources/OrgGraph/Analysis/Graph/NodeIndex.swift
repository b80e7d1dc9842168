import Foundation

/// Node number by id: an open-addressing hash table over the node ids,
/// hashed with FNV-1a over the UTF-8 bytes.
///
/// Replaces a `[String: Int32]` in ``AnalysisGraph``: resolving 2.4 M link
/// targets through Swift's dictionary (SipHash, a `Hasher` per lookup) was
/// a large share of `Analysis.init`. Lookups keep the dictionary's meaning:
/// Swift strings are equal when canonically equivalent, so an id that is
/// not ASCII is hashed in its NFC form (ASCII text is already NFC), and two
/// ids are equal exactly when their NFC forms have the same bytes.
///
/// When the loader numbered the nodes (``NodeNumbering``), ``AnalysisGraph``
/// needs no lookups, so the table is built only when an id is first looked
/// up (``init(lazilyIndexing:)``), e.g. for a `--focus` team.
package struct NodeIndex: Sendable {
    /// Slot -> node number, `-1` when empty. A power of two, at least twice
    /// the node count. Empty when the table is built lazily.
    private let slots: [Int32]
    /// The table built on first use, when ``slots`` is empty.
    private let lazySlots: LazySlots?
    /// The id of every node, by node number.
    package let ids: [String]

    /// Indexes `ids`; when an id occurs twice, the first node keeps it.
    init(ids: [String]) {
        self.slots = Self.slots(indexing: ids)
        self.lazySlots = nil
        self.ids = ids
    }

    /// Keeps `ids` and indexes them when an id is first looked up; when an
    /// id occurs twice, the first node keeps it.
    init(lazilyIndexing ids: [String]) {
        self.slots = []
        self.lazySlots = LazySlots()
        self.ids = ids
    }

    /// The open-addressing table of `ids`: the first node with an id keeps it.
    private static func slots(indexing ids: [String]) -> [Int32] {
        var capacity = 16
        while capacity < ids.count * 2 { capacity <<= 1 }
        var slots = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        for node in ids.indices {
            var slot = Self.hash(ids[node]) & mask
            var duplicate = false
            while slots[slot] >= 0 {
                if ids[Int(slots[slot])] == ids[node] {
                    duplicate = true
                    break
                }
                slot = (slot + 1) & mask
            }
            if !duplicate { slots[slot] = Int32(node) }
        }
        return slots
    }

    /// The node with this id, if any.
    package subscript(id: String) -> Int32? {
        let slots = lazySlots?.slots(indexing: ids) ?? slots
        return Self.node(id, hash: Self.hash(id), slots: slots, ids: ids)
    }

    /// The node with this id, if any, looked up in `recent` first: a small
    /// direct-mapped table (a power of two long, `-1` when empty) of the
    /// nodes found last, which stays in the cache. Resolving the links of a
    /// large organisation asks for the same few customers and leaders again
    /// and again, and each miss in the big table is a cache miss.
    /// Only for an index built eagerly (``init(ids:)``).
    func node(_ id: String, recent: UnsafeMutableBufferPointer<Int32>) -> Int32? {
        let hash = Self.hash(id)
        let line = (hash >> 32) & (recent.count - 1)
        let cached = recent[line]
        if cached >= 0 && ids[Int(cached)] == id { return cached }
        let found = Self.node(id, hash: hash, slots: slots, ids: ids)
        if let found { recent[line] = found }
        return found
    }

    private static func node(_ id: String, hash: Int, slots: [Int32], ids: [String]) -> Int32? {
        let mask = slots.count - 1
        var slot = hash & mask
        while true {
            let node = slots[slot]
            if node < 0 { return nil }
            if ids[Int(node)] == id { return node }
            slot = (slot + 1) & mask
        }
    }

    /// FNV-1a over the id's UTF-8 bytes, with a final mix so that the low
    /// bits (the slot) depend on every byte.
    @inline(__always)
    static func hash(_ id: String) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var high: UInt8 = 0
        let done = id.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            for byte in bytes {
                high |= byte
                h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
            return true
        }
        if done == nil || high >= 0x80 {
            // Not ASCII (or not contiguous): hash the canonical (NFC) form,
            // so canonically equivalent ids land on the same slot.
            h = 0xcbf2_9ce4_8422_2325
            for byte in id.precomposedStringWithCanonicalMapping.utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        }
        h ^= h >> 29
        h = h &* 0xbf58_476d_1ce4_e5b9
        h ^= h >> 32
        return Int(truncatingIfNeeded: h)
    }
}

extension NodeIndex {
    /// The table of a lazily built ``NodeIndex``, made once under a lock
    /// (an ``Analysis`` is `Sendable`, so two threads may look up at once).
    private final class LazySlots: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Int32]?

        func slots(indexing ids: [String]) -> [Int32] {
            lock.lock()
            defer { lock.unlock() }
            if let slots { return slots }
            let built = NodeIndex.slots(indexing: ids)
            slots = built
            return built
        }
    }
}
