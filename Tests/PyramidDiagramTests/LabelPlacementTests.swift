import Foundation
import OrgGraph
import Testing
@testable import PyramidDiagram

/// No edge label is crossed by another edge's path or arrowhead, and none
/// lies over a box, in the render of every model in org-models/, default and
/// `--detail`, and in the test clinic. Reads the geometry Graphviz wrote into
/// the SVG (``SVGGeometry``).
@Suite struct LabelPlacementTests {
    static let models = RendersUpToDateTests.models

    static func problems(_ analysis: Analysis, detail: Bool) throws -> (labels: Int, problems: [SVGGeometry.Problem]) {
        let svg = try PyramidRenderer.render(analysis, options: DiagramOptions(detail: detail), format: .svg)
        let geometry = SVGGeometry(String(decoding: svg, as: UTF8.self))
        let labels = geometry.edges.reduce(0) { $0 + $1.labels.count } + geometry.nodes.filter { $0.id.hasSuffix("~label") }.count
        return (labels, geometry.labelProblems())
    }

    @Test(arguments: models, [false, true])
    func labelsAreNeverCrossed(model: String, detail: Bool) throws {
        let path = RendersUpToDateTests.root.appendingPathComponent("org-models").appendingPathComponent(model).path
        let loaded = try ModelLoader.load(contentsOf: path)
        let (labels, problems) = try Self.problems(Analysis(loaded.organisation), detail: detail)
        if detail { #expect(labels > 0, "\(model) has no link labels to check") }
        #expect(problems.isEmpty, "\(model)\(detail ? " --detail" : ""): \(problems.count) label problems:\n\(problems.map(\.description).joined(separator: "\n"))")
    }

    @Test(arguments: [false, true])
    func clinicLabelsAreNeverCrossed(detail: Bool) throws {
        let (labels, problems) = try Self.problems(try TestModels.analysis(TestModels.clinic), detail: detail)
        #expect(labels >= 3)
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
    }

    /// The check itself finds a crossing and a label over a box.
    @Test func theCheckFindsCrossingsAndOverlaps() {
        let svg = """
        <g id="edge1" class="edge"><title>a&#45;&gt;b</title>
        <path fill="none" stroke="black" d="M0,-100C0,-60 0,-40 0,0"/>
        <text text-anchor="middle" x="40" y="-50" font-family="Helvetica" font-size="10.00">label of a-b</text>
        </g>
        <g id="edge2" class="edge"><title>c&#45;&gt;d</title>
        <path fill="none" stroke="black" d="M20,-100C30,-60 40,-40 40,0"/>
        </g>
        <g id="link-e-f~label" class="node"><title>~x-label</title>
        <text text-anchor="middle" x="200" y="-50" font-family="Helvetica" font-size="10.00">on a box</text>
        </g>
        <g id="team-g" class="node"><title>g</title>
        <polygon fill="white" stroke="black" points="190,-60 260,-60 260,-30 190,-30 190,-60"/>
        <text text-anchor="middle" x="225" y="-40" font-family="Helvetica" font-size="12.00">G</text>
        </g>
        """
        let problems = SVGGeometry(svg).labelProblems().map(\.description)
        #expect(problems.contains("label 'label of a-b' of a->b is crossed by c->d"))
        #expect(problems.contains("label 'on a box' of link-e-f lies over g"))
        #expect(problems.count == 2)
    }
}

extension LabelPlacementTests {
    /// A labelled link within the last layer (here the cut-off row) hangs
    /// its label in a rank of its own, above the legend, not in its rows.
    @Test func aLabelBelowTheLastLayerStaysAboveTheLegend() throws {
        let yaml = """
        organisation: Cut off
        customers: [{id: c}]
        teams:
          - id: a
            serves: [c]
          - id: x
            serves: [{to: y, delivers: Into the void}]
          - id: y
        """
        let analysis = try TestModels.analysis(yaml)
        let dot = try PyramidRenderer.dot(analysis, options: DiagramOptions(detail: true))
        #expect(dot.contains(#"minlen="2""#))
        #expect(!(try PyramidRenderer.dot(analysis)).contains("minlen"), "no label, no free rank")
        let svg = String(decoding: try PyramidRenderer.render(analysis, options: DiagramOptions(detail: true), format: .svg), as: UTF8.self)
        let reader = SVGReader(svg)
        let label = try #require(reader.group("link-x-y~label")?.textY)
        let legend = try #require(reader.group("legend")?.textY)
        #expect(label > (try #require(reader.group("team-x")?.textY)))
        #expect(label < legend - 20, "label at \(label), legend at \(legend)")
        #expect(SVGGeometry(svg).labelProblems().isEmpty)
    }
}
