import Foundation
import OrgGraph
import Testing

/// `ModelComparison` on synthetic pairs, one kind of change at a time.
@Suite struct ModelComparisonTests {
    typealias M = Model

    /// front serves c, reports to boss; back serves front.
    static let base = M.organisation(customers: ["c"], teams: [
        M.team("front", serves: ["c"], reportsTo: ["boss"], headcount: 5),
        M.team("back", serves: ["front"], reportsTo: ["boss"]),
        M.team("boss"),
    ])

    static func compare(_ old: Organisation, _ new: Organisation) -> ModelComparison {
        ModelComparison(old: Analysis(old), new: Analysis(new))
    }

    @Test func identicalModelsHaveNoChanges() {
        let comparison = Self.compare(Self.base, Self.base)
        #expect(comparison.isEmpty)
        #expect(comparison.shape.distances.isEmpty)
        #expect(comparison.shape.scoreChange == 0)
    }

    @Test func addedAndRemovedTeams() {
        var new = Self.base
        new.teams.removeAll { $0.id == "back" }
        new.teams.append(Team(id: "extra", serves: [ServiceLink(to: "front", location: .init(file: "m", line: 99, column: 1))],
                              location: .init(file: "m", line: 98, column: 1)))
        let comparison = Self.compare(Self.base, new)
        #expect(comparison.teams.map(\.kind) == [.added, .removed])
        #expect(comparison.teams.map(\.id) == ["extra", "back"])
        #expect(comparison.links.map { "\($0.kind.rawValue) \($0.from)->\($0.to)" } == ["added extra->front", "removed back->front"])
    }

    @Test func renameIsOneChangeNotARemoveAndAnAdd() {
        var old = Self.base
        old.teams[1].name = "Back office"
        var new = old
        new.teams[1].id = "back-office"
        let comparison = Self.compare(old, new)
        #expect(comparison.teams == [NodeChange(kind: .renamed, id: "back-office", oldID: "back", name: "Back office",
                                                fields: [FieldChange(field: "id", old: "back", new: "back-office")])])
        #expect(comparison.renames == ["back": "back-office"])
        // back -> front is the same link under the new id, and its findings match.
        #expect(comparison.links.isEmpty)
        #expect(comparison.fixed.isEmpty && comparison.introduced.isEmpty)
        #expect(comparison.shape.distances.isEmpty)
    }

    @Test func aNameSharedByTwoNewTeamsIsNoRename() {
        var old = Self.base
        old.teams[1].name = "Back office"
        var new = old
        new.teams[1].id = "back-a"
        new.teams.append(Team(id: "back-b", name: "Back office", location: .init(file: "m", line: 99, column: 1)))
        let kinds = Self.compare(old, new).teams.map(\.kind)
        #expect(kinds == [.added, .added, .removed])
    }

    @Test func changedTeamFieldsInFileOrder() {
        var new = Self.base
        new.teams[0].name = "Front desk"
        new.teams[0].department = "Service"
        new.teams[0].headcount = 7
        new.teams[1].reportsTo = []
        let comparison = Self.compare(Self.base, new)
        #expect(comparison.teams.map(\.kind) == [.changed, .changed])
        #expect(comparison.teams[0].fields == [
            FieldChange(field: "name", old: "front", new: "Front desk"),
            FieldChange(field: "department", old: nil, new: "Service"),
            FieldChange(field: "headcount", old: "5", new: "7"),
        ])
        #expect(comparison.teams[1].fields == [FieldChange(field: "reports-to", old: "boss", new: nil)])
    }

    @Test func shownTierChange() {
        var new = Self.base
        new.teams[1].declaredTier = .leadership
        let fields = Self.compare(Self.base, new).teams.first?.fields
        #expect(fields?.first == FieldChange(field: "tier", old: "support", new: "leadership"))
    }

    @Test func linkStatusAndStandardChanges() {
        var old = Self.base
        old.teams[0].serves[0].standard = ServiceStandard(measure: "on time", target: 95, actual: 97, unit: "%")
        var new = old
        new.teams[0].serves[0].standard?.actual = 80
        new.teams[0].serves[0].standard?.target = 90
        new.teams[1].serves[0].status = .broken
        new.teams[1].serves[0].delivers = "Parts"
        let comparison = Self.compare(old, new)
        #expect(comparison.links == [
            LinkChange(kind: .changed, from: "front", to: "c", fields: [
                FieldChange(field: "standard.target", old: "95%", new: "90%"),
                FieldChange(field: "standard.actual", old: "97%", new: "80%"),
            ]),
            LinkChange(kind: .changed, from: "back", to: "front", fields: [
                FieldChange(field: "status", old: "ok", new: "broken"),
                FieldChange(field: "delivers", old: nil, new: "Parts"),
            ]),
        ])
        // The breach and the broken chains are introduced findings.
        #expect(Set(comparison.introduced.map(\.code)) == [.standardBreached, .chainBroken])
        #expect(comparison.shape.newlyCutOff == ["front", "back", "boss"])
        #expect(comparison.introduces(atOrAbove: .error))
    }

    @Test func standardAddedIsOneField() {
        var new = Self.base
        new.teams[0].serves[0].standard = ServiceStandard(measure: "on time", target: 95)
        let link = Self.compare(Self.base, new).links.first
        #expect(link?.fields == [FieldChange(field: "standard", old: nil, new: "'on time': target 95, not measured yet")])
    }

    @Test func findingsMatchByCodeAndSubjectNotByLine() {
        // The same model with every entry two lines further down: nothing is fixed or introduced.
        var moved = Self.base
        for t in moved.teams.indices {
            moved.teams[t].location.line += 2
            for s in moved.teams[t].serves.indices { moved.teams[t].serves[s].location.line += 2 }
        }
        let comparison = Self.compare(Self.base, moved)
        #expect(!Analysis(Self.base).findings.isEmpty)
        #expect(comparison.fixed.isEmpty && comparison.introduced.isEmpty)
    }

    @Test func findingsFixedAndIntroduced() {
        // old: back serves its boss (upward-facing); new: that link is gone, and front reports to no one.
        let old = M.organisation(customers: ["c"], teams: [
            M.team("front", serves: ["c"], reportsTo: ["boss"]),
            M.team("back", serves: ["front", "boss"], reportsTo: ["boss"]),
            M.team("boss"),
        ])
        let new = M.organisation(customers: ["c"], teams: [
            M.team("front", serves: ["c"]),
            M.team("back", serves: ["front"], reportsTo: ["boss"]),
            M.team("boss"),
        ])
        let comparison = Self.compare(old, new)
        #expect(comparison.fixed.map(\.code).contains(.upwardFacing))
        #expect(comparison.introduced.map(\.code) == [.unsupportedFrontLine])
        #expect(comparison.introduces(atOrAbove: .warning))
        #expect(!comparison.introduces(atOrAbove: .error))
    }

    @Test func customersAddedRemovedAndRenamed() {
        var old = M.organisation(customers: ["c", "gone", "old-id"], teams: [M.team("front", serves: ["c", "gone", "old-id"])])
        old.customers[2].name = "Walk-ins"
        var new = M.organisation(customers: ["c", "new-id", "fresh"], teams: [M.team("front", serves: ["c", "new-id", "fresh"])])
        new.customers[1].name = "Walk-ins"
        let comparison = Self.compare(old, new)
        #expect(comparison.customers.map(\.kind) == [.added, .removed, .renamed])
        #expect(comparison.customers.map(\.id) == ["fresh", "gone", "new-id"])
        #expect(comparison.customers[2].oldID == "old-id")
        // front -> old-id is front -> new-id; only the links to gone and fresh differ.
        #expect(comparison.links.map { "\($0.kind.rawValue) \($0.to)" } == ["added fresh", "removed gone"])
    }

    @Test func orientationAndChainNumbers() {
        let old = M.organisation(customers: ["c"], teams: [
            M.team("front", serves: ["c", "boss"], reportsTo: ["boss"]),
            M.team("boss"),
        ])
        let new = M.organisation(customers: ["c"], teams: [
            M.team("front", serves: ["c"], reportsTo: ["boss"]),
            M.team("helper", serves: ["front"]),
            M.team("boss"),
        ])
        let shape = Self.compare(old, new).shape
        #expect(shape.oldOrientation.facing == 1 && shape.oldOrientation.total == 2)
        #expect(shape.newOrientation.facing == 2 && shape.newOrientation.total == 2)
        #expect(shape.scoreChange == 50)
        #expect(shape.newLongestChain == ShapeChange.Chain(links: 2, team: "helper"))
    }

    @Test func textGroupsAndColours() {
        var new = Self.base
        new.teams[0].headcount = 7
        new.teams[1].serves[0].status = .broken
        let comparison = Self.compare(Self.base, new)
        let text = comparison.text()
        #expect(text.contains("Teams: 0 added, 0 removed, 0 renamed, 1 changed\n  ~ front\n      headcount: 5 -> 7\n"))
        #expect(text.contains("  ~ back -> front\n      status: ok -> broken\n"))
        #expect(text.contains("  introduced  model.yaml:"))
        #expect(text.contains("    losing their path: 'back'\n"))
        #expect(!text.contains("\u{1B}["))
        let coloured = comparison.text(colour: true)
        #expect(coloured.contains("\u{1B}[33m~ front\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1;31mintroduced\u{1B}[0m"))
    }

    @Test func jsonKeysInDocumentedOrder() {
        let json = Self.compare(Self.base, Self.base).json()
        let keys = ["\"old\"", "\"new\"", "\"summary\"", "\"teams\"", "\"customers\"", "\"links\"", "\"findings\"", "\"numbers\""]
        let positions = keys.compactMap { json.range(of: "\n  \($0)")?.lowerBound }
        #expect(positions.count == keys.count)
        #expect(positions == positions.sorted())
    }
}
