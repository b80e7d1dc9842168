import Foundation
import OrgGraph
import Testing
@testable import PyramidDiagram

/// Every finding code has its own visible mark, drawn on the team, customer
/// or link it is about, and the legend lists exactly the marks drawn.
@Suite struct FindingMarksTests {
    static func svg(_ yaml: String, _ options: DiagramOptions = DiagramOptions()) throws -> SVGReader {
        let analysis = try TestModels.analysis(yaml)
        return SVGReader(String(decoding: try PyramidRenderer.render(analysis, options: options, format: .svg), as: UTF8.self))
    }

    @Test func theFixtureHasEveryCode() throws {
        let analysis = try TestModels.analysis(TestModels.everyFinding)
        #expect(Set(analysis.findings.map(\.code)) == Set(FindingCode.allCases))
    }

    @Test func everyCodeHasADistinctMark() {
        #expect(FindingMarks.all.map(\.code) == FindingCode.allCases)
        // What each mark draws: its badge plus the attributes it sets.
        let looks = FindingMarks.all.map { mark -> String in
            var attributes = DOTAttributes()
            mark.apply(&attributes)
            return (mark.badge ?? "") + "|" + attributes.sorted.map { "\($0.0.rawValue)=\($0.1.dotText)" }.joined(separator: ",")
        }
        #expect(Set(looks).count == looks.count, "two codes look the same: \(looks)")
        for (mark, look) in zip(FindingMarks.all, looks) {
            #expect(look != "|", "\(mark.code.rawValue) draws nothing")
            #expect(!mark.meaning.isEmpty)
        }
    }

    /// The element each finding is about, in the rendered fixture, shows
    /// more than a class: a badge, an outline or a line style.
    @Test(arguments: FindingCode.allCases)
    func everyCodeIsVisibleInTheRender(code: FindingCode) throws {
        let svg = try Self.svg(TestModels.everyFinding)
        let mark = FindingMarks.mark(code)
        let marked = svg.groups.filter { $0.classes.contains("finding-" + code.rawValue) && $0.classes.first != "edge" || ($0.classes.first == "edge" && $0.classes.contains("finding-" + code.rawValue)) }
        #expect(!marked.isEmpty, "nothing carries finding-\(code.rawValue)")
        switch code {
        case .noPathToCustomer, .chainBroken, .chainThroughManagement, .supplierCycle, .unsupportedFrontLine, .tierMismatch:
            let badge = try #require(mark.badge)
            let teams = marked.filter { $0.id.hasPrefix("team-") }
            #expect(!teams.isEmpty)
            for team in teams where !team.classes.contains("finding-isolated-team") || code == .noPathToCustomer {
                #expect(team.texts.last == badge || team.texts.contains(badge), "\(team.id) has no '\(badge)' badge: \(team.texts)")
            }
            if code.severity == .error {
                for team in teams { #expect(team.markup.contains(##"stroke="#c62828""##), "\(team.id) in error has no red outline") }
            }
        case .isolatedTeam:
            let hermit = try #require(svg.group("team-hermit"))
            #expect(hermit.classes.contains("finding-isolated-team"))
            #expect(hermit.texts.contains(try #require(mark.badge)))
            #expect(hermit.markup.contains(#"stroke-dasharray="1,5""#), "a dotted outline")
        case .singlePointOfFailure:
            for team in marked where team.id.hasPrefix("team-") {
                #expect(team.markup.components(separatedBy: "<polygon").count + team.markup.components(separatedBy: "<path").count - 2 >= 2,
                        "\(team.id): a double outline")
            }
        case .unservedCustomer:
            let nobody = try #require(svg.group("customer-nobody"))
            #expect(nobody.classes.contains("finding-unserved-customer"))
            #expect(nobody.markup.contains("stroke-dasharray"), "a dashed outline")
            #expect(nobody.texts.contains(try #require(mark.badge)))
            #expect(try #require(svg.group("customer-buyers")).markup.contains("stroke-dasharray") == false)
        case .standardBreached:
            let slow = try #require(svg.group("link-slow-shop"))
            #expect(slow.markup.contains(##"stroke="#c62828""##) && slow.markup.contains(#"stroke-dasharray="5,2""#))
            #expect(try #require(svg.group("link-slow-shop~label")).texts == ["80% < 95%"])
        case .upwardFacing:
            let upward = try #require(svg.group("link-upward-boss"))
            #expect(upward.markup.contains(#"stroke-width="3""#))
            #expect(upward.markup.components(separatedBy: "<polygon").count - 1 == 2, "a double arrowhead")
        case .awayFromCustomer:
            let away = try #require(svg.group("link-away-stock"))
            #expect(away.markup.contains(##"stroke="#b35c00""##))
            #expect(away.markup.contains(#"stroke-width="1.6""#))
            let plain = try #require(svg.group("link-shop-buyers"))
            #expect(!plain.markup.contains(#"stroke-width="1.6""#))
        }
    }

    // MARK: - The legend

    /// The names of the legend's entries in the DOT text.
    static func legendEntries(_ yaml: String, _ options: DiagramOptions = DiagramOptions()) throws -> Set<String> {
        let dot = try PyramidRenderer.dot(try TestModels.analysis(yaml), options: options)
        var entries = Set<String>()
        for line in dot.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix(#""~x-legend-"#), !trimmed.contains("->") else { continue }
            let name = trimmed.dropFirst(#""~x-legend-"#.count).prefix { $0 != "\"" }
            if name.hasSuffix("-from") || name.hasSuffix("-to") { continue }
            entries.insert(String(name))
        }
        return entries
    }

    @Test func theLegendListsExactlyWhatTheDiagramShows() throws {
        // One customer, one front-line team reporting to no one.
        #expect(try Self.legendEntries(TestModels.twoNodes) == ["heading", "customer", "front-line", "unsupported-front-line", "serves"])
        let every = try Self.legendEntries(TestModels.everyFinding)
        #expect(every.isSuperset(of: [
            "customer", "unserved", "front-line", "support", "leadership", "error", "no-path-to-customer", "chain-broken",
            "chain-through-management", "supplier-cycle", "single-point-of-failure", "unsupported-front-line",
            "isolated-team", "tier-mismatch", "serves", "supports", "broken", "upward-facing", "away-from-customer", "cut-off",
        ]))
        #expect(!every.contains("focus"))
        #expect(try Self.legendEntries(TestModels.everyFinding, DiagramOptions(focus: "shop")).contains("focus"))
        // The focus mark shows on a team in error too.
        let focused = try #require(try Self.svg(TestModels.everyFinding, DiagramOptions(focus: "slow")).group("team-slow"))
        #expect(focused.classes.contains("focus") && focused.classes.contains("error"))
        #expect(focused.texts.last == FindingMarks.focusBadge)
        #expect(focused.markup.contains(#"stroke-width="2.8""#), "the error's outline stays as thick")
        // The clinic has upward-facing links, the phone shop none.
        #expect(try Self.legendEntries(TestModels.clinic).contains("upward-facing"))
        #expect(!(try Self.legendEntries(TestModels.clinic, DiagramOptions(focus: "nurses", depth: 0))).contains("upward-facing"))
    }

    @Test func theLegendIsSizedToTheDiagram() throws {
        func legendWidth(_ yaml: String) throws -> Double {
            let svg = String(decoding: try PyramidRenderer.render(try TestModels.analysis(yaml), format: .svg), as: UTF8.self)
            let geometry = SVGGeometry(svg)
            let boxes = geometry.nodes.filter { $0.title.hasPrefix("~x-legend-") }.flatMap { [$0.outline].compactMap { $0 } + $0.texts.map(\.box) }
            return (boxes.map(\.maxX).max() ?? 0) - (boxes.map(\.minX).min() ?? 0)
        }
        let small = try legendWidth(TestModels.twoNodes)
        let large = try legendWidth(TestModels.everyFinding)
        #expect(small > 0)
        #expect(small < large)
        // A narrow diagram wraps the legend into more rows.
        var contents = Legend.Contents()
        contents.customers = true
        contents.tiers = [.frontLine, .support, .leadership]
        contents.codes = Set(FindingCode.allCases)
        contents.serves = true
        contents.supports = true
        let narrow = try #require(Legend.make(contents, maxWidth: 300))
        let wide = try #require(Legend.make(contents, maxWidth: 3000))
        #expect(narrow.rows.count > wide.rows.count)
        #expect(Set(narrow.rows.flatMap { $0 }) == Set(wide.rows.flatMap { $0 }))
        #expect(Legend.make(Legend.Contents(), maxWidth: 300) == nil)
    }
}
