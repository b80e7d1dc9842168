import OrgGraph

/// The legend: sample nodes and links drawn with the same styles as the
/// diagram, on three layers of their own below the pyramid, headed by the
/// word "Legend".
///
/// Not a cluster on purpose: Graphviz 2.43's dot layout leaks memory for
/// every cluster on every render (see docs/rendering.md), and the legend is
/// drawn on every render.
enum Legend {
    /// The legend's statements, and the node names of each of its layers (top first).
    struct Drawing {
        var statements: [DOTStatement]
        var rows: [[String]]
    }

    static func make() -> Drawing {
        var body = DOTSubgraph(name: nil)
        func name(_ suffix: String) -> String { SVGIdentifier.helper("legend-" + suffix) }
        func sample(_ suffix: String, _ text: String, _ apply: (inout DOTAttributes) -> Void) -> String {
            var attributes: DOTAttributes = [
                .label: .label(DOTLabel(centered: text.split(separator: "\n").map(String.init))), .fontsize: .string("10"),
            ]
            apply(&attributes)
            body.add(DOTNode(name(suffix), attributes))
            return name(suffix)
        }

        // Layer 1: the heading, then what the boxes mean.
        body.add(DOTNode(name("heading"), [
            .id: .string("legend"), .class: .string("legend"), .shape: .string("plaintext"), .style: .string(""),
            .fontsize: .string("11"), .fontcolor: .string(Palette.mutedInk), .label: .label(DOTLabel("Legend:")),
        ]))
        var nodes: [String] = [name("heading")]
        nodes.append(sample("customer", "end customer") { PyramidStyle.applyCustomer(unserved: false, to: &$0) })
        nodes.append(sample("front-line", "front line") { PyramidStyle.apply(.frontLine, to: &$0) })
        nodes.append(sample("support", "support") { PyramidStyle.apply(.support, to: &$0) })
        nodes.append(sample("leadership", "leadership") { PyramidStyle.apply(.leadership, to: &$0) })
        nodes.append(sample("error", "team in error") {
            PyramidStyle.apply(.support, to: &$0)
            PyramidStyle.applyError(to: &$0)
        })
        nodes.append(sample("spof", "single point\nof failure") {
            PyramidStyle.apply(.support, to: &$0)
            PyramidStyle.applySinglePointOfFailure(to: &$0)
        })

        // Layers 2 and 3: what the lines mean, each an upward arrow from its
        // description to an invisible point.
        let links: [(String, String, (inout DOTAttributes) -> Void)] = [
            ("serves", "serves: points to\nits customer", { _ in }),
            ("supports", "leader supports\nthe team", { PyramidStyle.applySupport(to: &$0) }),
            ("broken", "broken, or below\nstandard: 80% < 95%", {
                PyramidStyle.applyServes(failing: true, upward: false, away: false, to: &$0)
            }),
            ("upward", "faces upward: serves\nits own leader (double head)", {
                PyramidStyle.applyServes(failing: false, upward: true, away: false, to: &$0)
                // The leader sits below the team, so these arrows point down.
                $0.set(.dir, "forward")
            }),
            ("away", "works away from the\ncustomer (open head)", {
                PyramidStyle.applyServes(failing: false, upward: false, away: true, to: &$0)
            }),
        ]
        var tops: [String] = []
        var texts: [String] = []
        for (suffix, text, apply) in links {
            body.add(DOTNode(name(suffix + "-top"), [
                .shape: .string("point"), .width: .string("0.04"), .height: .string("0.04"),
                .style: .string("invis"), .label: .string(""),
            ]))
            body.add(DOTNode(name(suffix), [
                .shape: .string("plaintext"), .style: .string(""), .fontsize: .string("10"),
                .label: .label(DOTLabel(centered: text.split(separator: "\n").map(String.init))),
            ]))
            var attributes: DOTAttributes = [.dir: .string("back")]
            apply(&attributes)
            attributes[.constraint] = nil
            body.add(DOTEdge(name(suffix + "-top"), name(suffix), attributes))
            tops.append(name(suffix + "-top"))
            texts.append(name(suffix))
        }
        // Invisible left-to-right edges keep each row in the order written.
        for row in [nodes, tops, texts] {
            for (left, right) in zip(row, row.dropFirst()) {
                body.add(DOTEdge(left, right, [.style: .string("invis")]))
            }
        }
        // Tie the link samples under the box samples, so the rows form one
        // block (Graphviz would otherwise place them side by side).
        if nodes.count > 1, let first = tops.first {
            body.add(DOTEdge(nodes[1], first, [.style: .string("invis")]))
        }
        return Drawing(statements: body.statements, rows: [nodes, tops, texts])
    }
}
