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

    /// cgraph's maximum error level is sticky: without `agreseterrors()`
    /// before each render, a syntax error would fail every later render.
    @Test func aBadGraphDoesNotFailTheNextOne() throws {
        for _ in 0..<2 {
            #expect(throws: RenderError.self) { try PyramidRenderer.render(dot: "digraph { a -> ; }", format: .svg) }
            let good = try PyramidRenderer.render(dot: #"digraph { "a" -> "b"; }"#, format: .png)
            #expect(good.warnings.isEmpty, "stale messages: \(good.warnings)")
            #expect(good.bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        }
    }

    /// Graphviz's messages are returned, never printed: standard error (file
    /// descriptor 2) receives nothing while a graph with a warning and a
    /// graph with an error are rendered.
    @Test func messagesAreReturnedNotPrinted() throws {
        let (results, printed) = try capturingStandardError {
            let warned = try PyramidRenderer.render(dot: #"digraph { "a" [shape="unheard-of-shape"]; }"#, format: .svg)
            let failed = Result { () throws(RenderError) in try PyramidRenderer.render(dot: "digraph { a -> ; }", format: .svg) }
            return (warned, failed)
        }
        #expect(results.0.warnings.contains { $0.contains("unheard-of-shape") }, "\(results.0.warnings)")
        guard case .failure(.graphvizFailed(.parse, let messages)) = results.1 else {
            Issue.record("expected a parse failure, got \(results.1)")
            return
        }
        #expect(messages.contains { $0.contains("syntax error") }, "\(messages)")
        #expect(!printed.contains("unheard-of-shape"), "printed: \(printed)")
        #expect(!printed.contains("syntax error"), "printed: \(printed)")
    }

    /// A node too large for a bitmap: cairo's plugin would shrink it and print
    /// its warning with `fprintf(stderr)`, bypassing the error function. The
    /// PNG is refused before cairo draws it, with the size and what to do;
    /// nothing raw reaches standard error, and SVG of the same graph works.
    @Test func aPNGTooLargeForCairoIsRefusedAndNothingIsPrinted() throws {
        let dot = #"digraph { "a" [shape=box, fixedsize=true, width=3000, height=1]; }"#
        let (outcome, printed) = try capturingStandardError {
            Result { () throws(RenderError) in try PyramidRenderer.render(dot: dot, format: .png) }
        }
        guard case .failure(.graphvizFailed(.render, let messages)) = outcome else {
            Issue.record("expected the PNG to be refused, got \(outcome)")
            return
        }
        #expect(messages.contains { $0.contains("288048 x 144 pixels, more than the 32767 a PNG can have here") }, "\(messages)")
        #expect(!printed.contains("too large"), "printed: \(printed)")
        #expect(try PyramidRenderer.render(dot: dot, format: .svg).bytes.starts(with: Array("<?xml".utf8)))
    }

    @Test(arguments: [(32_000.0, 100.0, true), (24_500.0, 100.0, false), (100.0, 24_600.0, true), (24_000.0, 24_000.0, false)])
    func bitmapSizeIsPredictedFromTheLayout(width: Double, height: Double, refused: Bool) {
        #expect((GraphvizSession.bitmapProblem(points: (width, height)) != nil) == refused)
    }

    /// Graphviz reporting an error (`Error: ...`) fails the render, even when
    /// its return value says success: it is an error, not a warning.
    @Test func anErrorMessageFailsTheRender() throws {
        // Two nodes side by side, one 2,000 inches wide: more than dot's 65,535 points.
        let dot = #"digraph { "a" [shape=box, fixedsize=true, width=2000]; { rank=same; "a"; "b" } "a" -> "b"; }"#
        let (outcome, printed) = try capturingStandardError {
            Result { () throws(RenderError) in try PyramidRenderer.render(dot: dot, format: .svg) }
        }
        guard case .failure(let error) = outcome, case .graphvizFailed(.layout, let messages) = error else {
            Issue.record("expected a layout failure, got \(outcome)")
            return
        }
        #expect(messages.contains { $0.hasPrefix("Error: Edge length") && $0.contains("larger than maximum") }, "\(messages)")
        #expect(error.description.hasPrefix("Graphviz could not lay out the diagram: Edge length "), "\(error)")
        #expect(printed.isEmpty || !printed.contains("Edge length"), "printed: \(printed)")
        // And the next render is not failed by that error.
        #expect(try PyramidRenderer.render(dot: #"digraph { "a" -> "b"; }"#, format: .svg).warnings.isEmpty)
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
