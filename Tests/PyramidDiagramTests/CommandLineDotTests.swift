import Foundation
import Testing
@testable import PyramidDiagram

/// The in-process render must match what `dot -Tsvg` makes of the emitted
/// `.dot` file: users who tweak the DOT by hand get the same picture.
@Suite struct CommandLineDotTests {
    static let dotCommand = GraphvizCommand("dot")

    @Test(.enabled(if: dotCommand != nil, "the Graphviz `dot` command is not installed; install the graphviz package to run this comparison"))
    func inProcessSVGMatchesTheDotCommand() throws {
        let command = try #require(Self.dotCommand)
        let analysis = try TestModels.analysis(TestModels.clinic)
        let rendered = try PyramidRenderer.renderDiagram(analysis, options: DiagramOptions(detail: true, grouping: .department), format: .svg)
        let (status, data) = try command.run(["-Tsvg"], dot: rendered.dot)
        #expect(status == 0)

        let ours = SVGReader(String(decoding: rendered.bytes, as: UTF8.self))
        let theirs = SVGReader(String(decoding: data, as: UTF8.self))
        #expect(ours.nodes.count > 10)
        #expect(Set(ours.nodes.map(\.id)) == Set(theirs.nodes.map(\.id)))
        #expect(Set(ours.edges.map(\.id)) == Set(theirs.edges.map(\.id)))
        // Same positions: every group's geometry and text placement agree.
        for group in ours.groups {
            let other = try #require(theirs.group(group.id), "\(group.id) missing from dot's output")
            #expect(Self.geometry(group.markup) == Self.geometry(other.markup), "\(group.id) is placed differently")
            #expect(group.texts == other.texts)
        }
    }

    /// The coordinates of a group: polygon points, path data, ellipse centres, text anchors.
    static func geometry(_ markup: String) -> [String] {
        var values: [String] = []
        for name in ["points", "d", "cx", "cy", "x", "y"] {
            var rest = Substring(markup)
            while let start = rest.range(of: " \(name)=\"") {
                let tail = rest[start.upperBound...]
                guard let end = tail.firstIndex(of: "\"") else { break }
                values.append(name + "=" + tail[..<end])
                rest = tail[end...]
            }
        }
        return values
    }
}
