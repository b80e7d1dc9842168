import Foundation
import OrgGraph
import Testing
@testable import PyramidDiagram

@Suite struct RankTests {
    /// Customer c; front line f (distance 1); support s (distance 2); leader
    /// l1 over f and s; leader l2 over l1; a cut-off team x. Loaded and
    /// analysed as the CLI would.
    static let handMade = """
    organisation: Hand made
    customers: [{id: c}]
    teams:
      - id: l2
      - id: l1
        reports-to: l2
      - id: f
        reports-to: l1
        serves: [c]
      - id: s
        reports-to: l1
        serves: [f]
      - id: x
    """

    @Test func leadersSitBelowEveryTeamThatReportsToThem() throws {
        let analysis = try TestModels.analysis(Self.handMade)
        let ranks = PyramidRanks(analysis)
        func node(_ id: String) -> Int { analysis.graph.index[id].map(Int.init) ?? -1 }
        func rank(_ id: String) -> Int { ranks.rank[node(id)] }
        #expect(analysis.team("l1")?.nominalDistance == 2, "through its support link to f")
        #expect(rank("c") == 0)
        #expect(rank("f") == 1)
        #expect(rank("s") == 2)
        #expect(rank("l1") == 3, "one below its lowest report s, not its nominal distance 2")
        #expect(rank("l2") == 4)
        #expect(ranks.isCutOff[node("x")])
        #expect(!ranks.isCutOff[node("s")])
    }

    @Test func theDOTPinsEveryNodeToItsLayer() throws {
        let dot = try PyramidRenderer.dot(try TestModels.analysis(Self.handMade), options: DiagramOptions(legend: false))
        let rows = dot.components(separatedBy: "graph [rank=\"same\"];").dropFirst().map { block in
            block.prefix { $0 != "}" }.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { $0.hasPrefix("\"") && !$0.hasPrefix("\"~x-") }
        }
        // The cut-off team x gets a row of its own below the pyramid.
        #expect(rows == [[#""c";"#], [#""f";"#], [#""s";"#], [#""l1";"#], [#""l2";"#], [#""x";"#]])
        #expect(dot.contains(#"newrank="true""#))
        #expect(!dot.contains("cluster"), "no clusters unless grouping is asked for")
    }

    @Test func theRenderedPyramidReadsTopDownFromTheCustomer() throws {
        let analysis = try TestModels.analysis(TestModels.clinic)
        let svg = String(decoding: try PyramidRenderer.render(analysis, format: .svg), as: UTF8.self)
        let reader = SVGReader(svg)
        func y(_ id: String) throws -> Double { try #require(reader.group(id)?.textY, "no node \(id)") }
        // SVG y grows downward.
        for customer in ["customer-patients", "customer-gps"] {
            for frontLine in ["team-nurses", "team-doctors"] {
                #expect(try y(customer) < y(frontLine))
            }
        }
        for frontLine in ["team-nurses", "team-doctors"] {
            for support in ["team-reception", "team-lab"] {
                #expect(try y(frontLine) < y(support))
            }
        }
        for support in ["team-reception", "team-lab", "team-it"] {
            #expect(try y(support) < y("team-practice-manager"))
        }
        #expect(try y("team-practice-manager") < y("team-medical-director"))
        // The cut-off teams are drawn in a labelled row below the pyramid, then the legend.
        let heading = try #require(reader.group("cut-off"))
        #expect(heading.texts == ["Cut off from", "the customer:"])
        for cutOff in ["team-billing", "team-archive"] {
            #expect(try y("team-medical-director") < y(cutOff))
            #expect(abs(try y(cutOff) - y("cut-off")) < 10, "in the heading's row")
            #expect(try y(cutOff) < y("legend"))
        }
    }

    @Test func servesArrowsPointUpAndSupportLinksDoNotRank() throws {
        let dot = try PyramidRenderer.dot(try TestModels.analysis(TestModels.clinic))
        // doctors serves patients: written top-down (customer first) with the arrowhead at the tail.
        let servesLine = try #require(dot.split(separator: "\n").first { $0.contains(#"id="link-doctors-patients""#) })
        #expect(servesLine.contains(#""patients" -> "doctors""#))
        #expect(servesLine.contains(#"dir="back""#))
        // reception serves nurses with a breached standard: two segments
        // through its label node, the arrowhead on the customer's.
        let customerEnd = try #require(dot.split(separator: "\n").first { $0.contains(#"id="link-reception-nurses""#) })
        #expect(customerEnd.contains(#""nurses" -> "~x-label-link-reception-nurses""#))
        #expect(customerEnd.contains(#"dir="back""#))
        let supplierEnd = try #require(dot.split(separator: "\n").first { $0.contains(#"id="link-reception-nurses~supplier""#) })
        #expect(supplierEnd.contains(#""~x-label-link-reception-nurses" -> "reception""#))
        #expect(supplierEnd.contains(#"dir="none""#))
        // it serves its own leader, who sits below it: written top-down,
        // arrowhead at the leader, pointing down.
        let upward = try #require(dot.split(separator: "\n").first { $0.contains(#"id="link-it-practice-manager""#) })
        #expect(upward.contains(#""it" -> "practice-manager""#))
        #expect(!upward.contains("dir="))
        // A labelled link within one layer becomes two segments down to its
        // label node below: no labelled edge lies within one layer (Graphviz
        // 2.43 corrupts its heap freeing the layout of labelled flat edges).
        let flatYAML = """
        organisation: Flat
        customers: [{id: c}]
        teams:
          - id: a
            serves: [c, {to: b, delivers: Forms, status: broken}]
          - id: b
            serves: [c, {to: a, delivers: Replies}]
        """
        let flat = try PyramidRenderer.dot(try TestModels.analysis(flatYAML), options: DiagramOptions(detail: true))
        let ab = try #require(flat.split(separator: "\n").first { $0.contains(#"id="link-a-b""#) })
        #expect(ab.contains(#""b" -> "~x-label-link-a-b""#))
        #expect(!flat.contains("xlabel"))
        #expect(flat.contains(#""a" -> "~x-label-link-a-b""#))
        for _ in 0..<5 {
            let svg = SVGReader(String(decoding: try PyramidRenderer.render(try TestModels.analysis(flatYAML), options: DiagramOptions(detail: true), format: .svg), as: UTF8.self))
            #expect(svg.group("link-a-b~label")?.texts == ["broken", "Forms"])
            #expect(svg.group("link-b-a~label")?.texts == ["Replies"])
            #expect(try #require(svg.group("link-a-b~label")?.textY) > #require(svg.group("team-a")?.textY), "the label hangs below the layer")
        }
        let support = try #require(dot.split(separator: "\n").first { $0.contains(#"id="support-practice-manager-nurses""#) })
        #expect(support.contains(#"style="dashed""#))
        #expect(support.contains(#""nurses" -> "practice-manager""#))
    }
}
