/// What changed between two versions of an organisation: teams, customers
/// and links added, removed and changed, findings fixed and introduced, and
/// how the pyramid's figures moved. `pyramid diff` prints it; `pyramid
/// what-if` compares a model with itself after a ``Scenario``.
///
/// Teams, customers and links are matched by id. When an id disappears and
/// a node with the same name (and the same kind, team or customer) appears,
/// and that name is unique among the disappeared and the appeared nodes, it
/// is reported as ``ChangeKind/renamed``, not as a removal plus an addition;
/// links and findings naming the old id then match those naming the new one.
///
/// Findings are matched by code and subject (team, link ends and customer,
/// old ids renamed), never by line number, so findings that merely moved
/// in the file are neither fixed nor introduced.
///
/// ```swift
/// let comparison = ModelComparison(old: Analysis(before), new: Analysis(after))
/// print(comparison.text())
/// ```
public struct ModelComparison: Sendable {
    /// The old version's file.
    public var oldFile: String
    /// The new version's file.
    public var newFile: String
    /// The old organisation's name.
    public var oldName: String
    /// The new organisation's name.
    public var newName: String
    /// Team changes: added, removed, renamed, changed; each group in file
    /// order (removed teams in the old file's order).
    public var teams: [NodeChange]
    /// End customer changes, grouped and ordered like ``teams``.
    public var customers: [NodeChange]
    /// `serves` link changes: added, removed, changed; each group in file order.
    public var links: [LinkChange]
    /// Findings of the old version with no match in the new one, in the old order.
    public var fixed: [Finding]
    /// Findings of the new version with no match in the old one, in the new order.
    public var introduced: [Finding]
    /// How the orientation score, cut-off teams and chain lengths moved.
    public var shape: ShapeChange
    /// Old id -> new id for every renamed team and customer.
    public var renames: [String: String]

    /// Compares two analysed versions. O(teams + links + findings) with one
    /// dictionary by id per version, plus the statistics of each version.
    public init(old: Analysis, new: Analysis) {
        let oldOrg = old.organisation
        let newOrg = new.organisation
        oldFile = oldOrg.file
        newFile = newOrg.file
        oldName = oldOrg.name
        newName = newOrg.name

        // Ids of each version, once.
        let newTeamIndex = Dictionary(newOrg.teams.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let oldTeamIndex = Dictionary(oldOrg.teams.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newCustomerIndex = Dictionary(newOrg.customers.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let oldCustomerIndex = Dictionary(oldOrg.customers.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })

        var renames = Self.renames(
            old: oldOrg.teams.filter { newTeamIndex[$0.id] == nil }.map { ($0.id, $0.name) },
            new: newOrg.teams.filter { oldTeamIndex[$0.id] == nil }.map { ($0.id, $0.name) })
        renames.merge(Self.renames(
            old: oldOrg.customers.filter { newCustomerIndex[$0.id] == nil }.map { ($0.id, $0.name) },
            new: newOrg.customers.filter { oldCustomerIndex[$0.id] == nil }.map { ($0.id, $0.name) })) { first, _ in first }
        self.renames = renames
        let renamedTo = Dictionary(renames.map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        func mapped(_ oldID: String) -> String { renames[oldID] ?? oldID }

        teams = Self.teamChanges(old: old, new: new, oldIndex: oldTeamIndex, renamedTo: renamedTo, mapped: mapped)
        customers = Self.customerChanges(old: oldOrg, new: newOrg, oldIndex: oldCustomerIndex, renamedTo: renamedTo, mapped: mapped)
        links = Self.linkChanges(old: oldOrg, new: newOrg, mapped: mapped)
        (fixed, introduced) = Self.findingChanges(old: old.findings, new: new.findings, mapped: mapped)
        shape = Self.shapeChange(old: old, new: new, oldIndex: oldTeamIndex, renamedTo: renamedTo)
    }

    /// Whether nothing differs: no node, link or finding change.
    public var isEmpty: Bool {
        teams.isEmpty && customers.isEmpty && links.isEmpty && fixed.isEmpty && introduced.isEmpty
    }

    /// Whether the new version introduces a finding at or above `severity`
    /// (`pyramid diff --fail-on-new`).
    public func introduces(atOrAbove severity: Severity) -> Bool {
        introduced.contains { $0.severity >= severity }
    }

    /// Pairs disappeared and appeared ids whose name is the same and unique on both sides.
    static func renames(old: [(id: String, name: String)], new: [(id: String, name: String)]) -> [String: String] {
        var oldByName: [String: [String]] = [:]
        var newByName: [String: [String]] = [:]
        for entry in old { oldByName[entry.name, default: []].append(entry.id) }
        for entry in new { newByName[entry.name, default: []].append(entry.id) }
        var result: [String: String] = [:]
        for entry in old {
            guard let olds = oldByName[entry.name], olds.count == 1,
                  let news = newByName[entry.name], news.count == 1 else { continue }
            result[entry.id] = news[0]
        }
        return result
    }

    private static func teamChanges(
        old: Analysis, new: Analysis, oldIndex: [String: Int], renamedTo: [String: String], mapped: (String) -> String
    ) -> [NodeChange] {
        var added: [NodeChange] = []
        var renamed: [NodeChange] = []
        var changed: [NodeChange] = []
        var matchedOld = Set<Int>()
        for (n, team) in new.organisation.teams.enumerated() {
            let oldID = renamedTo[team.id] ?? team.id
            guard let o = oldIndex[oldID] else {
                added.append(NodeChange(kind: .added, id: team.id, name: team.name))
                continue
            }
            matchedOld.insert(o)
            let before = old.organisation.teams[o]
            var fields: [FieldChange] = []
            if oldID != team.id { fields.compare("id", oldID, team.id) }
            fields.compare("name", before.name, team.name)
            fields.compare("tier", old.teams[o].tier.rawValue, new.teams[n].tier.rawValue)
            fields.compare("department", before.department, team.department)
            fields.compare("headcount", before.headcount.map(String.init), team.headcount.map(String.init))
            fields.compare("champions", Self.joined(before.champions), Self.joined(team.champions))
            fields.compare("reports-to", Self.joined(before.reportsTo.map { mapped($0.value) }), Self.joined(team.reportsTo.map(\.value)))
            if oldID != team.id {
                renamed.append(NodeChange(kind: .renamed, id: team.id, oldID: oldID, name: team.name, fields: fields))
            } else if !fields.isEmpty {
                changed.append(NodeChange(kind: .changed, id: team.id, name: team.name, fields: fields))
            }
        }
        let removed = old.organisation.teams.enumerated()
            .filter { !matchedOld.contains($0.offset) }
            .map { NodeChange(kind: .removed, id: $0.element.id, name: $0.element.name) }
        return added + removed + renamed + changed
    }

    private static func customerChanges(
        old: Organisation, new: Organisation, oldIndex: [String: Int], renamedTo: [String: String], mapped: (String) -> String
    ) -> [NodeChange] {
        var added: [NodeChange] = []
        var renamed: [NodeChange] = []
        var changed: [NodeChange] = []
        var matchedOld = Set<Int>()
        for customer in new.customers {
            let oldID = renamedTo[customer.id] ?? customer.id
            guard let o = oldIndex[oldID] else {
                added.append(NodeChange(kind: .added, id: customer.id, name: customer.name))
                continue
            }
            matchedOld.insert(o)
            var fields: [FieldChange] = []
            if oldID != customer.id { fields.compare("id", oldID, customer.id) }
            fields.compare("name", old.customers[o].name, customer.name)
            if oldID != customer.id {
                renamed.append(NodeChange(kind: .renamed, id: customer.id, oldID: oldID, name: customer.name, fields: fields))
            } else if !fields.isEmpty {
                changed.append(NodeChange(kind: .changed, id: customer.id, name: customer.name, fields: fields))
            }
        }
        let removed = old.customers.enumerated()
            .filter { !matchedOld.contains($0.offset) }
            .map { NodeChange(kind: .removed, id: $0.element.id, name: $0.element.name) }
        return added + removed + renamed + changed
    }

    private struct LinkKey: Hashable {
        var from: String
        var to: String
    }

    private static func linkChanges(old: Organisation, new: Organisation, mapped: (String) -> String) -> [LinkChange] {
        var oldLinks: [LinkKey: (from: String, to: String, link: ServiceLink)] = [:]
        var oldOrder: [LinkKey] = []
        for team in old.teams {
            for link in team.serves {
                let key = LinkKey(from: mapped(team.id), to: mapped(link.to))
                guard oldLinks[key] == nil else { continue }
                oldLinks[key] = (team.id, link.to, link)
                oldOrder.append(key)
            }
        }
        var added: [LinkChange] = []
        var changed: [LinkChange] = []
        var matched = Set<LinkKey>()
        for team in new.teams {
            for link in team.serves {
                let key = LinkKey(from: team.id, to: link.to)
                guard matched.insert(key).inserted else { continue }
                guard let before = oldLinks[key]?.link else {
                    added.append(LinkChange(kind: .added, from: team.id, to: link.to))
                    continue
                }
                let fields = Self.fields(before, link)
                if !fields.isEmpty { changed.append(LinkChange(kind: .changed, from: team.id, to: link.to, fields: fields)) }
            }
        }
        let removed = oldOrder.filter { !matched.contains($0) }.compactMap { key in
            oldLinks[key].map { LinkChange(kind: .removed, from: $0.from, to: $0.to) }
        }
        return added + removed + changed
    }

    private static func fields(_ old: ServiceLink, _ new: ServiceLink) -> [FieldChange] {
        var fields: [FieldChange] = []
        fields.compare("status", old.status.rawValue, new.status.rawValue)
        fields.compare("delivers", old.delivers, new.delivers)
        switch (old.standard, new.standard) {
        case (nil, nil): break
        case (let a?, let b?):
            fields.compare("standard.measure", a.measure, b.measure)
            fields.compare("standard.target", Formatting.measured(a.target, unit: a.unit), Formatting.measured(b.target, unit: b.unit))
            fields.compare("standard.actual", a.actual.map { Formatting.measured($0, unit: a.unit) }, b.actual.map { Formatting.measured($0, unit: b.unit) })
            fields.compare("standard.unit", a.unit, b.unit)
            fields.compare("standard.better", a.better.rawValue, b.better.rawValue)
        case (let a, let b):
            fields.compare("standard", a.map(Formatting.standard), b.map(Formatting.standard))
        }
        return fields
    }

    private struct FindingKey: Hashable {
        var code: FindingCode
        var team: String?
        var from: String?
        var to: String?
        var kind: LinkReference.Kind?
        var customer: String?
    }

    private static func findingChanges(old: [Finding], new: [Finding], mapped: (String) -> String) -> (fixed: [Finding], introduced: [Finding]) {
        func key(_ finding: Finding, _ map: (String) -> String) -> FindingKey {
            FindingKey(
                code: finding.code, team: finding.team.map(map),
                from: finding.link.map { map($0.from) }, to: finding.link.map { map($0.to) }, kind: finding.link?.kind,
                customer: finding.customer.map(map))
        }
        // A multiset: the same code and subject may be found more than once.
        var remaining: [FindingKey: Int] = [:]
        for finding in old { remaining[key(finding, mapped), default: 0] += 1 }
        var introduced: [Finding] = []
        for finding in new {
            let k = key(finding) { $0 }
            if let count = remaining[k], count > 0 {
                remaining[k] = count - 1
            } else {
                introduced.append(finding)
            }
        }
        var fixed: [Finding] = []
        for finding in old {
            let k = key(finding, mapped)
            if let count = remaining[k], count > 0 {
                // Old findings beyond the matched count are fixed (the first ones, in order).
                fixed.append(finding)
                remaining[k] = count - 1
            }
        }
        return (fixed, introduced)
    }

    private static func shapeChange(old: Analysis, new: Analysis, oldIndex: [String: Int], renamedTo: [String: String]) -> ShapeChange {
        let oldStats = old.stats()
        let newStats = new.stats()
        var newlyCutOff: [String] = []
        var reconnected: [String] = []
        var distances: [ShapeChange.Distance] = []
        for team in new.teams {
            guard let o = oldIndex[renamedTo[team.id] ?? team.id] else { continue }
            let before = old.teams[o].distance
            guard before != team.distance else { continue }
            distances.append(ShapeChange.Distance(team: team.id, old: before, new: team.distance))
            if before != nil, team.distance == nil { newlyCutOff.append(team.id) }
            if before == nil, team.distance != nil { reconnected.append(team.id) }
        }
        return ShapeChange(
            oldOrientation: oldStats.orientation,
            newOrientation: newStats.orientation,
            oldCutOff: oldStats.cutOff,
            newCutOff: newStats.cutOff,
            newlyCutOff: newlyCutOff,
            reconnected: reconnected,
            oldLongestChain: oldStats.longestChain.map { ShapeChange.Chain(links: $0.links, team: $0.team) },
            newLongestChain: newStats.longestChain.map { ShapeChange.Chain(links: $0.links, team: $0.team) },
            distances: distances)
    }

    static func joined(_ values: [String]) -> String? {
        values.isEmpty ? nil : values.joined(separator: ", ")
    }
}
