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

@Suite struct FocusTests {
    /// Three front-line teams serve one customer; b has a supplier s.
    static let shared = """
    organisation: Shared customer
    customers: [{id: people, name: People}, {id: firms, name: Firms}]
    teams:
      - id: a
        serves: [people]
      - id: b
        serves: [people]
      - id: c
        serves: [people, firms]
      - id: s
        serves: [b]
      - id: lone
        serves: [firms]
    """

    static func drawn(_ dot: String) -> Set<String> {
        let ids = dot.components(separatedBy: #"id=""#).dropFirst().map { String($0.prefix { $0 != "\"" }) }
        return Set(ids.filter { $0.hasPrefix("team-") || $0.hasPrefix("customer-") })
    }

    @Test func depthNeverWalksThroughACustomer() throws {
        let analysis = try TestModels.analysis(Self.shared)
        for depth in [1, 2, 3] {
            let dot = try PyramidRenderer.dot(analysis, options: DiagramOptions(focus: "a", depth: depth))
            // a's chain reaches people; b and c are two links away, through people.
            #expect(Self.drawn(dot) == ["team-a", "customer-people"], "depth \(depth)")
        }
        let supplier = try PyramidRenderer.dot(analysis, options: DiagramOptions(focus: "s", depth: 1))
        #expect(Self.drawn(supplier) == ["team-s", "team-b", "customer-people"])
    }

    @Test func aCustomerCanBeFocusedOnItsServingChains() throws {
        let analysis = try TestModels.analysis(Self.shared)
        let dot = try PyramidRenderer.dot(analysis, options: DiagramOptions(focus: "people"))
        #expect(Self.drawn(dot) == ["customer-people", "team-a", "team-b", "team-c", "team-s"])
        #expect(dot.contains(#"label="Shared customer\nserving People""#))
    }

    @Test func councilBenefitsAtDepthTwoStaysSmall() throws {
        let analysis = try FitTests.model("council-services.yaml")
        let dot = try PyramidRenderer.dot(analysis, options: DiagramOptions(focus: "benefits", depth: 2))
        let teams = Self.drawn(dot).filter { $0.hasPrefix("team-") }
        // Before, depth 2 went through 'Residents' to the whole front line (17 teams).
        #expect(teams.count < 12, "\(teams.sorted())")
        #expect(!teams.contains("team-parks-rangers"), "serves residents too, but is not near benefits")
    }
}

/// Links keep pointing the right way once bands wrap: a `serves` link is
/// written from the upper row down, with its arrowhead (`dir=back`) at the
/// customer when the customer is the upper end; a link within one row is
/// flat and takes no part in ranking. Checked on every link of the DOT text.
@Suite struct WrappedLinkTests {
    /// Row per DOT node name, from the `rank=same` groups, top first.
    static func rows(_ dot: String) -> [String: Int] {
        var row: [String: Int] = [:]
        for (position, block) in dot.components(separatedBy: "graph [rank=\"same\"];").dropFirst().enumerated() {
            for line in block.prefix(while: { $0 != "}" }).split(separator: "\n") {
                let text = line.trimmingCharacters(in: .whitespaces)
                guard text.hasPrefix("\""), text.hasSuffix("\";") else { continue }
                row[String(text.dropFirst().dropLast(2))] = position
            }
        }
        return row
    }

    /// Returns how many links join two rows of one band.
    @discardableResult
    static func checkServesLinks(_ analysis: Analysis, _ what: String) throws -> Int {
        let dot = try PyramidRenderer.dot(analysis, options: DiagramOptions(allTeams: true))
        let row = Self.rows(dot)
        var checked = 0
        var crossRowsInBand = 0
        let ranks = PyramidRanks(analysis)
        for team in analysis.organisation.teams {
            for link in team.serves {
                let id = "link-" + SVGIdentifier.slug(team.id) + "-" + SVGIdentifier.slug(link.to)
                guard let line = dot.split(separator: "\n").first(where: { $0.contains(#"id="\#(id)""#) }) else { continue }
                let supplier = SVGIdentifier.slug(team.id)
                let customer = SVGIdentifier.slug(link.to)
                // A link to a customer may end at the customer's trunk hub in the row below the supplier's.
                let names = line.split(separator: "\"").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
                let (tail, head) = (names[0], names[1])
                let customerEnd = [tail, head].first { $0 == customer || $0.hasPrefix("~x-hub-") && $0.hasSuffix("-" + customer) }
                let customerName = try #require(customerEnd, "\(what): \(id) does not end at its customer")
                let supplierRow = try #require(row[supplier])
                let customerRow = try #require(row[customerName])
                if customerRow < supplierRow {
                    #expect(tail == customerName, "\(what): \(id) written from the customer above")
                    #expect(line.contains(#"dir="back""#) || customerName.hasPrefix("~x-hub-"), "\(what): \(id) arrowhead at the customer")
                } else if customerRow > supplierRow {
                    #expect(tail == supplier && !line.contains(#"dir="back""#), "\(what): \(id) written top-down")
                } else {
                    #expect(line.contains(#"constraint="false""#), "\(what): \(id) in one row is flat")
                }
                if customerRow != supplierRow {
                    #expect(!line.contains(#"constraint="false""#), "\(what): \(id) joins two rows: not a flat link")
                }
                if let from = analysis.graph.index[team.id], let to = analysis.graph.index[link.to], analysis.graph.isTeam(Int(to)),
                   ranks.rank[Int(from)] == ranks.rank[Int(to)], !ranks.isCutOff[Int(from)], customerRow != supplierRow {
                    crossRowsInBand += 1
                }
                checked += 1
            }
        }
        #expect(checked > 20, "\(what): links found")
        return crossRowsInBand
    }

    @Test func servesLinksPointToTheCustomerInWrappedRows() throws {
        try Self.checkServesLinks(try FitTests.model("council-services.yaml"), "council-services")
        let generated = try Self.checkServesLinks(try TestModels.analysis(GeneratedCompany.yaml(teams: 100)), "100 teams")
        #expect(generated > 0, "the generated company has links between two rows of one band")
    }
}
