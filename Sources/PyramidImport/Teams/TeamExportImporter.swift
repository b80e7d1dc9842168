internal import OrgGraph

/// Imports a team export (one row per team: `id`, `name`, `reports_to`,
/// `serves` with `;` between ids, `department`, `headcount`, `tier`) as it
/// stands. A `serves` id that is not a team becomes an end customer.
struct TeamExportImporter {
    let table: CSVTable
    let file: String
    let options: ImportOptions

    static let roles: [ColumnRole] = [.id, .name, .manager, .serves, .department, .headcount, .tier]

    /// A row read, before its references are resolved.
    private struct Row {
        var record: CSVTable.Record
        var team: Team
        var reportsTo: [String]
        var serves: [String]
    }

    func run(organisationName: String) throws(ImportError) -> ImportResult {
        var log = IssueLog(file: file)
        let (columns, unmatched) = ColumnMapping.match(header: table.header, explicit: options.columns, roles: Self.roles)
        if let (role, name) = unmatched.min(by: { $0.key.rawValue < $1.key.rawValue }) {
            throw log.fail(.missingColumn, "there is no column '\(name)' for --\(role.rawValue)-column; the columns are: \(table.header.map { "'\($0)'" }.joined(separator: ", "))")
        }
        guard columns.index[.id] != nil else {
            throw log.fail(.missingColumn, "this team export has no 'id' column; name it with --id-column")
        }
        var rows: [Row] = []
        var idOf: [String: String] = [:]
        var firstRow: [String: Int] = [:]
        var ids = IdentifierMaker(reserved: [])
        var trimmed: [CSVTable.Record] = []
        let used = Array(columns.index.values)
        for record in table.records {
            guard log.checkShape(of: record, headerCount: table.header.count) else { continue }
            if used.contains(where: { $0 < record.fields.count && record.fields[$0] != record.fields[$0].trimmingSpaces }) {
                trimmed.append(record)
            }
            let fields = record.fields
            guard let raw = columns.value(.id, in: fields) else {
                log.skip(.missingID, "no value in the id column '\(columns.name(of: .id) ?? "")'", row: record.row, line: record.line)
                continue
            }
            if let first = firstRow[raw] {
                log.skip(.duplicateRow, "team '\(raw)' is listed twice (first at row \(first))", row: record.row, line: record.line)
                continue
            }
            firstRow[raw] = record.row
            let id = Self.isValidID(raw) ? raw : ids.make(from: raw, fallback: "team")
            if id != raw {
                log.add(.info, .invalidValue, "'\(raw)' is not a valid id (only letters, digits, '_', '.' and '-'); written as '\(id)'", row: record.row, line: record.line)
            }
            idOf[raw] = id
            var team = Team(id: id, name: columns.value(.name, in: fields) ?? raw, department: columns.value(.department, in: fields),
                            location: SourceLocation(file: file, line: record.line, column: 1))
            if let value = columns.value(.headcount, in: fields) {
                if let count = Int(value), count >= 0 { team.headcount = count } else {
                    log.add(.warning, .invalidValue, "headcount '\(value)' is not a whole number of 0 or more; left out", row: record.row, line: record.line)
                }
            }
            if let value = columns.value(.tier, in: fields) {
                let spelled = value.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" }).joined(separator: "-")
                if let tier = Tier(rawValue: spelled) { team.declaredTier = tier } else {
                    log.add(.warning, .invalidValue, "tier '\(value)' is not one of front-line, support, leadership; left out", row: record.row, line: record.line)
                }
            }
            rows.append(Row(record: record, team: team, reportsTo: Self.list(columns.value(.manager, in: fields)), serves: Self.list(columns.value(.serves, in: fields))))
        }
        log.reportTrimmed(rows: trimmed)
        guard !rows.isEmpty else { throw log.fail(.emptyFile, "no row could be imported") }

        var customers: [Customer] = []
        var customerIDs: Set<String> = []
        var comments: [String: [String]] = [:]
        var teams: [Team] = []
        for row in rows {
            var team = row.team
            let location = team.location
            for leader in row.reportsTo {
                if let id = idOf[leader] {
                    team.reportsTo.append(Located(id, at: location))
                } else {
                    log.add(.warning, .unknownManager, "reports_to '\(leader)' of team '\(team.id)' is not a team in the file; left out", row: row.record.row, line: row.record.line)
                }
            }
            for served in row.serves {
                if let id = idOf[served] {
                    team.serves.append(ServiceLink(to: id, location: location))
                    continue
                }
                let id = Self.isValidID(served) ? served : IdentifierMaker.slug(served)
                guard !id.isEmpty else { continue }
                if customerIDs.insert(id).inserted {
                    customers.append(Customer(id: id, name: served, location: location))
                    log.add(.info, .guessed, "'\(served)' in the serves of team '\(team.id)' is not a team in the file: taken as an end customer", row: row.record.row, line: row.record.line)
                    comments[team.id, default: []].append("Guessed: '\(served)' is not a team in the file, so it is taken as an end customer.")
                }
                team.serves.append(ServiceLink(to: id, location: location))
            }
            teams.append(team)
        }
        breakLoops(&teams, rows: rows, log: &log)
        let hasLinks = teams.contains { !$0.serves.isEmpty }
        if customers.isEmpty {
            customers = [Customer(id: "customers", name: "Customers", location: SourceLocation(file: file, line: 1, column: 1))]
        }
        let summary = ImportSummary(
            kind: .teams, separator: table.separator,
            columns: Self.roles.compactMap { role in columns.name(of: role).map { ImportSummary.UsedColumn(role: role, header: $0) } },
            managerValues: nil, rows: table.records.count,
            people: teams.reduce(0) { $0 + ($1.headcount ?? 0) }, vacancies: 0,
            teams: teams.count, skippedRows: log.skippedRows.count)
        let organisation = Organisation(name: organisationName, customers: customers, teams: teams, file: file)
        return ImportResult(organisation: organisation,
                            header: OrgImporter.header(file: file, summary: summary, guesses: comments.count, hasServesLinks: hasLinks),
                            teamComments: comments, issues: log.issues, summary: summary)
    }

    /// `a; b, c` -> `[a, b, c]`: ids separated by `;`, `,` or `|`.
    static func list(_ value: String?) -> [String] {
        guard let value else { return [] }
        return value.split(whereSeparator: { $0 == ";" || $0 == "," || $0 == "|" }).map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
    }

    static func isValidID(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { scalar in
            switch scalar {
            case "A"..."Z", "a"..."z", "0"..."9", "_", ".", "-": true
            default: false
            }
        }
    }

    /// Leaves out each `reports_to` that closes a loop (a back edge of a
    /// depth-first walk), so the model stays valid. Linear in teams + links.
    private func breakLoops(_ teams: inout [Team], rows: [Row], log: inout IssueLog) {
        var position: [String: Int] = [:]
        for (index, team) in teams.enumerated() { position[team.id] = index }
        var state = Array(repeating: 0, count: teams.count) // 0 new, 1 on the walk, 2 done
        for start in teams.indices where state[start] == 0 {
            var stack: [(team: Int, next: Int)] = [(start, 0)]
            state[start] = 1
            while let (team, next) = stack.last {
                guard next < teams[team].reportsTo.count else {
                    state[team] = 2
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                guard let leader = position[teams[team].reportsTo[next].value] else { continue }
                if state[leader] == 1 {
                    let loop = stack.drop { $0.team != leader }.map { teams[$0.team].id } + [teams[leader].id]
                    let record = rows[team].record
                    log.add(.warning, .managerCycle, "reports_to '\(teams[leader].id)' of team '\(teams[team].id)' closes a reporting loop (\(loop.joined(separator: " -> "))); it is left out",
                            row: record.row, line: record.line)
                    teams[team].reportsTo.remove(at: next)
                    stack[stack.count - 1].next -= 1
                } else if state[leader] == 0 {
                    state[leader] = 1
                    stack.append((leader, 0))
                }
            }
        }
    }
}
