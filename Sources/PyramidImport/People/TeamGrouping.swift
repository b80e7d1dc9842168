internal import OrgGraph

/// Groups resolved people into teams: by the team column when there is one,
/// otherwise each manager with their direct reports who lead nobody, and the
/// people with no manager as the leadership team at the base. A team reports
/// to the team of its head's manager; dotted-line managers add a second
/// `reports-to`. Every step is one pass over the people or the teams.
struct TeamGrouping {
    /// A team being built.
    struct Draft {
        var name: String
        var members: [Int] = []
        var head: Int?
        var reportsTo: [Int] = []
        var notes: [String] = []
        /// Whether a note says where the import guessed.
        var guessed = false
        var isLeadership = false
        var isUnassigned = false
    }

    private(set) var people: [Person]
    let byTeamColumn: Bool
    private(set) var drafts: [Draft] = []
    private var teamOf: [Int]
    private var depth: [Int]
    private var children: [[Int]]
    /// People in breadth-first order from the roots: every manager before their reports.
    private var order: [Int] = []

    init(people: [Person], byTeamColumn: Bool) {
        self.people = people
        self.byTeamColumn = byTeamColumn
        teamOf = Array(repeating: -1, count: people.count)
        depth = Array(repeating: 0, count: people.count)
        children = Array(repeating: [], count: people.count)
        var roots: [Int] = []
        for (position, person) in people.enumerated() {
            if let manager = person.manager { children[manager].append(position) } else { roots.append(position) }
        }
        // Managers loops were broken before, so every person is reached from a root.
        order = roots
        var next = 0
        while next < order.count {
            let person = order[next]
            next += 1
            for report in children[person] {
                depth[report] = depth[person] + 1
                order.append(report)
            }
        }
    }

    // MARK: Grouping

    mutating func group(log: inout IssueLog) {
        if byTeamColumn { groupByTeamColumn(log: &log) } else { groupByHierarchy(log: &log) }
        for team in drafts.indices {
            guard let head = drafts[team].head, let manager = people[head].manager, teamOf[manager] != team else { continue }
            drafts[team].reportsTo = [teamOf[manager]]
        }
        breakLoops(log: &log)
        for team in drafts.indices {
            let lost = drafts[team].members.filter { people[$0].manager == nil && people[$0].managerValue != nil }
            guard !lost.isEmpty else { continue }
            drafts[team].guessed = true
            drafts[team].notes.append("Guessed: the manager of \(describe(lost)) was not found (or closed a loop), so they are placed here without one.")
        }
    }

    /// A team reports to at most one team here, so a loop is found by
    /// walking up from each team once. Loops arise only when a head's manager
    /// was not found (such heads rank last); each is cut at its first team.
    private mutating func breakLoops(log: inout IssueLog) {
        let parents = drafts.map { $0.reportsTo.first }
        for loop in ParentLoops.find(count: parents.count, parent: { parents[$0] }) {
            guard let cut = loop.min() else { continue }
            let names = (loop + [loop[0]]).map { "'\(drafts[$0].name)'" }.joined(separator: " -> ")
            drafts[cut].reportsTo = []
            drafts[cut].guessed = true
            drafts[cut].notes.append("Guessed: the teams' reporting lines formed a loop (\(names)), so this team reports to no one.")
            if let head = drafts[cut].head {
                log.add(.warning, .managerCycle, "the teams' reporting lines form a loop (\(names)) because some managers were not found; '\(drafts[cut].name)' is left without reports-to",
                        row: people[head].row, line: people[head].line)
            }
        }
    }

    private mutating func groupByTeamColumn(log: inout IssueLog) {
        var byKey: [String: Int] = [:]
        var emptyValues: [Int: [Int]] = [:]
        for person in order {
            let team: Int
            if let value = people[person].team {
                team = draft(key: value.matchKey, name: value, in: &byKey)
            } else if let manager = people[person].manager {
                team = teamOf[manager]
                emptyValues[team, default: []].append(person)
                log.add(.warning, .emptyTeam, "\(people[person].label) has no team value; placed in the team of their manager, '\(drafts[team].name)'",
                        row: people[person].row, line: people[person].line)
            } else {
                team = draft(key: "\u{0}unassigned", name: "Unassigned", in: &byKey)
                drafts[team].isUnassigned = true
                emptyValues[team, default: []].append(person)
                log.add(.warning, .emptyTeam, "\(people[person].label) has no team value and no manager; placed in a team 'Unassigned'",
                        row: people[person].row, line: people[person].line)
            }
            teamOf[person] = team
            drafts[team].members.append(person)
        }
        for (team, members) in emptyValues.sorted(by: { $0.key < $1.key }) {
            drafts[team].guessed = true
            drafts[team].notes.append("Guessed: \(describe(members)) had no team value and \(members.count == 1 ? "was" : "were") placed here\(drafts[team].isUnassigned ? "" : " with their manager").")
        }
        for team in drafts.indices {
            // The head is the member highest in the hierarchy (people whose manager was not found
            // count as lowest); then the one with most reports; then the first listed.
            drafts[team].head = drafts[team].members.min { a, b in
                (lost(a), depth[a], -children[a].count, people[a].row) < (lost(b), depth[b], -children[b].count, people[b].row)
            }
        }
    }

    /// 1 for a person whose manager was not found (or closed a loop), else 0.
    private func lost(_ person: Int) -> Int {
        people[person].manager == nil && people[person].managerValue != nil ? 1 : 0
    }

    private mutating func groupByHierarchy(log: inout IssueLog) {
        var byKey: [String: Int] = [:]
        let leadership = draft(key: "\u{0}leadership", name: "Leadership", in: &byKey)
        drafts[leadership].isLeadership = true
        var loners: [Int] = []
        for person in order {
            let team: Int
            if let manager = people[person].manager {
                if children[person].isEmpty {
                    team = teamOf[manager]
                } else {
                    team = drafts.count
                    drafts.append(Draft(name: Self.teamName(headedBy: people[person]), head: person))
                }
            } else {
                team = leadership
                // The head is the first person with no manager at all, not one whose manager was lost.
                if drafts[leadership].head.map({ lost($0) == 1 }) ?? true, lost(person) == 0 || drafts[leadership].head == nil {
                    drafts[leadership].head = person
                }
                if children[person].isEmpty && people[person].managerValue == nil { loners.append(person) }
            }
            teamOf[person] = team
            drafts[team].members.append(person)
        }
        if !loners.isEmpty {
            drafts[leadership].guessed = true
            drafts[leadership].notes.append("Guessed: \(describe(loners)) \(loners.count == 1 ? "has" : "have") no manager and nobody reporting to them, so they are placed here.")
        }
        let roots = drafts[leadership].members.filter { people[$0].manager == nil }
        if roots.count > 1 {
            drafts[leadership].notes.append("The people with no manager: \(describe(roots)).")
        }
    }

    private mutating func draft(key: String, name: String, in byKey: inout [String: Int]) -> Int {
        if let team = byKey[key] { return team }
        byKey[key] = drafts.count
        drafts.append(Draft(name: name))
        return drafts.count - 1
    }

    static func teamName(headedBy person: Person) -> String {
        if let name = person.name { return "\(name)'s team" }
        return "Vacant \(person.title ?? "position") (id \(person.id))"
    }

    /// `Steven King (row 2)`, or the first few of a list and how many more.
    private func describe(_ members: [Int]) -> String {
        let shown = members.prefix(5).map { "\(people[$0].name ?? "vacancy \(people[$0].id)") (row \(people[$0].row))" }
        let more = members.count > 5 ? " and \(members.count - 5) more" : ""
        return shown.joined(separator: ", ") + more
    }

    // MARK: Dotted lines

    /// Adds each dotted-line manager's team as a further `reports-to`, unless
    /// it would close a reporting loop (then it is left out, with a warning).
    mutating func addDottedLines(log: inout IssueLog) {
        guard people.contains(where: { $0.dotted != nil }) else { return }
        // Entry and exit times of a depth-first walk of the (single-parent) team tree:
        // `u` is below `t` exactly when t's interval holds u's.
        var below: [[Int]] = Array(repeating: [], count: drafts.count)
        var roots: [Int] = []
        for team in drafts.indices {
            if let leader = drafts[team].reportsTo.first { below[leader].append(team) } else { roots.append(team) }
        }
        var entry = Array(repeating: 0, count: drafts.count)
        var exit = Array(repeating: 0, count: drafts.count)
        var clock = 0
        for root in roots {
            var stack: [(Int, Int)] = [(root, 0)]
            entry[root] = clock
            clock += 1
            while let (team, child) = stack.last {
                if child < below[team].count {
                    stack[stack.count - 1].1 += 1
                    let next = below[team][child]
                    entry[next] = clock
                    clock += 1
                    stack.append((next, 0))
                } else {
                    exit[team] = clock
                    clock += 1
                    stack.removeLast()
                }
            }
        }
        var dotted: [(team: Int, leader: Int, person: Int)] = []
        for person in people.indices {
            guard let manager = people[person].dotted else { continue }
            let team = teamOf[person], leader = teamOf[manager]
            let line = "the dotted line from \(people[person].label) to \(people[manager].label)"
            if team == leader {
                log.add(.info, .dottedLineDropped, "\(line) stays inside team '\(drafts[team].name)'; nothing to add", row: people[person].row, line: people[person].line)
            } else if drafts[team].reportsTo.contains(leader) {
                continue
            } else if entry[team] <= entry[leader] && exit[leader] <= exit[team] {
                log.add(.warning, .dottedLineDropped, "\(line) would make a reporting loop ('\(drafts[leader].name)' already reports, through others, to '\(drafts[team].name)'); it is left out",
                        row: people[person].row, line: people[person].line)
            } else {
                drafts[team].reportsTo.append(leader)
                drafts[team].notes.append("Also reports to '\(drafts[leader].name)' through the dotted line of \(people[person].name ?? people[person].id) (row \(people[person].row)).")
                dotted.append((team, leader, person))
            }
        }
        dropLoops(among: dotted, log: &log)
    }

    /// Several dotted lines together can still close a loop: Kahn's
    /// algorithm finds the teams left on loops, and the dotted lines among them are left out.
    private mutating func dropLoops(among dotted: [(team: Int, leader: Int, person: Int)], log: inout IssueLog) {
        var waiting = drafts.map(\.reportsTo.count)
        var led: [[Int]] = Array(repeating: [], count: drafts.count)
        for team in drafts.indices { for leader in drafts[team].reportsTo { led[leader].append(team) } }
        var ready = drafts.indices.filter { waiting[$0] == 0 }
        var done = Array(repeating: false, count: drafts.count)
        while let team = ready.popLast() {
            done[team] = true
            for follower in led[team] {
                waiting[follower] -= 1
                if waiting[follower] == 0 { ready.append(follower) }
            }
        }
        for link in dotted where !done[link.team] && !done[link.leader] {
            drafts[link.team].reportsTo.removeAll { $0 == link.leader }
            drafts[link.team].notes.removeAll { $0.contains("dotted line of \(people[link.person].name ?? people[link.person].id) (row \(people[link.person].row))") }
            log.add(.warning, .dottedLineDropped, "the dotted line from \(people[link.person].label) would make a reporting loop with other dotted lines; it is left out",
                    row: people[link.person].row, line: people[link.person].line)
        }
    }

    // MARK: Output

    /// The teams in a stable order (leadership first, then by the depth of
    /// their head and its row), with readable unique ids, and their comments.
    func teams(file: String) -> (teams: [Team], comments: [String: [String]], guessed: Int) {
        let sorted = drafts.indices.sorted { a, b in
            (drafts[a].isUnassigned ? 1 : 0, drafts[a].isLeadership ? 0 : 1, drafts[a].head.map { depth[$0] } ?? 0, drafts[a].head.map { people[$0].row } ?? 0, a)
                < (drafts[b].isUnassigned ? 1 : 0, drafts[b].isLeadership ? 0 : 1, drafts[b].head.map { depth[$0] } ?? 0, drafts[b].head.map { people[$0].row } ?? 0, b)
        }
        var ids = IdentifierMaker(reserved: ["customers"])
        var idOf = Array(repeating: "", count: drafts.count)
        for team in sorted {
            let draft = drafts[team]
            let source = draft.isLeadership || byTeamColumn || draft.head == nil ? draft.name : (draft.head.flatMap { people[$0].name } ?? draft.name)
            idOf[team] = ids.make(from: source, fallback: "team")
        }
        var nameCount: [String: Int] = [:]
        for draft in drafts { nameCount[draft.name, default: 0] += 1 }
        var teams: [Team] = []
        var comments: [String: [String]] = [:]
        var guessed = 0
        for team in sorted {
            let draft = drafts[team]
            let head = draft.head.map { people[$0] }
            let location = SourceLocation(file: file, line: head?.line ?? 1, column: 1)
            teams.append(Team(
                id: idOf[team], name: nameCount[draft.name, default: 0] > 1 ? "\(draft.name) (\(idOf[team]))" : draft.name,
                department: head?.department,
                headcount: draft.members.count { people[$0].name != nil },
                reportsTo: draft.reportsTo.map { Located(idOf[$0], at: location) },
                location: location))
            var lines: [String] = []
            if let head {
                let who = [head.name ?? "vacancy", head.title].compactMap { $0 }.joined(separator: ", ")
                lines.append("Head: \(who) (row \(head.row))" + (byTeamColumn ? ", the member highest in the hierarchy." : "."))
            }
            lines += draft.notes
            let vacancies = draft.members.filter { people[$0].name == nil }
            if !vacancies.isEmpty {
                lines.append("Vacancies, not counted in the headcount: \(describe(vacancies)).")
            }
            if draft.guessed { guessed += 1 }
            comments[idOf[team]] = lines
        }
        return (teams, comments, guessed)
    }
}
