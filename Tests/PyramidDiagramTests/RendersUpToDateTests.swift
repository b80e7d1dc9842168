import Foundation
import OrgGraph
import Testing
import PyramidDiagram

/// Every model in org-models/ has its diagram in renders/, made with
/// `swift run pyramid render org-models/*.yaml org-models/*.json --out-dir renders`,
/// and the insurer before/after pair its diff, made with
/// `swift run pyramid diff org-models/insurer-before.yaml org-models/insurer-after.yaml --render renders/insurer-diff.svg`.
/// This fails when a model, or the way diagrams are drawn, changed without
/// the renders being made again.
///
/// Coordinates are left out of the comparison: they depend on the fonts
/// installed, which may differ between machines; ids, classes, colours,
/// line styles, texts and the order of every element must match.
@Suite struct RendersUpToDateTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // PyramidDiagramTests
        .deletingLastPathComponent() // Tests
        .deletingLastPathComponent()

    static var models: [String] {
        let directory = root.appendingPathComponent("org-models").path
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return files.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(".json") }.sorted()
    }

    @Test func everyModelHasARender() throws {
        #expect(!Self.models.isEmpty, "no models found in \(Self.root.path)/org-models")
        let renders = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("renders").path)
        let expected = Set(Self.models.map { ($0 as NSString).deletingPathExtension + ".svg" } + [Self.diffRender])
        #expect(Set(renders.filter { $0.hasSuffix(".svg") }) == expected)
    }

    /// The rendered diff of the insurer pair, in renders/.
    static let diffRender = "insurer-diff.svg"

    static func analysis(_ model: String) throws -> Analysis {
        let path = Self.root.appendingPathComponent("org-models").appendingPathComponent(model).path
        var organisation = try ModelLoader.load(contentsOf: path).organisation
        // As the command in renders/ names it (the diff's caption shows it).
        organisation.file = "org-models/" + model
        return Analysis(organisation)
    }

    @Test(arguments: models)
    func renderIsUpToDate(model: String) throws {
        let fresh = try PyramidRenderer.render(Self.analysis(model), format: .svg)
        try Self.expectCommitted((model as NSString).deletingPathExtension + ".svg", equals: fresh,
                                 command: "swift run pyramid render org-models/*.yaml org-models/*.json --out-dir renders")
    }

    @Test func diffRenderIsUpToDate() throws {
        let old = try Self.analysis("insurer-before.yaml")
        let new = try Self.analysis("insurer-after.yaml")
        let options = DiagramOptions(allTeams: true, changes: ChangeMarks(ModelComparison(old: old, new: new), old: old))
        let fresh = try PyramidRenderer.render(new, options: options, format: .svg)
        try Self.expectCommitted(Self.diffRender, equals: fresh, command:
            "swift run pyramid diff org-models/insurer-before.yaml org-models/insurer-after.yaml --render renders/\(Self.diffRender)")
    }

    /// Compares a fresh render with the one committed in renders/, coordinates aside.
    static func expectCommitted(_ name: String, equals fresh: [UInt8], command: String) throws {
        let renderPath = Self.root.appendingPathComponent("renders").appendingPathComponent(name).path
        let committed = try #require(FileManager.default.contents(atPath: renderPath), "renders/ has no \(name)")
        let expected = Self.withoutCoordinates(String(decoding: committed, as: UTF8.self))
        let actual = Self.withoutCoordinates(String(decoding: fresh, as: UTF8.self))
        if expected != actual {
            Issue.record("""
            renders/\(name) is out of date; run: \(command)
            \(UnifiedDiff.make(expected: expected, actual: actual))
            """)
        }
    }

    /// The SVG with every coordinate and size attribute emptied.
    static func withoutCoordinates(_ svg: String) -> String {
        let names: Set<Substring> = ["points", "d", "x", "y", "cx", "cy", "rx", "ry", "width", "height", "viewBox", "transform"]
        var result = ""
        result.reserveCapacity(svg.utf8.count)
        var rest = Substring(svg)
        // Scan ` name="value"` attributes.
        while let equals = rest.range(of: "=\"") {
            let before = rest[..<equals.lowerBound]
            let nameStart = before.lastIndex(of: " ").map { before.index(after: $0) } ?? before.startIndex
            let name = before[nameStart...]
            result += rest[..<equals.upperBound]
            let value = rest[equals.upperBound...]
            guard let close = value.firstIndex(of: "\"") else {
                result += value
                return result
            }
            if !names.contains(name) { result += value[..<close] }
            result += "\""
            rest = value[value.index(after: close)...]
        }
        return result + rest
    }
}
