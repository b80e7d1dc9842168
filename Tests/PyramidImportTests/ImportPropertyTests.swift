import Foundation
import OrgGraph
import PyramidImport
import Testing

/// Seeded random people exports, with every kind of mess mixed in: whatever
/// the rows, the import writes a model the loader accepts, and every row is
/// either a person (or vacancy) or a skipped row with a warning.
@Suite struct ImportPropertyTests {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let names = ["Ann", " Bob ", "Cy, Jr.", "Di \"Doc\" Wu", "yes", "null", "#1", "Zoë", "営業", "", "Vacant", "a: b", "Line\nbreak", "Ann"]
    static let teams = ["Sales", "sales ", "Sales EMEA", "", "IT", "Customers", "Café Ops", "- dash", "R&D", "42"]

    static func field(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    @Test(arguments: 0..<200)
    func everyRandomExportGivesAValidModelAndAccountsForEveryRow(_ seed: Int) throws {
        var random = SplitMix(state: UInt64(seed))
        let count = Int.random(in: 1...60, using: &random)
        let byTeam = Bool.random(using: &random)
        var lines = [byTeam ? "id,parentId,name,department,dotted line manager" : "id,parentId,name,title,dotted line manager"]
        for row in 0..<count {
            let id = Int.random(in: 0..<10, using: &random) == 0 ? "" : String(row)
            let duplicate = Int.random(in: 0..<12, using: &random) == 0 && row > 0
            let manager = row == 0 || Int.random(in: 0..<8, using: &random) == 0 ? "" : String(Int.random(in: 0..<(count + 3), using: &random))
            let dotted = Int.random(in: 0..<6, using: &random) == 0 ? String(Int.random(in: 0..<count, using: &random)) : ""
            let name = Self.names.randomElement(using: &random) ?? ""
            let team = Self.teams.randomElement(using: &random) ?? ""
            let fields = [duplicate ? String(row - 1) : id, manager, name, team, dotted].map(Self.field)
            lines.append(fields.joined(separator: ","))
            if Int.random(in: 0..<15, using: &random) == 0 { lines.append(",,,,") }
        }
        let text = lines.joined(separator: Bool.random(using: &random) ? "\r\n" : "\n")
        let result: ImportResult
        do {
            result = try importCSV(text)
        } catch let error as ImportError {
            // Only a file where no manager value matches anybody may stop the import.
            #expect(error.issues.last?.code == .unknownManager || error.issues.last?.code == .emptyFile || error.issues.last?.code == .missingColumn,
                    "\(error.issues)")
            return
        }
        let reloaded = try result.reloaded()
        #expect(reloaded.teams.count == result.summary.teams)
        #expect(result.summary.people + result.summary.vacancies + result.summary.skippedRows == result.summary.rows)
        #expect(reloaded.teams.reduce(0) { $0 + ($1.headcount ?? 0) } == result.summary.people)
    }

    @Test(arguments: 0..<100)
    func everyRandomTeamExportGivesAValidModel(_ seed: Int) throws {
        var random = SplitMix(state: UInt64(seed) &+ 10_000)
        let count = Int.random(in: 1...30, using: &random)
        let ids = (0..<count).map { "t\($0)" } + ["Front desk", "patients", "Customers", "yes"]
        func some() -> String {
            (0..<Int.random(in: 0...3, using: &random)).compactMap { _ in ids.randomElement(using: &random) }.joined(separator: "; ")
        }
        var lines = ["id,name,reports_to,serves,headcount,tier"]
        for row in 0..<count {
            let id = Int.random(in: 0..<10, using: &random) == 0 ? (ids.randomElement(using: &random) ?? "") : "t\(row)"
            let tier = ["", "support", "front line", "Leadership", "boss"].randomElement(using: &random) ?? ""
            let headcount = ["", "3", "-1", "lots"].randomElement(using: &random) ?? ""
            lines.append([id, Self.names.randomElement(using: &random) ?? "", some(), some(), headcount, tier].map(Self.field).joined(separator: ","))
        }
        let result: ImportResult
        do {
            result = try importCSV(lines.joined(separator: "\n"), file: "teams.csv")
        } catch let error as ImportError {
            #expect(error.issues.last?.code == .emptyFile, "\(error.issues)")
            return
        }
        #expect(result.summary.kind == .teams)
        let reloaded = try result.reloaded()
        #expect(reloaded.teams.count == result.summary.teams)
        #expect(result.summary.teams + result.summary.skippedRows == result.summary.rows)
    }
}
