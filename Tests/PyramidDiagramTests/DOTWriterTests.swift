import Testing
@testable import PyramidDiagram

@Suite struct DOTWriterTests {
    @Test(arguments: [
        (#"plain"#, #"plain"#),
        (#"a\b"#, #"a\\b"#),
        (#"\N \G \E \T \H \L"#, #"\\N \\G \\E \\T \\H \\L"#),
        (#"\n \l \r"#, #"\\n \\l \\r"#),
        (#"say "hi""#, #"say \"hi\""#),
        (#"&amp; & &lt;"#, #"&amp;amp; &amp; &amp;lt;"#),
        ("line\nbreak\ttab", "line break tab"),
        (#"trailing\"#, #"trailing\\"#),
        ("<b>é</b>", "<b>é</b>"),
    ])
    func labelTextIsEscapedForGraphviz(input: String, expected: String) {
        #expect(DOTEscaping.labelText(input) == expected)
    }

    @Test func labelLinesCarryTheirJustification() {
        let label = DOTLabel(lines: [.init("Title"), .init("left", .left), .init("right", .right)])
        #expect(label.escString == #"Title\nleft\lright\r"#)
        #expect(DOTLabel(centered: ["a", "b"]).escString == #"a\nb"#)
    }

    @Test func attributesAreWrittenSortedAndQuoted() {
        var graph = DOTGraph(name: "g")
        graph.add(DOTNode("n", [.shape: .string("box"), .color: .string("red"), .label: .label(DOTLabel("x"))]))
        graph.add(DOTEdge("n", "m", [.style: .string("dashed"), .dir: .string("back")]))
        #expect(graph.dotText == """
        digraph "g" {
          "n" [color="red", label="x", shape="box"];
          "n" -> "m" [dir="back", style="dashed"];
        }

        """)
    }

    @Test func clustersKeepTheirPrefixEvenWithOneNode() {
        var graph = DOTGraph(name: "g")
        var cluster = DOTSubgraph.cluster("solo", attributes: [.label: .label(DOTLabel("Solo"))])
        cluster.add(DOTNode("only"))
        graph.add(cluster)
        var same = DOTSubgraph(name: nil, attributes: [.rank: .string("same")])
        same.add(DOTNode("only"))
        graph.add(same)
        #expect(graph.dotText == """
        digraph "g" {
          subgraph "cluster_solo" {
            graph [label="Solo"];
            "only";
          }
          subgraph {
            graph [rank="same"];
            "only";
          }
        }

        """)
    }

    @Test func programValuesCannotBreakOutOfTheirQuotes() {
        #expect(DOTEscaping.quoted(#"a"b\c"#) == #""a\"b\\c""#)
        #expect(DOTEscaping.quoted("x\ny") == #""x y""#)
    }

    @Test func noAttributeCanPointGraphvizAtAFileOrURL() {
        let names = Set(DOTAttribute.allCases.map(\.rawValue))
        for forbidden in ["URL", "href", "stylesheet", "image", "shapefile", "fontpath", "imagepath", "labelURL", "edgeURL", "headURL", "tailURL", "target"] {
            #expect(!names.contains(forbidden), "\(forbidden) must not be writable")
        }
    }

    @Test(arguments: [
        ("nurses", "nurses"),
        ("team.a_b-c", "team.a_b-c"),
        ("front desk", "front~20desk"),
        ("a\"b", "a~22b"),
        ("é", "~C3~A9"),
        ("</g>", "~3C~2Fg~3E"),
    ])
    func identifiersAreSafeAndStable(id: String, slug: String) {
        #expect(SVGIdentifier.slug(id) == slug)
    }
}
