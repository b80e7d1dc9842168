import Foundation
import Testing

/// `pyramid import`, run as a user runs it: what it prints, what it writes,
/// and when it refuses.
@Suite struct ImportCommandTests {
    static let hr107 = "Tests/PyramidImportTests/Fixtures/real-world/d3-org-chart-hr-107.csv"
    static let ids1516 = "Tests/PyramidImportTests/Fixtures/real-world/d3-org-chart-ids-1516.csv"
    static let messy = "Tests/PyramidCLITests/Fixtures/messy-people.csv"

    /// A new, empty folder for one test's output.
    static func scratch() throws -> String {
        let path = NSTemporaryDirectory() + "pyramid-import-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func theMessyExportMatchesItsGoldenTranscript() throws {
        let arguments = ["import", Self.messy, "-o", "-"]
        let output = try PyramidProcess.run(arguments)
        try Golden.assertMatches(Transcript(arguments: arguments, output: output).text, named: "import-messy.txt")
    }

    @Test func theHRExportImportsAndValidates() throws {
        let model = try Self.scratch() + "/hr.yaml"
        let output = try PyramidProcess.run(["import", Self.hr107, "-o", model])
        #expect(output.exitCode == 0)
        #expect(output.stdout == """
            Read \(Self.hr107): a people export, 107 rows, separated by ','.
            Columns used: id 'id', manager 'parentId', team 'department_name', name 'name', last-name 'lastName', title 'position', email 'email'.
            The manager column holds ids (106 of 106 values match column 'id').
            Wrote \(model): 107 people, 11 teams, 0 rows skipped, 1 warning.
            Next: add `serves` links (every team is cut off until then), then run pyramid check \(model).

            """)
        #expect(output.stderr.contains(":80:1: warning: [empty-team] row 80: Kimberely Grant (id 178) has no team value"))
        let validate = try PyramidProcess.run(["validate", model])
        #expect(validate.exitCode == 0)
        #expect(validate.stdout == "\(model): ok: d3-org-chart-hr-107: 1 customer, 11 teams, 0 serves links\n")
        // Until serves links are added, check reports every team as cut off.
        let check = try PyramidProcess.run(["check", model])
        #expect(check.exitCode == 1)
        #expect(check.stdout.components(separatedBy: "[no-path-to-customer]").count - 1 == 11)
    }

    @Test func theBigExportPrintsItsNumbers() throws {
        let model = try Self.scratch() + "/big.yaml"
        let output = try PyramidProcess.run(["import", Self.ids1516, "-o", model, "--organisation", "Example Corp"])
        #expect(output.exitCode == 0)
        #expect(output.stdout.contains("Wrote \(model): 1516 people, 491 teams, 0 rows skipped, 0 warnings.\n"))
        #expect(output.stdout.contains("Columns used: id 'id', manager 'parentId', name 'name', title 'positionName'.\n"))
        let validate = try PyramidProcess.run(["validate", model])
        #expect(validate.stdout == "\(model): ok: Example Corp: 1 customer, 491 teams, 0 serves links\n")
    }

    /// The width / height of a rendered SVG, from its `<svg width="..pt" height="..pt">`.
    static func aspect(ofSVG path: String) throws -> Double {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        func points(_ name: String) throws -> Double {
            let start = try #require(text.range(of: " \(name)=\""))
            let digits = text[start.upperBound...].prefix { $0.isNumber || $0 == "." }
            return try #require(Double(digits))
        }
        return try points("width") / points("height")
    }

    /// Both real exports draw as they are imported: the HR file every team,
    /// the 1,516-person file as an overview that fits a page (one box per
    /// group, with a note saying so) and around one department head.
    @Test func bothRealExportsRenderOnAPage() throws {
        let folder = try Self.scratch()
        #expect(try PyramidProcess.run(["import", Self.hr107, "-o", folder + "/hr.yaml"]).exitCode == 0)
        #expect(try PyramidProcess.run(["import", Self.ids1516, "-o", folder + "/big.yaml"]).exitCode == 0)

        let hr = try PyramidProcess.run(["render", folder + "/hr.yaml", "-o", folder + "/hr.svg"])
        #expect(hr.exitCode == 0)
        #expect(try Self.aspect(ofSVG: folder + "/hr.svg") <= 2.0)

        let overview = try PyramidProcess.run(["render", folder + "/big.yaml", "-o", folder + "/big.svg"])
        #expect(overview.exitCode == 0)
        #expect(overview.stderr.contains("491 teams are drawn as one box per department"))
        #expect(try Self.aspect(ofSVG: folder + "/big.svg") <= 2.0)

        let focus = try PyramidProcess.run(["render", folder + "/big.yaml", "--focus", "shelley-burke", "-o", folder + "/focus.svg"])
        #expect(focus.exitCode == 0)
        #expect(try String(contentsOfFile: folder + "/focus.svg", encoding: .utf8).contains("id=\"team&#45;shelley&#45;burke\""))
    }

    @Test func anExistingFileIsReplacedOnlyWithForce() throws {
        let model = try Self.scratch() + "/model.yaml"
        try Data("keep me\n".utf8).write(to: URL(fileURLWithPath: model))
        let refused = try PyramidProcess.run(["import", Self.messy, "-o", model])
        #expect(refused.exitCode == 2)
        #expect(refused.stderr == "\(model):1:1: error: [output-exists] the file exists; pass --force to replace it (nothing was written)\n")
        #expect(try String(contentsOfFile: model, encoding: .utf8) == "keep me\n")
        let forced = try PyramidProcess.run(["import", Self.messy, "-o", model, "--force"])
        #expect(forced.exitCode == 0)
        #expect(try String(contentsOfFile: model, encoding: .utf8).hasPrefix("# Imported by `pyramid import`"))
    }

    @Test func strictFailsOnWarningsAndWritesNothing() throws {
        let model = try Self.scratch() + "/model.yaml"
        let output = try PyramidProcess.run(["import", Self.messy, "-o", model, "--strict"])
        #expect(output.exitCode == 2)
        #expect(output.stderr.hasSuffix("error: --strict: 3 warnings; nothing was written\n"))
        #expect(!FileManager.default.fileExists(atPath: model))
        // A clean file passes --strict.
        let clean = try PyramidProcess.run(["import", Self.ids1516, "-o", model, "--strict"])
        #expect(clean.exitCode == 0)
    }

    @Test func anEntraDownloadIsRefusedWithItsReason() throws {
        let folder = try Self.scratch()
        let csv = folder + "/entra.csv"
        try Data("userPrincipalName,displayName,objectId,jobTitle,department\nann@x.org,Ann,1,CEO,Board\n".utf8).write(to: URL(fileURLWithPath: csv))
        let output = try PyramidProcess.run(["import", csv, "-o", folder + "/model.yaml"])
        #expect(output.exitCode == 2)
        #expect(output.stderr.contains("error: [missing-column] this looks like a Microsoft Entra (Azure AD) user download, which has no manager column"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/model.yaml"))
    }

    @Test func aMissingFileExitsTwo() throws {
        let output = try PyramidProcess.run(["import", "nowhere.csv", "-o", "-"])
        #expect(output.exitCode == 2)
        #expect(output.stderr == "nowhere.csv:1:1: error: [unreadable-file] no such file\n")
    }

    @Test func withoutAnOutputItIsAUsageError() throws {
        let output = try PyramidProcess.run(["import", Self.messy])
        #expect(output.exitCode == 64)
        #expect(output.stderr.contains("Missing expected argument '--output <model.yaml>'"))
    }
}
