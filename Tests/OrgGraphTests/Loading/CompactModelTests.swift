import Testing
@testable import OrgGraph

/// The memory-saving changes to loading (issue 11) keep every result the
/// same: links' standards kept out of line, scalar text compared as bytes,
/// the id table built from entry numbers.
@Suite struct CompactModelTests {
    static let here = SourceLocation(file: "m.yaml", line: 3, column: 7)
    static let standard = ServiceStandard(measure: "on time", target: 95, actual: 80, unit: "%")

    /// A link's standard reads back, compares and hashes by value, and a
    /// changed copy does not change the original.
    @Test func linkStandardHasValueSemantics() {
        let link = ServiceLink(to: "c", standard: Self.standard, location: Self.here)
        #expect(link.standard == Self.standard)
        #expect(!link.isIntact)
        var copy = link
        #expect(copy == link)
        #expect(copy.hashValue == link.hashValue)
        copy.standard?.actual = 99
        #expect(copy.standard?.actual == 99)
        #expect(link.standard?.actual == 80)
        #expect(copy.isIntact)
        #expect(copy != link)
        let rebuilt = ServiceLink(to: "c", standard: ServiceStandard(measure: "on time", target: 95, actual: 80, unit: "%"), location: Self.here)
        #expect(rebuilt == link)
        #expect(Set([link, rebuilt]).count == 1)
        copy.standard = nil
        #expect(copy.standard == nil)
        #expect(copy == ServiceLink(to: "c", location: Self.here))
    }

    static func diagnostics(_ text: String, reader: some ModelReading) -> [String] {
        do {
            _ = try ModelLoader.load(bytes: Array(text.utf8), file: "m.yaml", reader: reader)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    /// Keys that differ in bytes but are the same text to `String` (é
    /// precomposed and e + combining accent) are a repeated key for both
    /// readers; plain ASCII keys that differ are not.
    @Test func canonicallyEqualKeysAreRepeatsForBothReaders() {
        let text = "organisation: X\ncustomers: [{id: c}]\nteams:\n  - id: a\n    serves: [c]\n    \u{E9}: 1\n    e\u{301}: 2\n"
        let streaming = Self.diagnostics(text, reader: StreamingModelReader())
        let reference = Self.diagnostics(text, reader: ComposedModelReader())
        #expect(streaming == reference)
        #expect(streaming.contains { $0.contains("[duplicate-key]") })
        let distinct = "organisation: X\ncustomers: [{id: c}]\nteams:\n  - id: a\n    serves: [c]\n    name: A\n    department: D\n"
        #expect(Self.diagnostics(distinct, reader: StreamingModelReader()).isEmpty)
    }

    /// Teams written before customers: ids are still compared in file order,
    /// so the duplicate is reported at the later entry (the customer), naming
    /// the team's place.
    @Test func duplicateIdIsReportedAtTheLaterEntryWhateverTheSectionOrder() {
        let text = "organisation: X\nteams:\n  - id: c\n    serves: [c]\ncustomers:\n  - id: c\n"
        let found = Self.diagnostics(text, reader: StreamingModelReader())
        #expect(found == ["m.yaml:6:9: error: [duplicate-id] duplicate id 'c': already used by the team at line 3, column 9; ids must be unique across customers and teams"])
    }

    /// Reporting lines resolved once still find every cycle, at the link that closes it.
    @Test func reportingCyclesAreFoundThroughTheCompressedRows() {
        let text = """
        organisation: X
        customers: [{id: c}]
        teams:
          - id: a
            serves: [c]
            reports-to: [b, c]
          - id: b
            reports-to: a
          - id: d
            reports-to: [d]

        """
        let found = Self.diagnostics(text, reader: StreamingModelReader())
        #expect(found.contains { $0.hasPrefix("m.yaml:8:17: error: [reporting-cycle] reporting cycle: 'a' -> 'b' -> 'a'") })
        #expect(found.contains { $0.hasPrefix("m.yaml:10:18: error: [reporting-cycle] reporting cycle: 'd' -> 'd'") })
        #expect(found.contains { $0.hasPrefix("m.yaml:6:21: error: [reports-to-customer]") })
        #expect(found == Self.diagnostics(text, reader: ComposedModelReader()))
    }
}
