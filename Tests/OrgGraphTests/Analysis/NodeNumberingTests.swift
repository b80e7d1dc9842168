import Foundation
import Testing
@testable import OrgGraph

/// The loader hands the analysis node numbers (`Organisation.numbering`), so
/// `AnalysisGraph` hashes no id. Analysing with them must give exactly what
/// the fallback (`NodeIndex`) gives, and any change to the teams or
/// customers must drop them.
@Suite struct NodeNumberingTests {
    /// Everything an analysis answers, as text: findings and suppressed
    /// findings with their messages, the stats, and the JSON check report
    /// (every team's results).
    static func summary(_ analysis: Analysis) -> [String] {
        analysis.findings.map(\.description) + analysis.suppressed.map(\.description)
            + [analysis.stats().text(), analysis.stats().json(), CheckReport([.analysed(analysis, warnings: [])]).rendered(as: .json)]
    }

    /// Analyses `organisation` with its numbering and without it, expects the
    /// same results, and that every id is found through the (lazy) index.
    static func expectSameAnalysis(_ organisation: Organisation, _ comment: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        var plain = organisation
        plain.numbering = nil
        let numbered = Analysis(organisation)
        let fallback = Analysis(plain)
        #expect(numbered.teams == fallback.teams, "\(comment)", sourceLocation: sourceLocation)
        #expect(numbered.suppressed == fallback.suppressed, "\(comment)", sourceLocation: sourceLocation)
        #expect(numbered.findings == fallback.findings, "\(comment)", sourceLocation: sourceLocation)
        #expect(summary(numbered) == summary(fallback), "\(comment)", sourceLocation: sourceLocation)
        let ids = organisation.customers.map(\.id) + organisation.teams.map(\.id) + ["missing"]
        #expect(ids.map { numbered.graph.index[$0] } == ids.map { fallback.graph.index[$0] }, "\(comment)", sourceLocation: sourceLocation)
        #expect(organisation.teams.map { numbered.teamIndex(of: $0.id) } == organisation.teams.map { fallback.teamIndex(of: $0.id) }, "\(comment)", sourceLocation: sourceLocation)
    }

    /// Reads `bytes` and validates the result as the loader does, keeping
    /// the organisation even when validation found errors.
    static func readAndNumber(_ bytes: [UInt8], file: String) -> (organisation: Organisation, diagnostics: [Diagnostic])? {
        guard case .success(let source) = SourceText.decode(bytes, file: file),
              var organisation = StreamingModelReader().read(source).organisation else { return nil }
        let (diagnostics, numbering) = ModelValidator.validateAndNumber(organisation)
        organisation.numbering = numbering
        return (organisation, diagnostics)
    }

    /// A model the analysis accepts: no reporting cycle (the analysis
    /// expects the validator's guarantee that `reports-to` is acyclic).
    static func analysable(_ diagnostics: [Diagnostic]) -> Bool {
        !diagnostics.contains { $0.code == DiagnosticCode.reportingCycle }
    }

    @Test(arguments: ReaderDifferentialTests.files)
    func sameAnalysisOnEveryFixtureAndExample(_ path: String) throws {
        let data = try #require(FileManager.default.contents(atPath: path))
        if let model = try? ModelLoader.load(contentsOf: path) {
            // Every model the loader accepts has unique ids: it is numbered.
            #expect(model.organisation.numbering != nil)
            Self.expectSameAnalysis(model.organisation, path)
        }
        // Invalid fixtures too (unknown targets, reports-to a customer, ...),
        // numbered by the validator as the loader would number them.
        guard let read = Self.readAndNumber([UInt8](data), file: path), Self.analysable(read.diagnostics) else { return }
        let duplicates = read.diagnostics.contains { $0.code == DiagnosticCode.duplicateID }
        #expect((read.organisation.numbering == nil) == duplicates, "\(path)")
        Self.expectSameAnalysis(read.organisation, path)
    }

    @Test(arguments: 0 ..< 200 as Range<UInt64>)
    func sameAnalysisOnBrokenRandomModels(seed: UInt64) {
        var rng = SplitMix64(seed: seed &+ 77)
        let text = RandomModelText.mutate(RandomModelText.yaml(using: &rng), using: &rng)
        guard let read = Self.readAndNumber(Array(text.utf8), file: "random.yaml"), Self.analysable(read.diagnostics) else { return }
        Self.expectSameAnalysis(read.organisation, text)
    }

    /// Organisations built in code with the references a file can hold:
    /// unknown targets, `reports-to` naming a customer, ids in another
    /// Unicode normal form than their definition, duplicate ids.
    @Test(arguments: 0 ..< 300 as Range<UInt64>)
    func sameAnalysisOnRandomReferences(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        // "é" composed and decomposed, and the Kelvin sign, canonically "K".
        let spellings: [(defined: String, referenced: String)] = [("caf\u{E9}", "cafe\u{301}"), ("cafe\u{301}", "caf\u{E9}"), ("K", "\u{212A}"), ("x", "x")]
        let customerCount = Int.random(in: 1 ... 3, using: &rng)
        let teamCount = Int.random(in: 1 ... 14, using: &rng)
        var defined: [String] = []
        var referenced: [String] = []
        for n in 0 ..< customerCount + teamCount {
            let spelling = spellings[Int.random(in: 0 ..< spellings.count, using: &rng)]
            let prefix = n < customerCount ? "c\(n)-" : "t\(n)-"
            defined.append(prefix + spelling.defined)
            referenced.append(prefix + spelling.referenced)
        }
        let duplicates = seed % 5 == 0
        if duplicates, defined.count > 1 {
            // A team reusing an earlier id (a customer's or a team's).
            let copy = Int.random(in: customerCount ..< defined.count, using: &rng)
            let original = Int.random(in: 0 ..< defined.count, using: &rng)
            if copy != original { (defined[copy], referenced[copy]) = (defined[original], referenced[original]) }
        }
        func target(below limit: Int) -> String {
            if Int.random(in: 0 ..< 10, using: &rng) == 0 { return "unknown-\(Int.random(in: 0 ..< 3, using: &rng))" }
            return referenced[Int.random(in: 0 ..< limit, using: &rng)]
        }
        let teams = (0 ..< teamCount).map { t -> Model.TeamSpec in
            let node = customerCount + t
            let serves = (0 ..< Int.random(in: 0 ... 3, using: &rng)).map { _ -> Model.Link in
                let to = target(below: defined.count)
                switch Int.random(in: 0 ..< 4, using: &rng) {
                case 0: return Model.broken(to)
                case 1: return Model.breached(to)
                default: return Model.ok(to)
                }
            }
            // Leaders later in the list (or a customer), so reporting stays acyclic.
            let leaders = node + 1 < defined.count
                ? (0 ..< Int.random(in: 0 ... 2, using: &rng)).map { _ in
                    Int.random(in: 0 ..< 8, using: &rng) == 0 ? target(below: customerCount) : referenced[Int.random(in: (node + 1) ..< defined.count, using: &rng)]
                }
                : []
            let tier: Tier? = [nil, .frontLine, .support, .leadership].randomElement(using: &rng) ?? nil
            return Model.team(defined[node], tier, serves: serves, reportsTo: leaders)
        }
        var organisation = Model.organisation(customers: Array(defined[0 ..< customerCount]), teams: teams)
        let (diagnostics, numbering) = ModelValidator.validateAndNumber(organisation)
        let hasDuplicates = diagnostics.contains { $0.code == DiagnosticCode.duplicateID }
        #expect((numbering == nil) == hasDuplicates)
        // A reused id can close a reporting cycle, which the loader rejects.
        guard Self.analysable(diagnostics) else { return }
        organisation.numbering = numbering
        Self.expectSameAnalysis(organisation, "seed \(seed)")
    }

    @Test func theNumberingResolvesCanonicallyEquivalentIds() throws {
        var organisation = Model.organisation(
            customers: ["caf\u{E9}"],
            teams: [Model.team("\u{212A}", serves: ["cafe\u{301}", "nowhere"]), Model.team("t", serves: ["K"], reportsTo: ["\u{212A}", "caf\u{E9}"])]
        )
        organisation.numbering = ModelValidator.validateAndNumber(organisation).numbering
        let numbering = try #require(organisation.numbering)
        #expect(numbering.servesTarget == [0, -1, 1])
        #expect(numbering.reportsToTarget == [1, 0])
        Self.expectSameAnalysis(organisation, "NFC")
    }

    @Test func aMutationDropsTheNumberingAndEqualityIgnoresIt() throws {
        let path = ReaderDifferentialTests.examples.appendingPathComponent("hospital.yaml").path
        let loaded = try ModelLoader.load(contentsOf: path).organisation
        #expect(loaded.numbering != nil)

        var renamed = loaded
        renamed.name = "Other"
        renamed.file = "other.yaml"
        renamed.charter.append("promise")
        #expect(renamed.numbering != nil, "fields that name no node keep it")

        var noOp = loaded
        noOp.teams[0].name = noOp.teams[0].name
        #expect(noOp.numbering == nil)
        #expect(noOp == loaded, "the numbering is not part of the value")
        #expect(noOp.hashValue == loaded.hashValue)

        var customers = loaded
        customers.customers.append(Customer(id: "new", location: SourceLocation(file: path, line: 1, column: 1)))
        #expect(customers.numbering == nil)

        var rebuilt = loaded
        rebuilt.teams = Array(loaded.teams)
        #expect(rebuilt.numbering == nil)

        // An edit the fallback must see: a team's link retargeted.
        var edited = loaded
        let team = try #require(edited.teams.firstIndex { !$0.serves.isEmpty })
        edited.teams[team].serves[0].to = edited.customers[0].id
        #expect(edited.numbering == nil)
        let analysis = Analysis(edited)
        #expect(analysis.teams[team].serves[0].to == edited.customers[0].id)
    }

    @Test func theLazyIndexFindsFocusTeams() throws {
        let path = ReaderDifferentialTests.examples.appendingPathComponent("hospital.yaml").path
        let organisation = try ModelLoader.load(contentsOf: path).organisation
        #expect(organisation.numbering != nil)
        let analysis = Analysis(organisation)
        for (t, team) in organisation.teams.enumerated() {
            #expect(analysis.teamIndex(of: team.id) == t)
            #expect(analysis.graph.index[team.id] == Int32(organisation.customers.count + t))
        }
        #expect(analysis.graph.index["no such team"] == nil)
    }
}
