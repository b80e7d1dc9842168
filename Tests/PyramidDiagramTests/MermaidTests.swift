import Foundation
import OrgGraph
import Testing
@testable import PyramidDiagram

/// The Mermaid flowchart: the pyramid's layers and findings, user text that
/// cannot break out of its label, Mermaid's size limits, and `--focus`.
/// (MermaidBrowserTests draws it with the real Mermaid library.)
@Suite struct MermaidTests {
    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// Text that breaks naive Mermaid escaping: syntax, entities, directives,
    /// comments, keywords, Markdown, HTML, Mermaid's own entity placeholders,
    /// plus the names used against DOT and SVG.
    static let hostileNames = EscapingTests.awkward + [
        #"The "Fix-it" rota"#,
        "a;b;c #35; #quot; #lt; &lt; &#60;",
        "[x] {y} (z) |p| ((o)) >flag] [/t\\]",
        "`code` **bold** _under_ ~~strike~~",
        #"%%{init: {"securityLevel": "loose"}}%%"#,
        "%% not a comment",
        "line one\nline two\r\nline three\ttab",
        "Lifestyle: #1; style t1 fill:#f00;",
        "classDef x fill:#f00; class t1 x",
        "end",
        "click t1 call alert(1)",
        "A --> B -.-> C ==> D ~~~ E",
        "ﬂ°°60¶ß ﬂ°lt¶ß Straße 90°",
        "<img src=x onerror=alert(3)>",
        "subgraph evil",
        "a<br>b <br/> c<BR >d \\n \\\\n",
    ]

    /// One customer and one team per hostile name, each link carrying one
    /// as `delivers` and as a standard's measure and unit.
    static func hostileAnalysis() -> Analysis {
        let here = SourceLocation(file: "hostile.yaml", line: 1, column: 1)
        let names = hostileNames
        let teams = names.enumerated().map { position, name in
            Team(
                id: "team-\(position)",
                name: name,
                declaredTier: position % 3 == 0 ? .frontLine : (position % 3 == 1 ? .support : .leadership),
                headcount: position,
                reportsTo: position > 0 ? [Located("team-\(position - 1)", at: here)] : [],
                serves: [ServiceLink(
                    to: position % 2 == 0 ? "customer" : "team-\(max(position - 1, 0))",
                    delivers: names[names.count - 1 - position],
                    status: position % 4 == 1 ? .broken : .ok,
                    standard: ServiceStandard(measure: name, target: 95, actual: 80, unit: names[position / 2]),
                    location: here)],
                location: here)
        }
        let organisation = Organisation(
            name: names[0], customers: [Customer(id: "customer", name: names.joined(separator: " "), location: here)],
            teams: teams, file: "hostile.yaml")
        return Analysis(organisation)
    }

    // MARK: Escaping

    @Test(arguments: hostileNames)
    func labelsKeepOnlySafeCharactersAndDecodeBackToTheText(name: String) {
        let escaped = MermaidEscaping.label(name)
        // Outside entities only ASCII letters, digits, spaces, . , - _ ' ( ) / ? ! + and
        // non-ASCII text remain.
        let withoutEntities = escaped.replacingOccurrences(of: #"#[0-9]+;"#, with: "", options: .regularExpression)
        let safe = Set(" .,-_'()/?!+")
        for scalar in withoutEntities.unicodeScalars {
            let character = Character(scalar)
            #expect(!scalar.isASCII || character.isLetter || character.isNumber || safe.contains(character),
                    "'\(scalar)' left unescaped in \(escaped)")
        }
        #expect(!escaped.contains("%%") && !escaped.contains("\"") && !escaped.contains("\n"))
        // Mermaid reads a backslash before n, and its placeholders ﬂ° and ¶ß, after decoding.
        let decoded = Self.decodeEntities(escaped)
        for pair in ["\\n", "ﬂ°", "¶ß"] { #expect(!decoded.contains(pair)) }
        // Mermaid turns #NNN; back into the character: the text survives, control characters as spaces.
        let expected = String(String.UnicodeScalarView(name.unicodeScalars.map { $0.value < 0x20 ? " " : $0 }))
        #expect(Self.withoutJoiners(decoded) == expected)
    }

    @Test func hostileTextNeverLeavesItsLabel() throws {
        let text = try MermaidFlowchart.text(Self.hostileAnalysis(), options: MermaidOptions(detail: true))
        let label = #""[^"\n]*""#
        let patterns = try [
            #"%% [A-Za-z ,:;.]+"#,
            "flowchart BT",
            #"  subgraph layer-(customers|front-line|support|leadership)\["[A-Za-z ]+"\]"#,
            "  end",
            #"  style layer-(customers|front-line|support|leadership) fill:#ffffff,stroke:#9aa5b1,color:#52606d"#,
            #"    [ct][0-9]+(\(\[\#(label)\]\)|\[\#(label)\]|\(\#(label)\)|\[\[\#(label)\]\])"#,
            #"  [ct][0-9]+ (<?-->|<?-\.->|<?==>|~~~)(\|\#(label)\|)? [ct][0-9]+"#,
            #"  classDef [a-z-]+ [a-z-]+:[#a-z0-9.]+(,[a-z-]+:[#a-z0-9. ]+)*"#,
            #"  class [ct][0-9]+(,[ct][0-9]+)* [a-z-]+"#,
            #"  linkStyle [0-9]+(,[0-9]+)* [a-z-]+:[#a-z0-9.]+(,[a-z-]+:[#a-z0-9.]+)*"#,
        ].map { try Regex<AnyRegexOutput>("^(" + $0 + ")$") }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count > Self.hostileNames.count * 2)
        for line in lines {
            #expect(patterns.contains { (try? $0.wholeMatch(in: line)) != nil }, "unexpected line: \(line)")
        }
        #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
        #expect(try GoldenFile.matches(text, named: "hostile.mmd", in: Self.goldenDirectory))
    }

    // MARK: The pyramid

    @Test func clinicReadsAsThePyramidWithFindingsAsClasses() throws {
        let analysis = try TestModels.analysis(TestModels.clinic)
        let text = try MermaidFlowchart.text(analysis)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[2] == "flowchart BT")
        let subgraphs = lines.filter { $0.hasPrefix("  subgraph ") }
        #expect(subgraphs == [
            #"  subgraph layer-customers["End customers"]"#, #"  subgraph layer-front-line["Front line"]"#,
            #"  subgraph layer-support["Support"]"#, #"  subgraph layer-leadership["Leadership"]"#,
        ])
        #expect(lines.contains(#"    c1(["Patients"])"#))
        #expect(lines.contains(#"    t1["Nursing team<br>14 people"]"#))
        #expect(lines.contains(#"    t9[["Medical director"]]"#))
        // Arrows run from supplier to customer; failing links are dotted.
        #expect(lines.contains("  t1 --> c1"))
        #expect(lines.contains(#"  t3 -.->|"9 min #62; 5 min"| t1"#))
        #expect(lines.contains(#"  t5 -.->|"broken"| t3"#))
        // IT serves its own leader, a layer below: upward-facing, thick, written from the
        // leader with the head at IT's end hidden, so it points down without lifting the leader.
        #expect(lines.contains("  t8 <==> t5"))
        #expect(lines.contains("  linkStyle 7 stroke:\(Palette.warning),stroke-width:3px,color:\(Palette.warning),marker-end:none"))
        #expect(lines.contains("  t8 -.-> t1"), "support link practice manager -> nurses")
        // Every code found is a class on exactly the nodes it is about.
        for team in analysis.teams {
            let id = "t\(try #require(analysis.teamIndex(of: team.id)) + 1)"
            for code in team.findingCodes {
                let line = try #require(lines.first { $0.hasPrefix("  class ") && $0.hasSuffix(" finding-" + code.rawValue) })
                #expect(line.dropFirst("  class ".count).split(separator: " ")[0].split(separator: ",").contains(Substring(id)))
            }
        }
        #expect(lines.contains { $0.hasPrefix("  classDef finding-chain-broken ") })
        // linkStyle indices point at the links they style.
        let edges = lines.filter { $0.range(of: #"^  [ct][0-9]+ (<?-->|<?-\.->|<?==>|~~~)"#, options: .regularExpression) != nil }
        let failing = try #require(lines.first { $0.hasPrefix("  linkStyle ") && $0.contains("stroke:\(Palette.error)") })
        for index in failing.split(separator: " ")[1].split(separator: ",").compactMap({ Int($0) }) {
            #expect(edges[index].contains("-.->|"), "\(edges[index])")
        }
        let support = try #require(lines.first { $0.hasPrefix("  linkStyle ") && $0.contains("stroke:\(Palette.supportLink)") })
        #expect(support.split(separator: " ")[1].split(separator: ",").count == analysis.organisation.teams.reduce(0) { $0 + $1.reportsTo.count })
        // Deterministic, and as recorded.
        #expect(try MermaidFlowchart.text(analysis) == text)
        #expect(try GoldenFile.matches(text, named: "clinic.mmd", in: Self.goldenDirectory))
    }

    @Test func supportTeamsAndLeadersAreTiedBelowTheLayerAbove() throws {
        let text = try MermaidFlowchart.text(try TestModels.analysis(TestModels.clinic))
        let ties = text.split(separator: "\n").filter { $0.contains(" ~~~ ") }
        // Support teams (reception t3, lab t4, IT t5, billing t6, archive t7) under the
        // lowest front-line team (the first, t1); leaders (t8, t9) under the
        // lowest support team (IT, t5, three links from the customer).
        #expect(ties == ["  t3 ~~~ t1", "  t4 ~~~ t1", "  t5 ~~~ t1", "  t6 ~~~ t1", "  t7 ~~~ t1", "  t8 ~~~ t5", "  t9 ~~~ t5"])
    }

    @Test func focusDrawsOnlyTheNeighbourhood() throws {
        let analysis = try TestModels.analysis(TestModels.clinic)
        let text = try MermaidFlowchart.text(analysis, options: MermaidOptions(focus: "reception", depth: 1))
        let labels = Set(text.matches(of: #/"([^"<]+)(<br>[^"]*)?"/#).map { String($0.output.1) })
        #expect(labels.isSuperset(of: ["reception", "Nursing team", "Doctors", "Patients", "Referring GPs", "IT", "Practice manager"]))
        #expect(!labels.contains("Billing") && !labels.contains("Archive") && !labels.contains("Lab"))
        #expect(throws: MermaidError.unknownFocusTeam("nobody")) {
            try MermaidFlowchart.text(analysis, options: MermaidOptions(focus: "nobody"))
        }
    }

    // MARK: Mermaid's limits

    @Test func refusesMoreLinksThanMermaidDraws() throws {
        #expect(try MermaidFlowchart.text(Self.wide(teams: 500)).contains("t500 --> c1"))
        let error = try #require(throws: MermaidError.self) { try MermaidFlowchart.text(Self.wide(teams: 501)) }
        guard case .tooLarge(let edges, _) = error else { Issue.record("\(error)"); return }
        #expect(edges == 501)
        #expect(error.description.contains("501 links (Mermaid draws at most 500)"))
        #expect(error.description.contains("--focus TEAM"))
        // The same organisation drawn around one team fits.
        #expect(try MermaidFlowchart.text(Self.wide(teams: 501), options: MermaidOptions(focus: "t7", depth: 0)).contains("t7 --> c1"))
    }

    @Test func refusesMoreTextThanMermaidReadsCountedAsJavaScriptDoes() throws {
        // 26,000 characters in Swift, 52,000 UTF-16 code units in JavaScript.
        let emoji = String(repeating: "😀", count: 13_000)
        let error = try #require(throws: MermaidError.self) {
            try MermaidFlowchart.text(Self.wide(teams: 2, name: emoji))
        }
        guard case .tooLarge(let edges, let characters) = error else { Issue.record("\(error)"); return }
        #expect(edges == 2 && characters > 52_000)
        #expect(error.description.contains("characters (Mermaid reads at most 50000)"))
        #expect(!error.description.contains("links"))
    }

    /// One customer served directly by `teams` front-line teams.
    static func wide(teams count: Int, name: String? = nil) -> Analysis {
        let here = SourceLocation(file: "wide.yaml", line: 1, column: 1)
        let teams = (1...count).map { Team(id: "t\($0)", name: name, serves: [ServiceLink(to: "c", location: here)], location: here) }
        return Analysis(Organisation(name: "Wide", customers: [Customer(id: "c", location: here)], teams: teams, file: "wide.yaml"))
    }

    /// The text without the word joiners the escaping puts into some pairs.
    static func withoutJoiners(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != MermaidEscaping.joiner }))
    }

    /// Mermaid's entity decoding: `#NNN;` -> the character.
    static func decodeEntities(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let match = rest.firstMatch(of: #/#([0-9]+);/#) {
            result += rest[..<match.range.lowerBound]
            if let value = UInt32(match.output.1), let scalar = Unicode.Scalar(value) { result.unicodeScalars.append(scalar) }
            rest = rest[match.range.upperBound...]
        }
        return result + rest
    }
}

/// Expected outputs in Golden/, compared exactly; `RECORD_GOLDEN=1` rewrites
/// them and fails the recording run.
enum GoldenFile {
    static func matches(_ actual: String, named name: String, in directory: URL) throws -> Bool {
        let file = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try Data(actual.utf8).write(to: file)
            Issue.record("Recorded \(file.path); review the diff and run the tests again without RECORD_GOLDEN.")
            return true
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        if actual != expected {
            Issue.record("\(name) differs from Golden/\(name) (RECORD_GOLDEN=1 re-records):\n\(UnifiedDiff.make(expected: expected, actual: actual))")
        }
        return actual == expected
    }
}
