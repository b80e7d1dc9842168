/// Hands out the SVG ids of a diagram's links: `base` the first time,
/// `base-2`, `base-3`, ... for repeats (two links between the same teams),
/// so every link keeps an id of its own in both layouts.
struct EdgeIDs {
    private var used = Set<String>()

    /// `base`, or `base-N` with the smallest N from 2 not handed out yet.
    mutating func unique(_ base: String) -> String {
        var candidate = base
        var suffix = 2
        while !used.insert(candidate).inserted {
            candidate = base + "-\(suffix)"
            suffix += 1
        }
        return candidate
    }
}
