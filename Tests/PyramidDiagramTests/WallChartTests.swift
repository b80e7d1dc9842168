import Foundation
import OrgGraph
import Testing
@testable import PyramidDiagram

/// The wall-chart style (``WallChart``): used when `dot` lays out more than
/// ``DiagramOptions/summaryThreshold`` teams drawn one by one, never below;
/// it keeps the pyramid order and draws every link's text. `--all-teams` on
/// the whole organisation is laid out in Swift from that size on
/// (ComputedLayoutTests), so these tests draw a neighbourhood of the whole
/// organisation: the chief's, three links deep (leaders, their teams, the
/// customers), which `dot` lays out.
@Suite(.serialized) struct WallChartTests {
    /// Every team of ``company(teams:)``, laid out by `dot`.
    static let everyTeamThroughDot = DiagramOptions(focus: "chief", depth: 3, allTeams: true)

    /// A company of `teams` teams with text on some links: four customers;
    /// leaders (one per ten teams) under a chief; front-line teams serving a
    /// customer (every seventh link broken); support teams serving a
    /// front-line team (every fifth standard breached). The first two
    /// front-line teams also serve each other with a broken link (sideways).
    static func company(teams: Int) -> String {
        var lines = ["organisation: Wall \(teams)", "customers:"]
        for customer in 1...4 { lines.append("  - id: c\(customer)") }
        lines += ["teams:", "  - id: chief"]
        let leaders = max(1, teams / 10)
        for leader in 1..<leaders { lines += ["  - id: lead\(leader)", "    reports-to: chief"] }
        let workers = teams - leaders
        let frontLine = (workers + 1) / 2
        for team in 0..<workers {
            let leader = leaders > 1 ? "lead\(team % (leaders - 1) + 1)" : "chief"
            lines += ["  - id: w\(team)", "    reports-to: \(leader)", "    serves:"]
            if team < frontLine {
                lines.append("      - " + (team % 7 == 3 ? "{to: c\(team % 4 + 1), status: broken}" : "c\(team % 4 + 1)"))
                if team < 2 { lines.append("      - {to: w\(1 - team), status: broken}") }
            } else if team % 5 == 0 {
                lines.append("      - {to: w\(team % frontLine), standard: {measure: on time, target: 95, actual: 80, unit: \"%\"}}")
            } else {
                lines.append("      - w\(team % frontLine)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The id of the first link with a breached standard.
    static func breachedLink(_ analysis: Analysis) -> String? {
        for team in analysis.organisation.teams {
            if let link = team.serves.first(where: { $0.standard?.isBreached == true }) { return "link-\(team.id)-\(link.to)" }
        }
        return nil
    }

    static func dot(_ analysis: Analysis, _ options: DiagramOptions) throws -> String {
        try PyramidRenderer.dot(analysis, options: options)
    }

    @Test func theStyleIsUsedAboveTheThresholdAndNotAtIt() throws {
        let at = try TestModels.analysis(Self.company(teams: DiagramOptions.summaryThreshold))
        let page = try Self.dot(at, Self.everyTeamThroughDot)
        #expect(page.contains("~x-label-link-"), "100 teams: link text in label nodes")
        for wallOnly in ["xlabel", "mclimit", "nslimit"] { #expect(!page.contains(wallOnly), "100 teams: no \(wallOnly)") }
        let support = try #require(page.split(separator: "\n").first { $0.contains(#"id="support-lead1-w0""#) })
        #expect(!support.contains("constraint"), "100 teams: support links take part in the layout")

        let above = try TestModels.analysis(Self.company(teams: DiagramOptions.summaryThreshold + 1))
        let wall = try Self.dot(above, Self.everyTeamThroughDot)
        #expect(!wall.contains("pos=\""), "laid out by dot, not in Swift")
        #expect(!wall.contains("~x-label-"), "101 teams: no label nodes")
        #expect(wall.contains(#"mclimit="\#(WallChart.mclimit)""#))
        #expect(wall.contains(#"nslimit="\#(WallChart.nslimit)", nslimit1="\#(WallChart.nslimit)""#))
        let broken = try #require(wall.split(separator: "\n").first { $0.contains(#"id="link-w3-c4""#) })
        #expect(broken.contains(#"xlabel="broken""#))
        let breachedID = try #require(Self.breachedLink(above))
        let breached = try #require(wall.split(separator: "\n").first { $0.contains(#"id="\#(breachedID)""#) })
        #expect(breached.contains(#"xlabel="80% < 95%""#))
        let supportLines = wall.split(separator: "\n").filter { $0.contains(#"class="support""#) }
        #expect(supportLines.count == 101 - 1, "every team but the chief reports to a leader")
        #expect(supportLines.allSatisfy { $0.contains(#"constraint="false""#) }, "support links do not pull on rows")
        // The summary of the same organisation is unchanged by the style.
        #expect(!(try Self.dot(above, DiagramOptions())).contains("mclimit"))
    }

    @Test func theStyleDependsOnTheTeamsDrawnNotTheOrganisation() throws {
        let analysis = try TestModels.analysis(Self.company(teams: 300))
        // A small neighbourhood of a large organisation keeps the page style.
        let small = try Self.dot(analysis, DiagramOptions(focus: "w3", depth: 1))
        #expect(!small.contains("mclimit"))
        #expect(small.contains("~x-label-link-w3-c4"))
        // A neighbourhood of more than 100 teams is a wall chart.
        let large = try Self.dot(analysis, DiagramOptions(focus: "chief", depth: 3))
        #expect(large.contains("mclimit"))
        #expect(large.components(separatedBy: #"class="team "#).count - 1 > DiagramOptions.summaryThreshold)
    }

    @Test func aWallChartOfThreeHundredTeamsKeepsThePyramidAndItsLinkText() throws {
        let analysis = try TestModels.analysis(Self.company(teams: 300))
        for _ in 0..<2 { // twice: the labelled sideways link must not upset Graphviz's heap
            let svg = SVGReader(String(decoding: try PyramidRenderer.render(analysis, options: Self.everyTeamThroughDot, format: .svg), as: UTF8.self))
            #expect(svg.nodes.filter { $0.classes.contains("team") }.count == 300)
            try FitTests.expectPyramidOrder(svg, analysis, "300 teams, wall chart")
            // Every link's text is drawn, beside its link.
            let brokenLinks = analysis.organisation.teams.flatMap { team in team.serves.filter { $0.status == .broken }.map { (team.id, $0.to) } }
            #expect(brokenLinks.count > 10)
            for (from, to) in brokenLinks {
                let edge = try #require(svg.group("link-\(from)-\(to)"), "link-\(from)-\(to) drawn")
                #expect(edge.texts == ["broken"], "link-\(from)-\(to) carries its text")
            }
            #expect(svg.group(try #require(Self.breachedLink(analysis)))?.texts == ["80% < 95%"])
            #expect(svg.group("link-w0-w1")?.texts == ["broken"], "the sideways link's text")
        }
    }
}
