import Testing
@testable import OrgGraph

/// `NodeIndex` replaced a `[String: Int32]`: it must find exactly what the
/// dictionary found, canonical equivalence of Swift strings included.
@Suite struct NodeIndexTests {
    @Test func findsWhatADictionaryFinds() {
        var rng = SplitMix64(seed: 7)
        let alphabet = Array("abcxyz-_0123456789éüß✓")
        var ids: [String] = []
        for _ in 0 ..< 2_000 {
            ids.append(String((0 ..< Int.random(in: 1 ... 20, using: &rng)).map { _ in alphabet.randomElement(using: &rng) ?? "a" }))
        }
        let index = NodeIndex(ids: ids)
        var dictionary: [String: Int32] = [:]
        for (node, id) in ids.enumerated() where dictionary[id] == nil { dictionary[id] = Int32(node) }
        for id in ids + ["", "missing", "a", "é"] {
            #expect(index[id] == dictionary[id], "\(id)")
        }
    }

    @Test func canonicallyEquivalentIdsFindTheSameNode() {
        // "café" composed (U+00E9) and decomposed (e + U+0301); the Kelvin
        // sign (U+212A) is canonically "K".
        let index = NodeIndex(ids: ["caf\u{E9}", "K", "plain"])
        #expect(index["cafe\u{301}"] == 0)
        #expect(index["caf\u{E9}"] == 0)
        #expect(index["\u{212A}"] == 1)
        #expect(index["plain"] == 2)
        #expect(index["cafe"] == nil)
        let decomposed = NodeIndex(ids: ["cafe\u{301}"])
        #expect(decomposed["caf\u{E9}"] == 0)
    }

    @Test func theFirstOfTwoEqualIdsKeepsIt() {
        let index = NodeIndex(ids: ["a", "b", "a"])
        #expect(index["a"] == 0)
        #expect(index.ids.count == 3)
    }
}
