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
    /// Whether some id is defined twice (then no ``NodeNumbering`` is made).
    private var hasDuplicateIDs = false
    /// The entry each `serves` target and `reports-to` value names, `-1`
    /// when none, in team and entry order: the lookups the reference check
    /// makes anyway, kept for ``NodeNumbering``.
    private var servesTarget: [Int32] = []
    private var reportsToTarget: [Int32] = []

    init(_ organisation: Organisation) {
        self.organisation = organisation
    }

    /// Every problem found, in no particular order.
    static func validate(_ organisation: Organisation) -> [Diagnostic] {
        validateAndNumber(organisation).diagnostics
    }

    /// Every problem found, in no particular order, and the node numbering
    /// of the organisation, made from the validator's own id table; `nil`
    /// when an id is defined twice (the analysis then indexes the ids itself,
    /// with its own rule for which definition keeps the id).
    static func validateAndNumber(_ organisation: Organisation) -> (diagnostics: [Diagnostic], numbering: NodeNumbering?) {
        var validator = ModelValidator(organisation)
        validator.run()
        guard !validator.hasDuplicateIDs else { return (validator.diagnostics, nil) }
        let numbering = NodeNumbering(
            customerCount: organisation.customers.count,
            teamCount: organisation.teams.count,
            servesTarget: validator.servesTarget,
            reportsToTarget: validator.reportsToTarget
        )
        return (validator.diagnostics, numbering)
    }

    /// The customers, then the teams, numbered in one range: customer `i`
    /// is entry `i`, team `j` is entry `customers.count + j`.
    private var customerCount: Int { organisation.customers.count }

    private func isCustomer(_ entry: Int32) -> Bool { Int(entry) < customerCount }

    private func id(ofEntry entry: Int) -> String {
        entry < customerCount ? organisation.customers[entry].id : organisation.teams[entry - customerCount].id
    }

    private func location(ofEntry entry: Int) -> SourceLocation {
        entry < customerCount ? organisation.customers[entry].location : organisation.teams[entry - customerCount].location
    }

    /// The teams each team reports to, as team numbers (compressed rows:
    /// team `t`'s are `team[start[t] ..< start[t + 1]]`), with the position
    /// of each in the team's `reportsTo` for its location.
    private struct Leaders {
        var start: [Int32] = [0]
        var team: [Int32] = []
        var position: [Int32] = []
    }

    private mutating func run() {
        let entries = uniqueEntries()
        let leaders = checkReferences(entries)
        checkReportingCycles(leaders)
    }

    /// The id table (id to entry number); reports every id defined twice at
    /// its later definition.
    private mutating func uniqueEntries() -> [String: Int32] {
        let count = customerCount + organisation.teams.count
        var order = Array(0 ..< count)
        // Usually in file order already (customers first): then sorting
        // (a stable sort) would change nothing.
        if zip(order, order.dropFirst()).contains(where: { location(ofEntry: $1) < location(ofEntry: $0) }) {
            order.sort { location(ofEntry: $0) < location(ofEntry: $1) }
        }
        var table: [String: Int32] = [:]
        table.reserveCapacity(count)
        for entry in order {
            // One lookup: the slot is filled only when the id is new.
            var isNew = false
            let first = Self.firstEntry(in: &table[id(ofEntry: entry), default: -1], else: Int32(entry), isNew: &isNew)
            guard !isNew else { continue }
            hasDuplicateIDs = true
            let firstLocation = location(ofEntry: Int(first))
            diagnostics.append(Diagnostic(
                code: DiagnosticCode.duplicateID,
                message: "duplicate id '\(id(ofEntry: entry))': already used by the \(isCustomer(first) ? "customer" : "team") at line \(firstLocation.line), column \(firstLocation.column); ids must be unique across customers and teams",
                location: location(ofEntry: entry)
            ))
        }
        return table
    }

    private static func firstEntry(in slot: inout Int32, else entry: Int32, isNew: inout Bool) -> Int32 {
        if slot < 0 {
            slot = entry
            isNew = true
        }
        return slot
    }

    /// Reports unknown references and teams reporting to customers; returns
    /// the reporting lines that name teams.
    private mutating func checkReferences(_ entries: [String: Int32]) -> Leaders {
        let teams = organisation.teams
        var leaders = Leaders()
        leaders.start.reserveCapacity(teams.count + 1)
        for index in teams.indices {
            for link in teams[index].serves {
                let entry = entries[link.to]
                servesTarget.append(entry ?? -1)
                if entry == nil {
                    unknown(link.to, at: link.location, role: "'serves' of team '\(teams[index].id)'", entries: entries)
                }
            }
            for (position, leader) in teams[index].reportsTo.enumerated() {
                let entry = entries[leader.value]
                reportsToTarget.append(entry ?? -1)
                switch entry {
                case nil:
                    unknown(leader.value, at: leader.location, role: "'reports-to' of team '\(teams[index].id)'", entries: entries, teamsOnly: true)
                case let entry? where isCustomer(entry):
                    diagnostics.append(Diagnostic(
                        code: DiagnosticCode.reportsToCustomer,
                        message: "team '\(teams[index].id)' reports to '\(leader.value)', which is an end customer; 'reports-to' names the team that leads it (to serve a customer, use 'serves')",
                        location: leader.location
                    ))
                case let entry?:
                    // With duplicate ids the table names one definition; that is enough here.
                    leaders.team.append(entry - Int32(customerCount))
                    leaders.position.append(Int32(position))
                }
            }
            leaders.start.append(Int32(leaders.team.count))
        }
        for suppression in organisation.suppressions {
            if let team = suppression.team, entries[team] == nil {
                unknown(team, at: suppression.location, role: "'ignore' entry for '\(suppression.code)'", entries: entries, teamsOnly: true)
            }
        }
        return leaders
    }

    private mutating func unknown(_ id: String, at location: SourceLocation, role: String, entries: [String: Int32], teamsOnly: Bool = false) {
        var message = "'\(id)' in the \(role) is neither a customer nor a team"
        if teamsOnly { message = "'\(id)' in the \(role) is not a team" }
        if suggestionsLeft > 0 {
            suggestionsLeft -= 1
            let customers = Int32(customerCount)
            let candidates = entries.lazy.filter { _, entry in !teamsOnly || entry >= customers }.map(\.key)
            message += Suggestion.hint(for: id, in: candidates)
        }
        diagnostics.append(Diagnostic(code: DiagnosticCode.unknownReference, message: message, location: location))
    }

    /// Finds reporting cycles with one iterative depth-first search over the
    /// team -> leader links: every link back to a team still on the search
    /// path closes a cycle, reported at that `reports-to` entry. Linear in
    /// teams + links; each link that must go to break the loops is named once.
    private mutating func checkReportingCycles(_ leaders: Leaders) {
        let teams = organisation.teams
        enum State { case unvisited, onPath, done }
        var state = [State](repeating: .unvisited, count: teams.count)
        var pathPosition = [Int](repeating: 0, count: teams.count)
        var path: [Int] = []
        var frames: [(team: Int, nextLeader: Int)] = []
        for root in teams.indices where state[root] == .unvisited {
            state[root] = .onPath
            pathPosition[root] = path.count
            path.append(root)
            frames.append((root, Int(leaders.start[root])))
            while let top = frames.last {
                guard top.nextLeader < Int(leaders.start[top.team + 1]) else {
                    state[top.team] = .done
                    path.removeLast()
                    frames.removeLast()
                    continue
                }
                frames[frames.count - 1].nextLeader += 1
                let leader = Int(leaders.team[top.nextLeader])
                switch state[leader] {
                case .unvisited:
                    state[leader] = .onPath
                    pathPosition[leader] = path.count
                    path.append(leader)
                    frames.append((leader, Int(leaders.start[leader])))
                case .onPath:
                    let cycle = path[pathPosition[leader]...] + [leader]
                    let names = cycle.map { "'\(teams[$0].id)'" }.joined(separator: " -> ")
                    diagnostics.append(Diagnostic(
                        code: DiagnosticCode.reportingCycle,
                        message: "reporting cycle: \(names); a team cannot lead, directly or through others, a team it reports to",
                        location: teams[top.team].reportsTo[Int(leaders.position[top.nextLeader])].location
                    ))
                case .done:
                    break
                }
            }
        }
    }
}
