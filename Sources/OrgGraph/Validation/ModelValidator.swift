/// Checks the references between the entries of an organisation: ids unique
/// across customers and teams, every `serves`, `reports-to` and `ignore` id
/// known, no team reporting to a customer, no reporting cycle.
///
/// Linear in teams + links, except that "did you mean" suggestions are
/// looked for only for the first ``suggestionLimit`` unknown references.
struct ModelValidator {
    static let suggestionLimit = 100

    let organisation: Organisation
    private var diagnostics: [Diagnostic] = []
    private var suggestionsLeft = suggestionLimit

    init(_ organisation: Organisation) {
        self.organisation = organisation
    }

    /// Every problem found, in no particular order.
    static func validate(_ organisation: Organisation) -> [Diagnostic] {
        var validator = ModelValidator(organisation)
        validator.run()
        return validator.diagnostics
    }

    private enum Entry {
        case customer(Int)
        case team(Int)
    }

    private mutating func run() {
        let entries = uniqueEntries()
        checkReferences(entries)
        checkReportingCycles(entries)
    }

    /// The id table; reports every id defined twice at its later definition.
    private mutating func uniqueEntries() -> [String: Entry] {
        var all: [(id: String, location: SourceLocation, entry: Entry)] = []
        all.reserveCapacity(organisation.customers.count + organisation.teams.count)
        for (index, customer) in organisation.customers.enumerated() {
            all.append((customer.id, customer.location, .customer(index)))
        }
        for (index, team) in organisation.teams.enumerated() {
            all.append((team.id, team.location, .team(index)))
        }
        // Usually in file order already (customers first): then sorting
        // (a stable sort) would change nothing.
        if zip(all, all.dropFirst()).contains(where: { $1.location < $0.location }) {
            all.sort { $0.location < $1.location }
        }
        var table: [String: (location: SourceLocation, entry: Entry)] = [:]
        table.reserveCapacity(all.count)
        for item in all {
            if let first = table[item.id] {
                diagnostics.append(Diagnostic(
                    code: DiagnosticCode.duplicateID,
                    message: "duplicate id '\(item.id)': already used by the \(describe(first.entry)) at line \(first.location.line), column \(first.location.column); ids must be unique across customers and teams",
                    location: item.location
                ))
            } else {
                table[item.id] = (item.location, item.entry)
            }
        }
        return table.mapValues(\.entry)
    }

    private func describe(_ entry: Entry) -> String {
        switch entry {
        case .customer: "customer"
        case .team: "team"
        }
    }

    private mutating func checkReferences(_ entries: [String: Entry]) {
        for team in organisation.teams {
            for link in team.serves where entries[link.to] == nil {
                unknown(link.to, at: link.location, role: "'serves' of team '\(team.id)'", entries: entries)
            }
            for leader in team.reportsTo {
                switch entries[leader.value] {
                case nil:
                    unknown(leader.value, at: leader.location, role: "'reports-to' of team '\(team.id)'", entries: entries, teamsOnly: true)
                case .customer:
                    diagnostics.append(Diagnostic(
                        code: DiagnosticCode.reportsToCustomer,
                        message: "team '\(team.id)' reports to '\(leader.value)', which is an end customer; 'reports-to' names the team that leads it (to serve a customer, use 'serves')",
                        location: leader.location
                    ))
                case .team:
                    break
                }
            }
        }
        for suppression in organisation.suppressions {
            if let team = suppression.team, entries[team] == nil {
                unknown(team, at: suppression.location, role: "'ignore' entry for '\(suppression.code)'", entries: entries, teamsOnly: true)
            }
        }
    }

    private mutating func unknown(_ id: String, at location: SourceLocation, role: String, entries: [String: Entry], teamsOnly: Bool = false) {
        var message = "'\(id)' in the \(role) is neither a customer nor a team"
        if teamsOnly { message = "'\(id)' in the \(role) is not a team" }
        if suggestionsLeft > 0 {
            suggestionsLeft -= 1
            let candidates = entries.lazy.filter { key, entry in
                if case .customer = entry { return !teamsOnly }
                return true
            }.map(\.key)
            message += Suggestion.hint(for: id, in: candidates)
        }
        diagnostics.append(Diagnostic(code: DiagnosticCode.unknownReference, message: message, location: location))
    }

    /// Finds reporting cycles with one iterative depth-first search over the
    /// team -> leader links: every link back to a team still on the search
    /// path closes a cycle, reported at that `reports-to` entry. Linear in
    /// teams + links; each link that must go to break the loops is named once.
    private mutating func checkReportingCycles(_ entries: [String: Entry]) {
        let teams = organisation.teams
        var leaders: [[(team: Int, location: SourceLocation)]] = Array(repeating: [], count: teams.count)
        for (index, team) in teams.enumerated() {
            for leader in team.reportsTo {
                // With duplicate ids the table names one definition; that is enough here.
                if case .team(let target) = entries[leader.value] {
                    leaders[index].append((target, leader.location))
                }
            }
        }
        enum State { case unvisited, onPath, done }
        var state = [State](repeating: .unvisited, count: teams.count)
        var pathPosition = [Int](repeating: 0, count: teams.count)
        var path: [Int] = []
        var frames: [(team: Int, nextLeader: Int)] = []
        for root in teams.indices where state[root] == .unvisited {
            state[root] = .onPath
            pathPosition[root] = path.count
            path.append(root)
            frames.append((root, 0))
            while let top = frames.last {
                guard top.nextLeader < leaders[top.team].count else {
                    state[top.team] = .done
                    path.removeLast()
                    frames.removeLast()
                    continue
                }
                frames[frames.count - 1].nextLeader += 1
                let link = leaders[top.team][top.nextLeader]
                switch state[link.team] {
                case .unvisited:
                    state[link.team] = .onPath
                    pathPosition[link.team] = path.count
                    path.append(link.team)
                    frames.append((link.team, 0))
                case .onPath:
                    let cycle = path[pathPosition[link.team]...] + [link.team]
                    let names = cycle.map { "'\(teams[$0].id)'" }.joined(separator: " -> ")
                    diagnostics.append(Diagnostic(
                        code: DiagnosticCode.reportingCycle,
                        message: "reporting cycle: \(names); a team cannot lead, directly or through others, a team it reports to",
                        location: link.location
                    ))
                case .done:
                    break
                }
            }
        }
    }
}
