import Foundation
import OrgGraph
import Testing
@testable import PyramidDiagram

/// Long names wrap onto lines of a sensible width and are capped, with the
/// full text in the tooltip; no single name can make a render absurd.
@Suite struct NameWrappingTests {
    @Test(arguments: [
        ("Nursing team", 24, 3, ["Nursing team"], false),
        ("Patient Advice & Liaison Service (PALS)", 24, 3, ["Patient Advice & Liaison", "Service (PALS)"], false),
        ("one two three four five six seven", 9, 2, ["one two", "three…"], true),
        ("abcdefghijklmnopqrstuvwxyz", 10, 3, ["abcdefghij", "klmnopqrst", "uvwxyz"], false),
        ("abcdefghijklmnopqrstuvwxyz", 10, 2, ["abcdefghij", "klmnopqrs…"], true),
        ("  spaced   out  ", 24, 3, ["spaced out"], false),
        ("", 24, 3, [""], false),
    ])
    func wrapsAtSpacesAndCaps(text: String, width: Int, maxLines: Int, lines: [String], truncated: Bool) {
        let wrapped = TextWrap.wrap(text, width: width, maxLines: maxLines)
        #expect(wrapped.lines == lines)
        #expect(wrapped.truncated == truncated)
        #expect(wrapped.lines.allSatisfy { $0.count <= width })
    }

    @Test func tooltipsAreCapped() {
        #expect(TextWrap.tooltip("short") == "short")
        let long = TextWrap.tooltip(String(repeating: "x", count: 10_000))
        #expect(long.count == TextWrap.tooltipLimit)
        #expect(long.hasSuffix("…"))
    }

    /// A 100 KB name for a team, a customer, a department, a `delivers`
    /// text and a measure: the render stays page-sized, every line is
    /// capped, and the tooltip carries the start of the full text.
    @Test func aHundredKilobyteNameCannotMakeARenderAbsurd() throws {
        let huge = String(repeating: "Very long name ", count: 7_000)
        let word = String(repeating: "x", count: 100_000)
        let yaml = """
        organisation: "\(huge)"
        customers:
          - id: c
            name: "\(word)"
        teams:
          - id: t
            name: "\(huge)"
            department: "\(huge)"
            serves:
              - to: c
                delivers: "\(huge)"
                standard: {measure: "\(word)", target: 95, actual: 97, unit: "%"}
        """
        let analysis = try TestModels.analysis(yaml)
        for options in [DiagramOptions(detail: true), DiagramOptions(detail: true, grouping: .department)] {
            let svg = String(decoding: try PyramidRenderer.render(analysis, options: options, format: .svg), as: UTF8.self)
            let width = try #require(SVGReader.attribute("width", in: svg).flatMap { Double($0.dropLast(2)) })
            let height = try #require(SVGReader.attribute("height", in: svg).flatMap { Double($0.dropLast(2)) })
            #expect(width < 1_200, "\(width) pt wide")
            #expect(height < 1_200, "\(height) pt high")
            #expect(svg.utf8.count < 60_000, "\(svg.utf8.count) bytes")
            let reader = SVGReader(svg)
            let team = try #require(reader.group("team-t"))
            #expect(team.texts.count >= 4, "three lines of name, the tier line and badges")
            #expect(team.texts.allSatisfy { $0.count <= TextWrap.Kind.name.width })
            #expect(team.texts[2].hasSuffix("…"))
            #expect(team.texts[3] == "front line")
            let customer = try #require(reader.group("customer-c"))
            #expect(customer.texts.allSatisfy { $0.count <= TextWrap.Kind.name.width })
            let label = try #require(reader.group("link-t-c~label"))
            #expect(label.texts.count == 4)
            #expect(label.texts.allSatisfy { $0.count <= TextWrap.Kind.linkDetail.width })
            // The full name (up to the tooltip limit) is in the tooltip.
            let title = try #require(SVGReader.attribute("xlink:title", in: team.markup).map(SVGReader.unescape))
            #expect(title.count == TextWrap.tooltipLimit)
            #expect(huge.hasPrefix(String(title.dropLast())))
        }
    }

    /// Tooltips carry user text verbatim: nothing Graphviz expands (`\N`,
    /// `\G`, entities) and no markup.
    @Test func tooltipsShowHostileTextVerbatim() throws {
        let hostile = #"</title><script>alert(1)</script> "quoted" &amp; \N \G \\ back\slash "#
        let name = hostile + String(repeating: "padding ", count: 10)
        let escaped = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        let yaml = """
        organisation: Tips
        customers: [{id: c}]
        teams:
          - id: t
            name: "\(escaped)"
            serves: [c]
        """
        let svg = String(decoding: try PyramidRenderer.render(try TestModels.analysis(yaml), format: .svg), as: UTF8.self)
        #expect(!svg.contains("<script"))
        let team = try #require(SVGReader(svg).group("team-t"))
        let title = try #require(SVGReader.attribute("xlink:title", in: team.markup).map(SVGReader.unescape))
        #expect(title == name)
        #expect(!svg.contains("href"))
    }
}

extension NameWrappingTests {
    @Test func longDepartmentNamesGetShortStableIds() {
        let long = String(repeating: "Department ", count: 1_000)
        let id = SVGIdentifier.boundedSlug(long)
        #expect(id.count < 100)
        #expect(id == SVGIdentifier.boundedSlug(long))
        #expect(id != SVGIdentifier.boundedSlug(long + "x"))
        #expect(SVGIdentifier.boundedSlug("Front office") == "Front~20office")
    }
}
