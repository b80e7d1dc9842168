import Foundation
import OrgGraph
import Testing
@testable import PyramidDiagram

/// Very large wall charts (`--all-teams` from
/// ``DiagramOptions/computedLayoutThreshold`` teams on) are laid out in
/// Swift and drawn by Graphviz's `nop2`: read back from the SVG, the
/// picture keeps the pyramid order, no link runs through a box, the same
/// model gives the same bytes, and the in-process drawing is what
/// `neato -n2` makes of the emitted DOT.
@Suite(.serialized) struct ComputedLayoutTests {
    static let size = 1_000
    static let wall = DiagramOptions(allTeams: true)

    static func company() throws -> Analysis {
        try TestModels.analysis(GeneratedCompany.yaml(teams: size))
    }

    @Test func theThresholdPicksTheComputedLayoutOnlyForWholeLargeOrganisations() throws {
        let threshold = DiagramOptions.computedLayoutThreshold
        #expect(Self.wall.computesLayout(teamCount: threshold))
        #expect(!Self.wall.computesLayout(teamCount: threshold - 1))
        #expect(!DiagramOptions().computesLayout(teamCount: threshold * 10), "the overview of a large organisation is its summary")
        #expect(!DiagramOptions(grouping: .department, allTeams: true).computesLayout(teamCount: threshold * 10))
        #expect(!DiagramOptions(focus: "t1-1", allTeams: true).computesLayout(teamCount: threshold * 10))

        // The emitted DOT carries every position at the threshold, none below it.
        let dot = try PyramidRenderer.dot(try Self.company(), options: Self.wall)
        #expect(dot.contains("bb=\"0,0,"))
        #expect(dot.contains("\"team-t1-1\"") && dot.contains("pos=\""))
        let small = try PyramidRenderer.dot(try TestModels.analysis(TestModels.clinic), options: Self.wall)
        #expect(!small.contains("pos=\""))
    }

    @Test func aGenerated1000TeamWallChartKeepsThePyramidOrderAndFits() throws {
        let analysis = try Self.company()
        let svg = try FitTests.svg(analysis, Self.wall)
        #expect(svg.nodes.filter { $0.classes.contains("team") }.count == Self.size)
        FitTests.expectFits(svg, "\(Self.size) teams, computed layout")
        try FitTests.expectPyramidOrder(svg, analysis, "\(Self.size) teams, computed layout")
        // The front line is right under the customers.
        let customers = svg.nodes.filter { $0.classes.contains("customer") }.compactMap(\.textY)
        let frontLine = svg.nodes.filter { $0.classes.contains("tier-front-line") }.compactMap(\.textY)
        let leaders = svg.nodes.filter { $0.classes.contains("tier-leadership") }.compactMap(\.textY)
        #expect(!customers.isEmpty && !frontLine.isEmpty && !leaders.isEmpty)
        #expect((customers.max() ?? 0) < (frontLine.min() ?? 0))
        #expect((frontLine.min() ?? 0) < (leaders.min() ?? 0))
    }

    @Test func noLinkRunsThroughABox() throws {
        let bytes = try PyramidRenderer.render(try Self.company(), options: Self.wall, format: .svg)
        let geometry = SVGGeometry(String(decoding: bytes, as: UTF8.self))
        // Boxes less their outline, by cells of 100 pt, so each sample is tested against a few.
        let boxes = geometry.nodes.compactMap { $0.outline?.inset(2.5) }.filter { $0.maxX > $0.minX && $0.maxY > $0.minY }
        #expect(boxes.count >= Self.size)
        let cell = 100.0
        var grid: [Int: [Int]] = [:]
        func key(_ column: Int, _ row: Int) -> Int { column &* 1_000_003 &+ row }
        for (index, box) in boxes.enumerated() {
            for column in Int((box.minX / cell).rounded(.down))...Int((box.maxX / cell).rounded(.down)) {
                for row in Int((box.minY / cell).rounded(.down))...Int((box.maxY / cell).rounded(.down)) {
                    grid[key(column, row), default: []].append(index)
                }
            }
        }
        var samples = 0
        var crossings: [String] = []
        for edge in geometry.edges {
            for point in edge.samples {
                samples += 1
                let cellKey = key(Int((point.x / cell).rounded(.down)), Int((point.y / cell).rounded(.down)))
                if let hit = grid[cellKey]?.first(where: { boxes[$0].contains(point) }) {
                    crossings.append("\(edge.id) at \(Int(point.x)),\(Int(point.y)) in \(boxes[hit])")
                    break
                }
            }
        }
        #expect(geometry.edges.count > 2_000)
        #expect(samples > 10_000)
        #expect(crossings.isEmpty, "\(crossings.count) links through boxes, e.g. \(crossings.prefix(5))")
    }

    @Test func theSameModelGivesTheSameBytes() throws {
        let first = try PyramidRenderer.render(try Self.company(), options: Self.wall, format: .svg)
        let second = try PyramidRenderer.render(try Self.company(), options: Self.wall, format: .svg)
        #expect(first.count > 100_000)
        #expect(first == second)
        let dot = try PyramidRenderer.dot(try Self.company(), options: Self.wall)
        #expect(dot == (try PyramidRenderer.dot(try Self.company(), options: Self.wall)))
    }

    static let neato = GraphvizCommand("neato")

    @Test(.enabled(if: neato != nil, "the Graphviz `neato` command is not installed; install the graphviz package to compare with `neato -n2`"))
    func inProcessNop2MatchesNeatoN2() throws {
        let command = try #require(Self.neato)
        let rendered = try PyramidRenderer.renderDiagram(try Self.company(), options: Self.wall, format: .svg)
        let (status, data) = try command.run(["-n2", "-Tsvg"], dot: rendered.dot)
        #expect(status == 0)
        #expect(rendered.bytes.count > 100_000)
        #expect(rendered.bytes == Array(data), "the in-process SVG differs from `neato -n2 -Tsvg` of the emitted DOT")
    }

    /// A chain of 300 teams, each serving the next, is 300 rows high: too
    /// tall for a PNG. That is known from the computed layout before
    /// Graphviz runs, so the refusal carries no Graphviz message.
    @Test func aPNGTooLargeIsRefusedBeforeGraphvizRuns() throws {
        var lines = ["organisation: Long chain", "customers:", "  - id: public", "    name: The public", "teams:"]
        for index in 0..<Self.size {
            let target = index == 0 || index >= 300 ? "public" : "c\(index - 1)"
            lines += ["  - id: c\(index)", "    name: Chain team \(index)", "    serves: [\(target)]"]
        }
        let analysis = try TestModels.analysis(lines.joined(separator: "\n") + "\n")
        let layout = ComputedLayout.make(analysis, options: Self.wall, ranks: PyramidRanks(analysis), progress: { _ in })
        #expect(layout.size.height > 25_000, "300 rows: \(layout.size)")
        #expect(GraphvizSession.bitmapProblem(points: layout.size) != nil)
        let result = Result { () throws(RenderError) -> [UInt8] in
            try PyramidRenderer.render(analysis, options: Self.wall, format: .png)
        }
        guard case .failure(let error) = result, case .graphvizFailed(let stage, let messages) = error else {
            Issue.record("a PNG of \(layout.size) points was drawn, or failed otherwise: \(result)")
            return
        }
        #expect(stage == .layout)
        #expect(messages.count == 1)
        #expect(messages.first?.contains("32767") == true, "\(messages)")
        // The predicted size is the drawn size, within the 0.25 in pad (SVG is not refused).
        let svg = SVGReader(String(decoding: try PyramidRenderer.render(analysis, options: Self.wall, format: .svg), as: UTF8.self))
        #expect(abs(svg.width - layout.size.width) <= 36, "\(svg.width) vs \(layout.size.width)")
        #expect(abs(svg.height - layout.size.height) <= 36, "\(svg.height) vs \(layout.size.height)")
    }

    @Test func longRendersReportTheirStages() throws {
        var reports: [RenderProgress] = []
        _ = try PyramidRenderer.renderDiagram(try Self.company(), options: Self.wall, format: .svg) { reports.append($0) }
        #expect(reports.map(\.stage) == [.rows, .order, .order, .order, .order, .placement, .routing, .drawing])
        #expect(reports.first?.description.hasPrefix("rows: 1,000 teams in ") == true, "\(reports)")
        #expect(reports.last?.description == "drawing SVG")
        // Small diagrams (the dot layout) report nothing.
        var small: [RenderProgress] = []
        _ = try PyramidRenderer.renderDiagram(try TestModels.analysis(TestModels.clinic), format: .svg) { small.append($0) }
        #expect(small.isEmpty)
    }

    @Test(arguments: [(0.0, "0.00"), (12.5, "12.50"), (-3.07, "-3.07"), (1234.005, "1234.01"), (99.999, "100.00"), (-0.001, "0.00")])
    func coordinatesHaveTwoFixedDecimals(value: Double, text: String) {
        #expect(SplinePath.fixed(value) == text)
    }

    @Test func isotonicRegressionPoolsViolators() {
        #expect(RowPlacement.isotonic([1, 3, 2, 4]) == [1, 2.5, 2.5, 4])
        #expect(RowPlacement.isotonic([5, 4, 3]) == [4, 4, 4])
        #expect(RowPlacement.isotonic([]) == [])
    }
}
