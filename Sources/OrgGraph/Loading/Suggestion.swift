/// "Did you mean" suggestions by edit distance.
package enum Suggestion {
    /// The candidate closest to `word`, if it is close enough to be a likely typo:
    /// at most a third of the word's length in edits (at least 1, at most 3),
    /// or a case-insensitive match, or one is a prefix of the other.
    package static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
        let lowered = word.lowercased()
        let limit = min(3, max(1, word.count / 3))
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let other = candidate.lowercased()
            var distance = editDistance(lowered, other, limit: limit)
            if distance > limit, other.count >= 3, lowered.count >= 3,
               other.hasPrefix(lowered) || lowered.hasPrefix(other) {
                distance = limit
            }
            guard distance <= limit else { continue }
            if best == nil || distance < best?.distance ?? .max
                || (distance == best?.distance && candidate < best?.candidate ?? "") {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// `" (did you mean 'x'?)"`, or an empty string.
    static func hint(for word: String, in candidates: some Sequence<String>) -> String {
        guard let match = nearest(to: word, in: candidates) else { return "" }
        return "; did you mean '\(match)'?"
    }

    /// Levenshtein distance over Unicode scalars, giving up (returning
    /// `limit + 1`) as soon as every entry of a row exceeds `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in stride(from: 1, through: b.count, by: 1) {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
