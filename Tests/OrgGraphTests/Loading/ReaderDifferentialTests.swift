import Foundation
import Testing
@testable import OrgGraph

/// The streaming reader (libyaml's events) against the reference reader
/// (Yams' node tree): the same organisation and the same diagnostics on every
/// fixture, every example and seeded random models, broken ones included.
@Suite struct ReaderDifferentialTests {
    /// What loading gave: the model, or every diagnostic (sorted by their
    /// printed form, so equal sets compare equal whatever their order).
    enum Outcome: Equatable, CustomStringConvertible {
        case loaded(LoadedModel)
        case invalid([String])

        var description: String {
            switch self {
            case .loaded(let model): "loaded \(model.organisation.teams.count) teams, warnings: \(model.warnings.map(\.description))"
            case .invalid(let lines): lines.joined(separator: "\n")
            }
        }
    }

    static func outcome(_ bytes: [UInt8], file: String, reader: some ModelReading) -> Outcome {
        do {
            return .loaded(try ModelLoader.load(bytes: bytes, file: file, reader: reader))
        } catch {
            return .invalid(error.diagnostics.map(\.description).sorted())
        }
    }

    static func expectSame(_ bytes: [UInt8], file: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let reference = outcome(bytes, file: file, reader: ComposedModelReader())
        let streaming = outcome(bytes, file: file, reader: StreamingModelReader())
        #expect(streaming == reference, "\(file):\n\(String(decoding: bytes, as: UTF8.self))", sourceLocation: sourceLocation)
    }

    static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("org-models")

    /// Every fixture (invalid and analysis) and every example model.
    static let files: [String] = {
        var paths: [String] = []
        for folder in ["invalid", "analysis"] {
            guard let directory = try? LoadingFixtures.directory.appendingPathComponent(folder),
                  let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { continue }
            paths += names.filter { !$0.hasSuffix(".expect") }.map { directory.appendingPathComponent($0).path }
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? []
        paths += names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.map { examples.appendingPathComponent($0).path }
        // `unreadable-file.yaml` is a folder: ModelLoader refuses it before any reader runs.
        return paths.filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }.sorted()
    }()

    @Test func thereAreFixturesAndExamples() {
        #expect(Self.files.count >= 30)
        #expect(Self.files.contains { $0.hasSuffix("org-models/hospital.yaml") })
    }

    @Test(arguments: files)
    func sameOnEveryFixtureAndExample(_ path: String) throws {
        let data = try #require(FileManager.default.contents(atPath: path))
        Self.expectSame([UInt8](data), file: path)
    }

    @Test(arguments: 0 ..< 300 as Range<UInt64>)
    func sameOnRandomModels(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let json = seed % 4 == 3
        let text = json ? RandomModelText.json(using: &rng) : RandomModelText.yaml(using: &rng)
        Self.expectSame(Array(text.utf8), file: json ? "random.json" : "random.yaml")
    }

    @Test(arguments: 0 ..< 1_500 as Range<UInt64>)
    func sameOnBrokenRandomModels(seed: UInt64) {
        var rng = SplitMix64(seed: seed &+ 1_000_003)
        let json = seed % 4 == 3
        let text = json ? RandomModelText.json(using: &rng) : RandomModelText.yaml(using: &rng)
        let broken = RandomModelText.mutate(text, using: &rng)
        Self.expectSame(Array(broken.utf8), file: json ? "broken.json" : "broken.yaml")
    }

    /// Numbers: the streaming reader reads plain decimals itself and every
    /// other spelling through Yams; the result must not differ.
    @Test(arguments: ["0", "7", "95", "012", "0x1F", "0o17", "0b101", "1_000", "-3", "+5", "1:30", "999999999999999999",
                      "9999999999999999999", "2.5", "1e3", ".inf", "-.inf", ".nan", "'7'", "\"7\"", "~", "07", "00", "٣"])
    func sameOnNumberSpellings(number: String) {
        let text = """
        organisation: X
        customers: [{id: c}]
        teams:
          - id: t
            headcount: \(number)
            serves: [{to: c, standard: {measure: m, target: \(number), actual: \(number)}}]
        """
        Self.expectSame(Array(text.utf8), file: "numbers.yaml")
    }

    /// Repeated keys: renamed and reported the same way, up to the limit
    /// and past it (where the whole file is given up on).
    @Test(arguments: [1, 5, 19, 20, 21, 30])
    func sameOnManyRepeatedKeys(repeats: Int) {
        var text = "organisation: X\ncustomers: [c]\nteams:\n"
        for index in 0 ..< repeats { text += "  - {id: t\(index), id: u\(index), name: a, name: b}\n" }
        Self.expectSame(Array(text.utf8), file: "repeats.yaml")
    }
}

/// Seeded random model texts in the shapes users write (block and flow
/// style, anchors, aliases and merge keys, quoting), and mutations of them.
enum RandomModelText {
    static let words = ["ops", "desk", "field", "lab", "billing", "it", "hr", "clinic", "store", "hub"]
    static let tiers = ["front-line", "support", "leadership", "front", "leader"]
    static let statuses = ["ok", "broken", "breached", "late"]

    static func yaml(using rng: inout SplitMix64) -> String {
        let customers = (0 ..< Int.random(in: 1 ... 3, using: &rng)).map { "c\($0)" }
        let teams = (0 ..< Int.random(in: 0 ... 12, using: &rng)).map { "t\($0)-\(words[$0 % words.count])" }
        var lines = ["# generated", "organisation: \"Random \(Int.random(in: 0 ... 99, using: &rng))\""]
        if Bool.random(using: &rng) { lines += ["charter:", "  - serve well", "  - 'quoted: text'"] }
        let anchored = Bool.random(using: &rng)
        if anchored { lines += ["x-defaults: &defaults", "  tier: support", "  department: Ops"] }
        lines.append("customers:")
        for customer in customers {
            lines.append(Bool.random(using: &rng) ? "  - id: \(customer)\n    name: Customer \(customer)" : "  - {id: \(customer)}")
        }
        lines.append("teams:" + (teams.isEmpty ? " []" : ""))
        let targets = customers + teams
        for (index, team) in teams.enumerated() {
            lines.append("  - id: \(team)")
            if anchored, Int.random(in: 0 ..< 3, using: &rng) == 0 { lines.append("    <<: *defaults") }
            if Bool.random(using: &rng) { lines.append("    tier: \(tiers.randomElement(using: &rng) ?? "support")") }
            if Int.random(in: 0 ..< 4, using: &rng) == 0 { lines.append("    headcount: \(["12", "0x10", "-3", "1_000", "many", "~", "2.5"].randomElement(using: &rng) ?? "1")") }
            if index + 1 < teams.count, Bool.random(using: &rng) {
                let leader = teams[Int.random(in: (index + 1) ..< teams.count, using: &rng)]
                lines.append(Bool.random(using: &rng) ? "    reports-to: \(leader)" : "    reports-to: [\(leader)]")
            }
            let count = Int.random(in: 0 ... 3, using: &rng)
            if count > 0 { lines.append("    serves:") }
            for _ in 0 ..< count {
                let to = targets.randomElement(using: &rng) ?? "c0"
                switch Int.random(in: 0 ..< 4, using: &rng) {
                case 0: lines.append("      - \(to)")
                case 1: lines.append("      - {to: \(to), status: \(statuses.randomElement(using: &rng) ?? "ok")}")
                case 2: lines.append("      - to: \(to)\n        delivers: \"things\"\n        standard: {measure: speed, target: 5, actual: \(Int.random(in: 1 ... 9, using: &rng)), better: lower}")
                default: lines.append("      - to: '\(to)'")
                }
            }
        }
        if Int.random(in: 0 ..< 5, using: &rng) == 0 { lines += ["ignore:", "  - code: isolated-team"] }
        return lines.joined(separator: "\n") + "\n"
    }

    static func json(using rng: inout SplitMix64) -> String {
        let customers = (0 ..< Int.random(in: 1 ... 3, using: &rng)).map { "{\"id\": \"c\($0)\"}" }
        let teamCount = Int.random(in: 0 ... 8, using: &rng)
        let teams = (0 ..< teamCount).map { index -> String in
            var fields = ["\"id\": \"t\(index)\""]
            if Bool.random(using: &rng) { fields.append("\"tier\": \"\(tiers.randomElement(using: &rng) ?? "support")\"") }
            if Bool.random(using: &rng) { fields.append("\"headcount\": \(Int.random(in: -2 ... 40, using: &rng))") }
            if index + 1 < teamCount, Bool.random(using: &rng) { fields.append("\"reports-to\": [\"t\(index + 1)\"]") }
            fields.append("\"serves\": [\"c0\", {\"to\": \"t0\", \"status\": \"broken\"}]")
            return "{" + fields.joined(separator: ", ") + "}"
        }
        return "{\"organisation\": \"R\",\n \"customers\": [\(customers.joined(separator: ", "))],\n \"teams\": [\n  \(teams.joined(separator: ",\n  "))\n]}\n"
    }

    /// Fragments that break YAML and JSON in interesting ways.
    static let fragments = [":", "-", "- ", "{", "}", "[", "]", ",", "\"", "'", "\t", "&a ", "*a", "<<: ", "# x", "//", "/*", "!!str ",
                            "\n", "\n  ", "id: x", "---\n", "...", "@", "%", "`", "\\u00", "?", "|", ">", "null", "0x", "~", "é"]

    static func mutate(_ text: String, using rng: inout SplitMix64) -> String {
        var scalars = Array(text.unicodeScalars)
        for _ in 0 ..< Int.random(in: 1 ... 3, using: &rng) {
            let at = scalars.isEmpty ? 0 : Int.random(in: 0 ..< scalars.count, using: &rng)
            switch Int.random(in: 0 ..< 4, using: &rng) {
            case 0:
                let end = min(scalars.count, at + Int.random(in: 1 ... 6, using: &rng))
                scalars.removeSubrange(at ..< end)
            case 1:
                // Repeat a line (repeated keys, repeated entries).
                let lines = String(String.UnicodeScalarView(scalars)).split(separator: "\n", omittingEmptySubsequences: false)
                guard !lines.isEmpty else { continue }
                let index = Int.random(in: 0 ..< lines.count, using: &rng)
                var copy = lines
                copy.insert(lines[index], at: index)
                scalars = Array(copy.joined(separator: "\n").unicodeScalars)
            default:
                let fragment = fragments.randomElement(using: &rng) ?? ":"
                scalars.insert(contentsOf: fragment.unicodeScalars, at: at)
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }
}
