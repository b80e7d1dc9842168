import Foundation
import Testing
@testable import OrgGraph

/// `pyramid check` writes its report in chunks (issue 11: a million teams'
/// JSON is hundreds of megabytes): the chunks joined must be exactly the
/// report rendered whole, in every format, for one model and for several.
@Suite struct ChunkedReportTests {
    static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("org-models")

    static func outcome(_ name: String) -> CheckOutcome {
        CheckOutcome.load(contentsOf: examples.appendingPathComponent(name).path)
    }

    static func joined(_ report: CheckReport, as format: CheckFormat) -> (text: String, chunks: Int) {
        var bytes: [UInt8] = []
        var chunks = 0
        report.write(as: format) { chunk in
            bytes += chunk
            chunks += 1
        }
        return (String(decoding: bytes, as: UTF8.self), chunks)
    }

    @Test(arguments: [CheckFormat.text, .json, .sarif])
    func chunksJoinedAreTheRenderedReport(format: CheckFormat) {
        let one = CheckReport([Self.outcome("hospital.yaml")])
        let several = CheckReport([Self.outcome("hospital.yaml"), Self.outcome("insurer-before.yaml"), Self.outcome("phone-repair-shop.json")],
                                  policy: CheckPolicy(ignore: [.singlePointOfFailure]))
        for report in [one, several] {
            let written = Self.joined(report, as: format)
            #expect(written.text == report.rendered(as: format))
            #expect(written.chunks >= 1)
        }
    }

    /// An invalid model's report (diagnostics only) is written the same way.
    @Test func invalidModelReportIsWrittenWhole() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chunked-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("bad.yaml").path
        try "organisation: X\ncustomers: [c]\nteams:\n  - id: a\n    serves: [nowhere]\n".write(toFile: path, atomically: true, encoding: .utf8)
        let report = CheckReport([CheckOutcome.load(contentsOf: path)])
        for format in [CheckFormat.text, .json, .sarif] {
            #expect(Self.joined(report, as: format).text == report.rendered(as: format))
        }
        #expect(report.json().contains("\"valid\": false"))
    }

    /// Chunks are cut between array elements once they pass the threshold:
    /// with a tiny threshold every element ends a chunk, and nothing is lost
    /// or repeated.
    @Test func smallChunksCutBetweenElements() {
        let value = JSONValue.object([
            ("teams", .generated(count: 5) { .object([("id", .string("t\($0)")), ("n", .int($0))]) }),
            ("rows", .written(WrittenArray(count: 3) { index, out, indent in
                JSONValue.append(index * 10, to: &out)
            })),
            ("empty", .generated(count: 0) { _ in .null }),
        ])
        var chunks: [[UInt8]] = []
        value.write(chunkSize: 1) { chunks.append($0) }
        #expect(chunks.count == 5 + 3 + 1)
        #expect(String(decoding: chunks.joined(), as: UTF8.self) == value.rendered())
        let expected = JSONValue.object([
            ("teams", .array((0 ..< 5).map { .object([("id", .string("t\($0)")), ("n", .int($0))]) })),
            ("rows", .array([.int(0), .int(10), .int(20)])),
            ("empty", .array([])),
        ])
        #expect(value.rendered() == expected.rendered())
    }

    /// The rows written straight into the output are byte for byte what the
    /// general values give: teams as `.object`, findings as
    /// ``JSONValue/finding(_:)`` (links, null teams, suppressed ones), at
    /// the indents of one model and of several.
    @Test func writtenRowsMatchTheGeneralValues() throws {
        guard case .analysed(let analysis, _) = Self.outcome("hospital.yaml") else {
            Issue.record("hospital.yaml did not load")
            return
        }
        let findings = analysis.findings + analysis.suppressed
        #expect(findings.contains { $0.link != nil })
        #expect(findings.contains { $0.link == nil })
        let teams = JSONValue.array(analysis.teams.map { team in
            .object([
                ("id", .string(team.id)),
                ("tier", .string(team.tier.rawValue)),
                ("distance", .int(team.distance)),
                ("nominalDistance", .int(team.nominalDistance)),
                ("reachesCustomer", .bool(team.reachesCustomer)),
            ])
        })
        let general = JSONValue.object([("teams", teams), ("findings", .array(findings.map(JSONValue.finding)))])
        let written = JSONValue.object([("teams", .written(CheckReport.teamRows(analysis.teams))), ("findings", .written(CheckReport.findingRows(findings)))])
        #expect(written.rendered() == general.rendered())
        let nested = JSONValue.array([written, written]).rendered()
        #expect(nested == JSONValue.array([general, general]).rendered())
        // A team with no path has null distances.
        let unreachable = Analysis(Model.organisation(customers: ["c"], teams: [Model.team("alone")]))
        let row = JSONValue.written(CheckReport.teamRows(unreachable.teams)).rendered()
        #expect(row.contains("\"distance\": null"))
        #expect(row.contains("\"reachesCustomer\": false"))
    }
}
