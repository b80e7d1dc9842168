import Foundation
import OrgGraph
import Testing
@testable import PyramidDiagram

/// The overview fits a page (width / height at most 2.0, legend and title
/// included) and keeps the inverted-pyramid order, read from the geometry of
/// the rendered SVG: every org-models file, default and `--detail`, and
/// generated companies of 300 and 1,000 teams (see GeneratedCompany).
@Suite(.serialized) struct FitTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var models: [String] {
        let directory = root.appendingPathComponent("org-models").path
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return files.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(".json") }.sorted()
    }

    static func model(_ name: String) throws -> Analysis {
        let loaded = try ModelLoader.load(contentsOf: root.appendingPathComponent("org-models").appendingPathComponent(name).path)
        return Analysis(loaded.organisation)
    }

    static func svg(_ analysis: Analysis, _ options: DiagramOptions = DiagramOptions()) throws -> SVGReader {
        SVGReader(String(decoding: try PyramidRenderer.render(analysis, options: options, format: .svg), as: UTF8.self))
    }

    /// Fails unless the picture is at most twice as wide as it is high.
    static func expectFits(_ svg: SVGReader, _ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(svg.width > 0 && svg.height > 0, "no size in \(what)", sourceLocation: sourceLocation)
        #expect(svg.width / max(svg.height, 1) <= 2.0, "\(what): \(svg.width) x \(svg.height) pt", sourceLocation: sourceLocation)
    }

    /// Fails unless, in the picture, every customer is above every team, each
    /// band (customer distance, then leader level, then cut-off levels) is
    /// wholly above the next, and every leader is below each team it leads.
    static func expectPyramidOrder(_ svg: SVGReader, _ analysis: Analysis, _ what: String,
                                   sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let graph = analysis.graph
        let ranks = PyramidRanks(analysis)
        func y(_ node: Int) -> Double? {
            if graph.isTeam(node) {
                return svg.group("team-" + SVGIdentifier.slug(analysis.organisation.teams[graph.team(node)].id))?.textY
            }
            return svg.group("customer-" + SVGIdentifier.slug(analysis.organisation.customers[node].id))?.textY
        }
        // Band key: pyramid ranks first, cut-off ranks after them.
        let maxRank = (ranks.rank.max() ?? 0) + 1
        var top: [Int: Double] = [:]
        var bottom: [Int: Double] = [:]
        var drawn = 0
        for node in 0..<graph.nodeCount {
            guard let y = y(node) else { continue }
            drawn += 1
            let key = (ranks.isCutOff[node] ? maxRank : 0) + ranks.rank[node]
            top[key] = min(top[key] ?? .infinity, y)
            bottom[key] = max(bottom[key] ?? -.infinity, y)
        }
        #expect(drawn == graph.nodeCount, "\(what): every node drawn", sourceLocation: sourceLocation)
        let keys = top.keys.sorted()
        for (upper, lower) in zip(keys, keys.dropFirst()) {
            #expect((bottom[upper] ?? 0) < (top[lower] ?? 0),
                    "\(what): band \(upper) reaches below band \(lower)", sourceLocation: sourceLocation)
        }
        for edge in 0..<graph.edgeCount where graph.edgeKind[edge] == .support {
            let leader = Int(graph.edgeFrom[edge])
            let team = Int(graph.edgeTo[edge])
            guard ranks.isCutOff[leader] == ranks.isCutOff[team], let leaderY = y(leader), let teamY = y(team) else { continue }
            #expect(teamY < leaderY, "\(what): a leader above a team it leads", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: models)
    func everyExampleFitsAPageInPyramidOrder(model: String) throws {
        let analysis = try Self.model(model)
        for options in [DiagramOptions(), DiagramOptions(detail: true)] {
            let svg = try Self.svg(analysis, options)
            let what = model + (options.detail ? " --detail" : "")
            Self.expectFits(svg, what)
            try Self.expectPyramidOrder(svg, analysis, what)
        }
    }

    @Test func aGenerated300TeamCompanyFits() throws {
        let analysis = try TestModels.analysis(GeneratedCompany.yaml(teams: 300))
        #expect(analysis.organisation.teams.count == 300)
        // The overview is the summary.
        let summary = try Self.svg(analysis)
        Self.expectFits(summary, "300 teams, summary")
        try Self.expectSummaryOrder(summary, analysis)
    }

    @Test func theWallChartDrawsEveryTeamInPyramidOrder() throws {
        // Above the threshold; 150 teams keeps the test quick (300 takes 10 s to lay out).
        let analysis = try TestModels.analysis(GeneratedCompany.yaml(teams: 150))
        let wall = try Self.svg(analysis, DiagramOptions(allTeams: true))
        #expect(wall.nodes.filter { $0.classes.contains("team") }.count == 150)
        Self.expectFits(wall, "150 teams, --all-teams")
        try Self.expectPyramidOrder(wall, analysis, "150 teams, --all-teams")
    }

    @Test func aGenerated100TeamCompanyWrapsEveryTeamInPyramidOrder() throws {
        let analysis = try TestModels.analysis(GeneratedCompany.yaml(teams: DiagramOptions.summaryThreshold))
        let svg = try Self.svg(analysis)
        #expect(svg.group("team-t1-1") != nil, "below the summary threshold every team is drawn")
        Self.expectFits(svg, "100 teams")
        try Self.expectPyramidOrder(svg, analysis, "100 teams")
    }

    @Test func aGenerated1000TeamCompanyIsSummarisedAndFits() throws {
        let analysis = try TestModels.analysis(GeneratedCompany.yaml(teams: 1000))
        let svg = try Self.svg(analysis)
        Self.expectFits(svg, "1000 teams")
        try Self.expectSummaryOrder(svg, analysis)
        #expect(svg.group("team-t1-1") == nil, "teams are not drawn one by one")
        let department = try #require(svg.group("group-department-Department~201"))
        #expect(department.texts.first == "Department 1")
        #expect(department.texts.dropFirst().first?.hasPrefix("\(analysis.organisation.teams.filter { $0.department == "Department 1" }.count) teams · ") == true)
    }

    /// The summary: customers above every group, groups of leaders below the others.
    static func expectSummaryOrder(_ svg: SVGReader, _ analysis: Analysis, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let customers = svg.nodes.filter { $0.classes.contains("customer") }.compactMap(\.textY)
        let groups = svg.nodes.filter { $0.classes.contains("group") }
        #expect(customers.count == analysis.organisation.customers.count, sourceLocation: sourceLocation)
        #expect(groups.count > 10, sourceLocation: sourceLocation)
        let leaders = groups.filter { $0.classes.contains("tier-leadership") }.compactMap(\.textY)
        let others = groups.filter { !$0.classes.contains("tier-leadership") }.compactMap(\.textY)
        #expect(!leaders.isEmpty, sourceLocation: sourceLocation)
        #expect((customers.max() ?? 0) < (groups.compactMap(\.textY).min() ?? 0), "customers on top", sourceLocation: sourceLocation)
        #expect((others.max() ?? 0) < (leaders.min() ?? 0), "leaders at the bottom", sourceLocation: sourceLocation)
    }

    @Test func groupByDepartmentKeepsThePyramid() throws {
        let analysis = try Self.model("council-services.yaml")
        let options = DiagramOptions(grouping: .department)
        let svg = try Self.svg(analysis, options)
        #expect(svg.groups.contains { $0.classes.contains("department") })
        try Self.expectPyramidOrder(svg, analysis, "council-services --group-by department")
        Self.expectFits(svg, "council-services --group-by department")
        // The chief executive and the cabinet sit under the middle of the
        // picture, not pushed out to one side.
        for id in ["team-chief-executive", "team-cabinet"] {
            let x = try #require(svg.group(id)?.textX)
            #expect(x > svg.width * 0.25 && x < svg.width * 0.75, "\(id) at x = \(x) of \(svg.width)")
        }
    }
}
