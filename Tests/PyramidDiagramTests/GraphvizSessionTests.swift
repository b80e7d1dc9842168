import Testing
@testable import PyramidDiagram

/// Graphviz's error state is process-wide: these run one at a time.
@Suite(.serialized) struct GraphvizSessionTests {
    @Test func badDOTGivesGraphvizsMessageAndLaterRendersStillWork() throws {
        let error = try #require(throws: RenderError.self) {
            try PyramidRenderer.render(dot: "digraph { a -> ; }", format: .svg)
        }
        guard case .graphvizFailed(let stage, let messages) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(stage == .parse)
        #expect(messages.contains { $0.contains("syntax error") }, "\(messages)")
        #expect(error.description.contains("syntax error"))

        // The sticky error state was reset: a good graph renders, with no stale messages.
        let good = try PyramidRenderer.render(dot: #"digraph { "a" -> "b"; }"#, format: .svg)
        #expect(good.warnings.isEmpty)
        #expect(SVGReader(String(decoding: good.bytes, as: UTF8.self)).nodes.count == 2)
    }

    @Test func messagesArriveInFragmentsAndAreJoinedPerLine() {
        var messages = GraphvizMessages()
        for fragment in ["Error", ": ", "syntax error in line 1 near ';'\n", "Warning", ": ", "no", " newline"] {
            messages.receive(fragment)
        }
        #expect(messages.lines == ["Error: syntax error in line 1 near ';'"])
        #expect(messages.drain() == ["Error: syntax error in line 1 near ';'", "Warning: no newline"])
        #expect(messages.drain().isEmpty)
    }

    @Test func warningsAreCapturedNotPrinted() throws {
        // An unknown shape makes Graphviz warn and fall back to a box.
        let rendered = try PyramidRenderer.render(dot: #"digraph { "a" [shape="nonsense"]; }"#, format: .svg)
        #expect(rendered.warnings.contains { $0.contains("nonsense") }, "\(rendered.warnings)")
        let clean = try PyramidRenderer.render(dot: #"digraph { "a"; }"#, format: .svg)
        #expect(clean.warnings.isEmpty)
    }

    @Test func concurrentRendersFromManyTasksAllSucceed() async throws {
        let analysis = try TestModels.analysis(TestModels.clinic)
        let expected = try PyramidRenderer.render(analysis, format: .svg)
        let results = try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for task in 0..<24 {
                group.addTask {
                    try PyramidRenderer.render(analysis, options: DiagramOptions(), format: task % 3 == 0 ? .png : .svg)
                }
            }
            var results: [[UInt8]] = []
            for try await result in group { results.append(result) }
            return results
        }
        #expect(results.count == 24)
        #expect(results.filter { $0 == expected }.count == 16)
        #expect(results.filter { $0.starts(with: [0x89, 0x50, 0x4E, 0x47]) }.count == 8)
    }
}
