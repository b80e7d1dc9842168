import Foundation
import OrgGraph
import Testing
@testable import PyramidDiagram

/// No edge label is crossed by another edge's path or arrowhead, and none
/// lies over a box, in the render of every model in org-models/, default and
/// `--detail`. Reads the geometry Graphviz wrote into the SVG.
@Suite struct LabelPlacementTests {
    static let models = RendersUpToDateTests.models

    @Test(arguments: models, [false, true])
    func labelsAreNeverCrossed(model: String, detail: Bool) throws {
        let path = RendersUpToDateTests.root.appendingPathComponent("org-models").appendingPathComponent(model).path
        let loaded = try ModelLoader.load(contentsOf: path)
        let svg = try PyramidRenderer.render(Analysis(loaded.organisation), options: DiagramOptions(detail: detail), format: .svg)
        let geometry = SVGGeometry(String(decoding: svg, as: UTF8.self))
        #expect(geometry.edges.contains { !$0.labels.isEmpty } || !detail, "\(model) has no edge labels to check")
        let problems = geometry.labelProblems()
        print("LABELS \(model) detail=\(detail) problems=\(problems.count)")
        #expect(problems.isEmpty, "\(model)\(detail ? " --detail" : ""): \(problems.count) label problems:\n\(problems.map(\.description).joined(separator: "\n"))")
    }
}
