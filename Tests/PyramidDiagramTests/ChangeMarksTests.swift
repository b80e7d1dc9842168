import Foundation
import OrgGraph
import Testing
@testable import PyramidDiagram

/// `--render` of `diff` and `what-if`: the new version drawn with the
/// changes marked. Structural SVG assertions (ids, classes, colours, texts).
@Suite struct ChangeMarksTests {
    static let old = """
    organisation: Clinic
    customers:
      - id: patients
      - id: walk-ins
    teams:
      - id: nurses
        reports-to: manager
        serves: [patients, walk-ins]
      - id: reception
        name: Reception desk
        reports-to: manager
        serves: [nurses]
      - id: cleaning
        reports-to: manager
        serves: [nurses]
      - id: manager
    """

    /// reception renamed front-desk (changed), cleaning removed, pharmacy
    /// added, nurses -> walk-ins removed with the customer, front-desk -> nurses broken.
    static let new = """
    organisation: Clinic
    customers:
      - id: patients
    teams:
      - id: nurses
        reports-to: manager
        serves: [patients]
      - id: front-desk
        name: Reception desk
        reports-to: manager
        serves:
          - to: nurses
            status: broken
      - id: pharmacy
        reports-to: manager
        serves: [nurses]
      - id: manager
    """

    static func rendered() throws -> (svg: SVGReader, dot: String) {
        let old = try TestModels.analysis(Self.old, file: "old.yaml")
        let new = try TestModels.analysis(Self.new, file: "new.yaml")
        let options = DiagramOptions(changes: ChangeMarks(ModelComparison(old: old, new: new), old: old))
        let svg = try PyramidRenderer.render(new, options: options, format: .svg)
        return (SVGReader(String(decoding: svg, as: UTF8.self)), try PyramidRenderer.dot(new, options: options))
    }

    @Test func addedChangedAndRemovedTeams() throws {
        let svg = try Self.rendered().svg
        let pharmacy = try #require(svg.group("team-pharmacy"))
        #expect(pharmacy.classes.contains("change-added"))
        #expect(pharmacy.texts.contains("+ added"))
        #expect(pharmacy.markup.contains(##"stroke="#2e7d32""##))

        let frontDesk = try #require(svg.group("team-front-desk"))
        #expect(frontDesk.classes.contains("change-changed"))
        #expect(frontDesk.markup.contains(##"stroke="#e0a100""##))

        // The removed team is drawn again as a grey, dashed ghost.
        let cleaning = try #require(svg.group("team-cleaning"))
        #expect(cleaning.classes.contains("change-removed"))
        #expect(cleaning.texts.contains("- removed"))
        #expect(cleaning.markup.contains("stroke-dasharray"))
        #expect(cleaning.markup.contains(##"stroke="#9aa5b1""##))

        // A removed customer too.
        #expect(try #require(svg.group("customer-walk-ins")).classes.contains("change-removed"))
        // Unchanged parts carry no change class.
        #expect(try #require(svg.group("team-manager")).classes.allSatisfy { !$0.hasPrefix("change-") })
    }

    @Test func linksAddedRemovedAndChanged() throws {
        let svg = try Self.rendered().svg
        #expect(try #require(svg.group("link-pharmacy-nurses")).classes.contains("change-added"))
        let ghost = try #require(svg.group("link-cleaning-nurses"))
        #expect(ghost.classes.contains("change-removed"))
        #expect(ghost.markup.contains("stroke-dasharray"))
        #expect(try #require(svg.group("link-nurses-walk-ins")).classes.contains("change-removed"))
        let broken = try #require(svg.group("link-front-desk-nurses"))
        #expect(broken.classes.contains("change-changed"))
        #expect(broken.markup.contains(##"stroke="#e0a100""##))
        // A link whose end was renamed is the same link: not marked.
        #expect(try #require(svg.group("link-nurses-patients")).classes.allSatisfy { !$0.hasPrefix("change-") })
    }

    @Test func fixedAndIntroducedFindingsAreNamedUnderTheTeam() throws {
        let svg = try Self.rendered().svg
        let frontDesk = try #require(svg.group("team-front-desk"))
        #expect(frontDesk.classes.contains("finding-introduced"))
        #expect(frontDesk.texts.contains("new: chain-broken"))
    }

    @Test func titleSaysWhatIsComparedAndNoChangesMeansNoMarks() throws {
        let dot = try Self.rendered().dot
        // The caption may be wrapped: check its words, not its line breaks.
        #expect(dot.contains("changes since old.yaml"))
        #expect(dot.contains("green added, amber changed"))
        let plain = try TestModels.analysis(Self.new, file: "new.yaml")
        #expect(!(try PyramidRenderer.dot(plain)).contains("change-"))
    }

    @Test func whatIfGhostsTheRemovedTeam() throws {
        let old = try TestModels.analysis(Self.old, file: "old.yaml")
        let report = try WhatIfReport(Scenario(removing: ["cleaning"]), on: old)
        let options = DiagramOptions(changes: ChangeMarks(report.comparison, old: old))
        let dot = try PyramidRenderer.dot(report.result, options: options)
        #expect(dot.contains("what if: "))
        #expect(dot.contains("change-removed"))
        #expect(!dot.contains("change-added"))
    }
}
