import Testing
@testable import OrgGraph

/// What only the streaming reader does: bound nesting and aliases, and keep
/// anchors, aliases and merge keys working.
@Suite struct StreamingReaderTests {
    static func diagnostics(_ text: String, file: String = "model.yaml") -> [Diagnostic] {
        do {
            _ = try ModelLoader.load(bytes: Array(text.utf8), file: file, reader: StreamingModelReader())
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// Ten aliases of ten aliases ... nine levels deep: 10^9 values if
    /// expanded. Refused at the first alias that goes over the allowance,
    /// with the tree holding only the values written in the file.
    @Test func billionLaughsIsRefusedEarly() throws {
        var text = "organisation: X\ncustomers: [c]\nlol0: &l0 [lol]\n"
        for level in 1 ... 9 {
            text += "lol\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        text += "teams: *l9\n"
        let found = Self.diagnostics(text)
        let problem = try #require(found.first)
        #expect(found.count == 1)
        #expect(problem.code == .yamlSyntax)
        #expect(problem.message.contains("aliases"))
        // The allowance is crossed on line 9 (level 6: 2 * 10^6 values), long before level 9.
        #expect(problem.location.line == 9)
        if case .failure(.tooManyAliases) = EventComposer.compose(text, json: false) {} else {
            Issue.record("the composer did not stop at the alias allowance")
        }
    }

    /// The same shape within the allowance (10^4 values) still loads.
    @Test func modestAliasingStillWorks() throws {
        var text = "organisation: X\ncustomers: [{id: c}]\ncharter: &l0 [a, b]\n"
        text += "teams:\n  - id: t\n    serves: [c]\n    champions: *l0\n"
        let model = try ModelLoader.load(bytes: Array(text.utf8), file: "m.yaml", reader: StreamingModelReader())
        #expect(model.organisation.teams.first?.champions == ["a", "b"])
        #expect(model.organisation.charter == ["a", "b"])
    }

    @Test func mergeKeysAndAnchorsWork() throws {
        let text = """
        organisation: X
        customers: [{id: c}]
        teams:
          - &base {id: a, tier: support, department: Ops, serves: [c]}
          - <<: *base
            id: b
          - <<: [*base]
            id: c2
            department: Other
        """
        let model = try ModelLoader.load(bytes: Array(text.utf8), file: "m.yaml", reader: StreamingModelReader())
        let teams = model.organisation.teams
        #expect(teams.map(\.id) == ["a", "b", "c2"])
        #expect(teams.map(\.department) == ["Ops", "Ops", "Other"])
        #expect(teams.allSatisfy { $0.declaredTier == .support })
    }

    /// Debian's libyaml has no nesting limit: the reader stops at its own,
    /// located at the list that goes one level too deep, without recursion.
    @Test(arguments: ["model.yaml", "model.json"])
    func deepNestingIsRefusedAtTheLimit(file: String) throws {
        let depth = EventComposer.maxDepth + 50
        let text = "{\"organisation\": " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}"
        let found = Self.diagnostics(text, file: file)
        let problem = try #require(found.first)
        #expect(found.count == 1)
        #expect(problem.code == .jsonSyntax) // the text starts with '{'
        #expect(problem.message.contains("nested more than \(EventComposer.maxDepth) deep"))
        #expect(problem.location.line == 1)
        // The root mapping is level 1, so the list at column 17 + maxDepth is one too many.
        #expect(problem.location.column == 17 + EventComposer.maxDepth)
    }

    /// Far deeper still: whichever limit answers first (libyaml's scanner
    /// looks ahead through the brackets, and the copy bundled with Yams,
    /// which this process links, stops at 1,000), the answer is one located
    /// syntax error, not a crash.
    @Test func veryDeepNestingIsOneSyntaxError() throws {
        let depth = 100_000
        let text = "organisation: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
        let found = Self.diagnostics(text)
        let problem = try #require(found.first)
        #expect(found.count == 1)
        #expect(problem.code == .yamlSyntax)
        #expect(problem.message.contains("nest"))
    }

    /// Plain JSON skips Foundation's parser; JSON with YAML-only syntax
    /// still gets Foundation's exact message and position.
    @Test func jsonOnlyFallsBackToFoundationWhenTheTextIsNotJSON() throws {
        let plain = #"{"organisation": "X", "customers": [{"id": "c"}], "teams": [{"id": "t", "serves": ["c"], "headcount": 3}]}"#
        if case .success(let composed) = EventComposer.compose(plain, json: true) {
            #expect(!composed.mayNotBeJSON)
        } else {
            Issue.record("plain JSON did not compose")
        }
        let yamlish = #"{"organisation": 'X', "customers": [{"id": "c"}], "teams": []}"#
        let found = Self.diagnostics(yamlish, file: "model.json")
        #expect(found.map(\.code) == [.jsonSyntax])
        #expect(found.first?.message.hasPrefix("invalid JSON") == true)
    }

    /// The JSON scan counts columns in Unicode scalars and blanks a comment
    /// with one space per scalar, so later columns stay right after
    /// non-ASCII text (with either reader).
    @Test(arguments: [true, false])
    func jsonColumnsAfterNonASCIIComments(streaming: Bool) throws {
        let text = #"{"organisation": "Zoë", /* é */ "customers": [{"id": "c"}], "teams": [{"id": "t", "serves": ["c"], "tier": "x"}]}"#
        let found: [Diagnostic]
        do {
            _ = streaming ? try ModelLoader.load(bytes: Array(text.utf8), file: "m.json", reader: StreamingModelReader())
                : try ModelLoader.load(bytes: Array(text.utf8), file: "m.json", reader: ComposedModelReader())
            found = []
        } catch {
            found = error.diagnostics
        }
        #expect(found.map { "\($0.location.line):\($0.location.column) \($0.code)" } == ["1:25 json-syntax", "1:108 invalid-value"])
    }
}
