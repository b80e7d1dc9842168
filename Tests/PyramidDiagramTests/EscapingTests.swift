import Foundation
import OrgGraph
import Testing
@testable import PyramidDiagram

/// User text must come out of Graphviz exactly as written: no `\N` expansion,
/// no entity decoding, no markup in SVG.
@Suite(.serialized) struct EscapingTests {
    static let awkward = [
        #"\N \G \E \T \H \L"#,
        #"a\\b and \n and \l and \r"#,
        #"trailing backslash\"#,
        #"say "hi" \"#,
        "&amp; &lt;tag&gt; &#45; & alone",
        "</text><script>alert(1)</script>",
        "<b>bold</b> ünïcødé ✓",
    ]

    @Test(arguments: awkward)
    func labelTextSurvivesGraphvizExactly(text: String) throws {
        var graph = DOTGraph(name: "g")
        graph.add(DOTNode("n", [.label: .label(DOTLabel(text)), .id: .string("probe")]))
        let svg = String(decoding: try PyramidRenderer.render(dot: graph.dotText, format: .svg).bytes, as: UTF8.self)
        let node = try #require(SVGReader(svg).group("probe"))
        #expect(node.texts == [text])
    }

    @Test func hostileNamesStayTextInDOTAndSVG() throws {
        let analysis = try TestModels.analysis(TestModels.hostile)
        let options = DiagramOptions(detail: true, grouping: .department)
        let dot = try PyramidRenderer.dot(analysis, options: options)
        // In DOT every quote is escaped and every backslash doubled.
        // (Names are wrapped at 24 characters: a line break is `\n`.)
        #expect(dot.contains(#"</text><script>alert(1)<\n/script>"#))
        #expect(dot.contains(#"\"quoted\" &amp; <b>bold</b>\n\\N \\l"#))
        #expect(dot.contains(#"&amp;amp; \\E \\T \\H \\L back\\slash"#))

        let svg = String(decoding: try PyramidRenderer.render(analysis, options: options, format: .svg), as: UTF8.self)
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("<b>"))
        #expect(svg.components(separatedBy: "<svg").count == 2, "the department name must not become markup")
        #expect(svg.contains("&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        let reader = SVGReader(svg)
        let team = try #require(reader.group("team-t1"))
        #expect(team.texts.prefix(2).joined() == "</text><script>alert(1)</script>")
        let customer = try #require(reader.group("customer-c1"))
        #expect(customer.texts == [#""quoted" & <b>bold</b>"#, #"\N \l"#])
        let cluster = try #require(reader.groups.first { $0.classes.contains("department") })
        #expect(cluster.texts == ["</g><svg onload=alert(2)>"])
        let title = try #require(reader.group("graph0"))
        #expect(title.texts.first == #"Evil </text><script>alert(1)</script> & Co \G"#)
        let link = try #require(reader.group("link-t1-c1~label"))
        #expect(link.texts.contains(#"&amp; \E \T \H \L back\slash"#))
    }
}
