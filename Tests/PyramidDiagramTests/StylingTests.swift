import Foundation
import OrgGraph
import Testing
@testable import PyramidDiagram

@Suite struct StylingTests {
    static func clinicSVG(_ options: DiagramOptions = DiagramOptions()) throws -> SVGReader {
        let analysis = try TestModels.analysis(TestModels.clinic)
        return SVGReader(String(decoding: try PyramidRenderer.render(analysis, options: options, format: .svg), as: UTF8.self))
    }

    @Test func teamNodesCarryStableIdsTierAndFindingClasses() throws {
        let svg = try Self.clinicSVG()
        let nurses = try #require(svg.group("team-nurses"))
        #expect(nurses.classes == ["node", "team", "tier-front-line"])
        #expect(nurses.title == "nurses")
        #expect(nurses.texts == ["Nursing team", "14 people · front line"])

        let lab = try #require(svg.group("team-lab"))
        #expect(lab.classes.contains("finding-chain-broken"))
        #expect(lab.classes.contains("error"))
        #expect(lab.markup.contains(##"stroke="#c62828""##), "a team in error has a red outline")

        let it = try #require(svg.group("team-it"))
        #expect(it.classes.contains("finding-upward-facing"))
        #expect(it.classes.contains("error"))

        let archive = try #require(svg.group("team-archive"))
        #expect(archive.classes.contains("finding-no-path-to-customer"))
        #expect(archive.classes.contains("cut-off"))

        let manager = try #require(svg.group("team-practice-manager"))
        #expect(manager.classes.contains("tier-leadership"))
        #expect(manager.classes.contains("spof"))
        // A double outline: two polygons.
        #expect(manager.markup.components(separatedBy: "<polygon").count - 1 >= 2)

        #expect(try #require(svg.group("customer-patients")).classes == ["node", "customer"])
    }

    @Test func brokenAndBreachedLinksAreRedDashedAndLabelled() throws {
        let svg = try Self.clinicSVG()
        let breached = try #require(svg.group("link-lab-doctors"))
        #expect(breached.classes.contains("breached"))
        #expect(breached.classes.contains("finding-standard-breached"))
        #expect(try #require(svg.group("link-lab-doctors~label")).texts == ["80% < 95%"])
        #expect(breached.markup.contains(##"stroke="#c62828""##))
        #expect(breached.markup.contains("stroke-dasharray"))

        let lower = try #require(svg.group("link-reception-nurses~label"))
        #expect(lower.texts == ["9 min > 5 min"])
        #expect(lower.classes.contains("link-label"))

        let broken = try #require(svg.group("link-it-reception"))
        #expect(broken.classes.contains("broken"))
        #expect(try #require(svg.group("link-it-reception~label")).texts == ["broken"])
        #expect(broken.markup.contains("stroke-dasharray"))

        let fine = try #require(svg.group("link-reception-doctors"))
        #expect(fine.classes == ["edge", "serves"])
        #expect(fine.texts.isEmpty)
        #expect(!fine.markup.contains("stroke-dasharray"))
    }

    @Test func upwardFacingLinksUseTheWarningColourAndABoldLine() throws {
        let svg = try Self.clinicSVG()
        let upward = try #require(svg.group("link-it-practice-manager"))
        #expect(upward.classes.contains("finding-upward-facing"))
        #expect(upward.texts.isEmpty, "told apart by colour, weight and a double arrowhead, not text")
        #expect(upward.markup.components(separatedBy: "<polygon").count - 1 == 2, "a double arrowhead")
        #expect(upward.markup.contains(##"stroke="#b35c00""##))
        #expect(upward.markup.contains(#"stroke-width="3""#))
    }

    @Test func supportLinksAreSlateDashedWithHollowHeads() throws {
        let svg = try Self.clinicSVG()
        let support = try #require(svg.group("support-practice-manager-nurses"))
        #expect(support.classes == ["edge", "support"])
        #expect(support.markup.contains(##"stroke="#616e7c""##))
        #expect(support.markup.contains("stroke-dasharray=\"5,2\""))
        #expect(support.markup.contains(#"stroke-width="1.3""#))
        #expect(support.markup.contains(#"<polygon fill="none""#), "a hollow arrowhead")
    }

    @Test func detailAddsDeliversAndStandards() throws {
        let plain = try #require(try Self.clinicSVG().group("link-reception-doctors"))
        #expect(plain.texts.isEmpty)
        #expect(try Self.clinicSVG().group("link-reception-doctors~label") == nil)
        let detailed = try #require(try Self.clinicSVG(DiagramOptions(detail: true)).group("link-reception-doctors~label"))
        // Wrapped at 28 characters a line.
        #expect(detailed.texts == ["Appointments", "booked within a day: 97%", "(target 90%)"])
    }

    @Test func titleLegendAndDateAreOptional() throws {
        let analysis = try TestModels.analysis(TestModels.clinic)
        let full = try PyramidRenderer.dot(analysis, options: DiagramOptions(date: "2026-11-23"))
        #expect(full.contains(#"label="Riverside Clinic\n2026-11-23""#))
        #expect(full.contains(#"id="legend""#))
        let undated = try PyramidRenderer.dot(analysis)
        #expect(undated.contains(#"label="Riverside Clinic""#))
        #expect(!undated.contains("2026"))
        let bare = try PyramidRenderer.dot(analysis, options: DiagramOptions(legend: false, title: false))
        #expect(!bare.contains("Riverside Clinic"))
        #expect(!bare.contains(#"id="legend""#))
    }

    @Test func groupByDepartmentDrawsOneBoxPerDepartmentAndRow() throws {
        let analysis = try TestModels.analysis(TestModels.clinic)
        let dot = try PyramidRenderer.dot(analysis, options: DiagramOptions(grouping: .department))
        #expect(dot.contains(#"subgraph "cluster_department_0" {"#))
        let svg = SVGReader(String(decoding: try PyramidRenderer.render(analysis, options: DiagramOptions(grouping: .department), format: .svg), as: UTF8.self))
        let departments = svg.groups.filter { $0.classes.contains("department") }
        // Care: the front-line row (nurses, doctors) and the support row (lab);
        // Front office: reception's row and it's row (it is one further out).
        #expect(departments.map { $0.texts.first ?? "" } == ["Care", "Care", "Front office", "Front office"])
        #expect(departments.map(\.id) == ["department-Care", "department-Care-2", "department-Front~20office", "department-Front~20office-2"])
    }

    /// The node names declared inside each `cluster_` subgraph of the DOT text.
    static func clusterMembers(_ dot: String) -> [[String]] {
        dot.components(separatedBy: "subgraph \"cluster_").dropFirst().map { block in
            block.prefix { $0 != "}" }.split(separator: "\n").compactMap { line -> String? in
                let text = line.trimmingCharacters(in: .whitespaces)
                guard text.hasPrefix("\""), let end = text.dropFirst().firstIndex(of: "\"") else { return nil }
                return String(text[text.index(after: text.startIndex)..<end])
            }
        }
    }

    @Test func cutOffTeamsAreNeverInADepartmentBox() throws {
        // billing and archive are cut off; billing is in Front office.
        let analysis = try TestModels.analysis(TestModels.clinic)
        #expect(analysis.organisation.teams.first { $0.id == "billing" }?.department == "Front office")
        let dot = try PyramidRenderer.dot(analysis, options: DiagramOptions(grouping: .department))
        let members = Self.clusterMembers(dot).joined()
        #expect(Set(members) == ["nurses", "doctors", "lab", "reception", "it"], "every other team of a department is boxed")
        #expect(!members.contains("billing"))
        // And in the picture: billing lies outside every department box.
        let svg = SVGReader(String(decoding: try PyramidRenderer.render(analysis, options: DiagramOptions(grouping: .department), format: .svg), as: UTF8.self))
        let billing = try #require(svg.group("team-billing"))
        let x = try #require(billing.textX)
        let y = try #require(billing.textY)
        for box in svg.groups where box.classes.contains("department") {
            let bounds = try #require(SVGReader.bounds(ofFirstShapeIn: box.markup))
            #expect(!(bounds.minX...bounds.maxX).contains(x) || !(bounds.minY...bounds.maxY).contains(y), "billing inside \(box.id)")
        }
    }

    @Test func focusDrawsTheChainsUpAndTheNeighbourhood() throws {
        let analysis = try TestModels.analysis(TestModels.clinic)
        let dot = try PyramidRenderer.dot(analysis, options: DiagramOptions(focus: "reception", depth: 1))
        func drawn(_ id: String) -> Bool { dot.contains(#"id="team-\#(id)""#) || dot.contains(#"id="customer-\#(id)""#) }
        // Its chains up: nurses, doctors, patients, gps.
        for id in ["reception", "nurses", "doctors", "patients", "gps"] { #expect(drawn(id), "\(id)") }
        // One link around: its supplier it and its leader practice-manager.
        for id in ["it", "practice-manager"] { #expect(drawn(id), "\(id)") }
        // Further away: not drawn.
        for id in ["lab", "billing", "archive", "medical-director"] { #expect(!drawn(id), "\(id)") }

        #expect(dot.contains(#"label="Riverside Clinic\naround reception""#))
        #expect(dot.contains(#"class="team tier-support finding-standard-breached focus""#))

        let narrow = try PyramidRenderer.dot(analysis, options: DiagramOptions(focus: "reception", depth: 0))
        #expect(!narrow.contains(#"id="team-it""#))
        #expect(narrow.contains(#"id="customer-patients""#))
    }

    @Test func focusOnAnUnknownIdIsAnError() throws {
        let analysis = try TestModels.analysis(TestModels.clinic)
        #expect(throws: RenderError.unknownFocusTeam("nobody")) {
            try PyramidRenderer.dot(analysis, options: DiagramOptions(focus: "nobody"))
        }
    }
}
