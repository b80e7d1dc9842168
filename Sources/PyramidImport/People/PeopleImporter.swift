internal import OrgGraph

/// Imports a people export (one row per person): resolves each manager,
/// groups the people into teams and links each team to the team of its
/// head's manager.
struct PeopleImporter {
    let table: CSVTable
    let file: String
    let options: ImportOptions

    static let roles: [ColumnRole] = [.id, .manager, .dottedLine, .team, .department, .name, .firstName, .lastName, .title, .email, .employeeNumber]

    /// Names HR systems give an empty position.
    static let vacancyNames: Set<String> = ["vacant", "vacancy", "open", "open position", "open role", "tbh", "tbd", "to be hired", "new hire", "position open", "(vacant)", "vacant position"]

    func run(organisationName: String) throws(ImportError) -> ImportResult {
        var log = IssueLog(file: file)
        let (columns, unmatched) = ColumnMapping.match(header: table.header, explicit: options.columns, roles: Self.roles)
        if let (role, name) = unmatched.min(by: { $0.key.rawValue < $1.key.rawValue }) {
            throw log.fail(.missingColumn, "there is no column '\(name)' for --\(role.rawValue)-column; the columns are: \(table.header.map { "'\($0)'" }.joined(separator: ", "))")
        }
        guard let idRole = [ColumnRole.id, .employeeNumber, .email].first(where: { columns.index[$0] != nil }) else {
            throw log.fail(.missingColumn, "no id column: looked for a header such as 'id', 'Employee ID', 'Employee_ID', 'employeeNumber' or 'Email Address'; name it with --id-column")
        }
        guard columns.index[.manager] != nil else {
            let normalised = Set(table.header.map(ColumnRole.normalise))
            if normalised.contains("userprincipalname") || normalised.contains("objectid") {
                throw log.fail(.missingColumn, "this looks like a Microsoft Entra (Azure AD) user download, which has no manager column, so nobody's manager is known; export the users with their manager (for example Microsoft Graph's 'manager' relationship, or add a 'Manager Email' column) and name it with --manager-column")
            }
            throw log.fail(.missingColumn, "no manager column: looked for a header such as 'parentId', 'Manager ID', 'Boss ID', 'Supervisor ID', 'reports_to_id', 'Manager Email' or 'manager'; name it with --manager-column (without one the import cannot tell who leads whom)")
        }

        var people = readPeople(columns: columns, idRole: idRole, log: &log)
        guard !people.isEmpty else { throw log.fail(.emptyFile, "no row could be imported") }
        let managerValues = try resolveManagers(&people, columns: columns, idRole: idRole, log: &log)
        breakCycles(&people, log: &log)
        reportRepeatedNames(people, log: &log)

        var grouping = TeamGrouping(people: people, byTeamColumn: columns.index[.team] != nil)
        grouping.group(log: &log)
        grouping.addDottedLines(log: &log)

        let summary = ImportSummary(
            kind: .people, separator: table.separator,
            columns: Self.roles.compactMap { role in columns.name(of: role).map { ImportSummary.UsedColumn(role: role, header: $0) } },
            managerValues: managerValues, rows: table.records.count,
            people: people.count { $0.name != nil }, vacancies: people.count { $0.name == nil },
            teams: grouping.drafts.count, skippedRows: log.skippedRows.count)
        let (teams, comments, guessed) = grouping.teams(file: file)
        let organisation = Organisation(name: organisationName, customers: [Customer(id: "customers", name: "Customers", location: SourceLocation(file: file, line: 1, column: 1))],
                                        teams: teams, file: file)
        return ImportResult(organisation: organisation, header: OrgImporter.header(file: file, summary: summary, guesses: guessed, model: options.modelPath),
                            teamComments: comments, issues: log.issues, summary: summary)
    }

    // MARK: Rows

    private func readPeople(columns: ColumnMapping, idRole: ColumnRole, log: inout IssueLog) -> [Person] {
        var people: [Person] = []
        var byID: [String: Int] = [:]
        var trimmed: [CSVTable.Record] = []
        let used = Array(columns.index.values)
        let hasNameColumn = [ColumnRole.name, .firstName, .lastName].contains { columns.index[$0] != nil }
        for record in table.records {
            guard log.checkShape(of: record, headerCount: table.header.count) else { continue }
            if used.contains(where: { $0 < record.fields.count && record.fields[$0] != record.fields[$0].trimmingSpaces }) {
                trimmed.append(record)
            }
            guard let id = columns.value(idRole, in: record.fields) else {
                log.skip(.missingID, "no value in the id column '\(columns.name(of: idRole) ?? "")'", row: record.row, line: record.line)
                continue
            }
            var name = columns.value(.name, in: record.fields)
            // `name` beside `lastName` with no first-name column is the first name (d3-org-chart, many HR schemas).
            if columns.index[.firstName] == nil, columns.index[.lastName] != nil, let first = name {
                name = [first, columns.value(.lastName, in: record.fields)].compactMap { $0 }.joined(separator: " ")
            } else if name == nil {
                let parts = [columns.value(.firstName, in: record.fields), columns.value(.lastName, in: record.fields)].compactMap { $0 }
                name = parts.isEmpty ? nil : parts.joined(separator: " ")
            }
            if let given = name, Self.vacancyNames.contains(given.matchKey) { name = nil }
            // Without any name column a person is known by their id, and no row is a vacancy.
            if !hasNameColumn { name = id }
            let person = Person(
                row: record.row, line: record.line, id: id, name: name,
                title: columns.value(.title, in: record.fields), team: columns.value(.team, in: record.fields),
                department: columns.value(.department, in: record.fields),
                email: columns.value(.email, in: record.fields), employeeNumber: columns.value(.employeeNumber, in: record.fields),
                managerValue: columns.value(.manager, in: record.fields), dottedValue: columns.value(.dottedLine, in: record.fields))
            if let first = byID[id] {
                let earlier = people[first]
                let same = earlier.name == person.name && earlier.managerValue == person.managerValue && earlier.team == person.team && earlier.title == person.title
                log.skip(.duplicateRow, "\(person.label) is listed twice (first at row \(earlier.row))" + (same ? "" : ", with different values: check which row is right"),
                         row: record.row, line: record.line)
                continue
            }
            if person.name == nil {
                log.add(.info, .vacancy, "id \(id) has no person's name: imported as a vacancy\(person.title.map { " ('\($0)')" } ?? ""), not counted in its team's headcount",
                        row: record.row, line: record.line)
            }
            byID[id] = people.count
            people.append(person)
        }
        log.reportTrimmed(rows: trimmed)
        return people
    }

    // MARK: Managers

    /// A column the manager values may refer to.
    private struct Candidate {
        var what: String
        var header: String
        var index: [String: [Int]]
        var key: (String) -> String
    }

    /// Detects what the manager column holds (ids, employee numbers, e-mails
    /// or names), then resolves every manager and dotted-line manager.
    /// - Returns: what the manager column holds, for the summary.
    private func resolveManagers(_ people: inout [Person], columns: ColumnMapping, idRole: ColumnRole, log: inout IssueLog) throws(ImportError) -> String {
        func candidate(_ what: String, _ header: String?, key: @escaping (String) -> String, value: (Person) -> String?) -> Candidate? {
            guard let header else { return nil }
            var index: [String: [Int]] = [:]
            for (position, person) in people.enumerated() {
                if let value = value(person) { index[key(value), default: []].append(position) }
            }
            return Candidate(what: what, header: header, index: index, key: key)
        }
        let exact: (String) -> String = { $0 }
        let loose: (String) -> String = { $0.matchKey }
        let nameHeader = columns.name(of: .name)
            ?? [columns.name(of: .firstName), columns.name(of: .lastName)].compactMap { $0 }.joined(separator: "' + '")
        let candidates: [Candidate] = [
            candidate(idRole == .email ? "e-mail addresses" : idRole == .employeeNumber ? "employee numbers" : "ids",
                      columns.name(of: idRole), key: idRole == .email ? loose : exact) { $0.id },
            idRole == .employeeNumber ? nil : candidate("employee numbers", columns.name(of: .employeeNumber), key: exact) { $0.employeeNumber },
            idRole == .email ? nil : candidate("e-mail addresses", columns.name(of: .email), key: loose) { $0.email },
            candidate("full names", nameHeader.isEmpty ? nil : nameHeader, key: loose) { $0.name },
        ].compactMap { $0 }
        let values = people.compactMap(\.managerValue)
        guard !values.isEmpty else {
            throw log.fail(.missingColumn, "the manager column '\(columns.name(of: .manager) ?? "")' is empty in every row, so nobody's manager is known")
        }
        let scored = candidates.map { candidate in (candidate, values.count { candidate.index[candidate.key($0)] != nil }) }
        guard let (chosen, matched) = scored.max(by: { $0.1 < $1.1 }), matched > 0 else {
            throw log.fail(.unknownManager, "none of the \(values.count) values in the manager column '\(columns.name(of: .manager) ?? "")' match an id, employee number, e-mail address or name in the file; name the columns with --id-column and --manager-column")
        }
        // `max(by:)` keeps the last of equal scores: prefer the first candidate on a tie.
        let best = scored.first { $0.1 == matched }.map(\.0) ?? chosen
        let description = "\(best.what) (\(matched) of \(values.count) values match column '\(best.header)')"

        let rows = people.map(\.row)
        for position in people.indices {
            let person = people[position]
            if let value = person.managerValue {
                people[position].manager = resolve(value, in: best, for: person, at: position, kind: "manager", rows: rows, log: &log)
            }
            if let value = person.dottedValue {
                people[position].dotted = resolve(value, in: best, for: person, at: position, kind: "dotted-line manager", rows: rows, log: &log)
            }
        }
        return description
    }

    private func resolve(_ value: String, in candidate: Candidate, for person: Person, at position: Int, kind: String, rows: [Int], log: inout IssueLog) -> Int? {
        let matches = candidate.index[candidate.key(value)] ?? []
        let isManager = kind == "manager"
        let consequence = isManager ? "treated as having no manager (placed at the base)" : "the dotted line is left out"
        switch matches.count {
        case 0:
            log.add(.warning, isManager ? .unknownManager : .dottedLineDropped,
                    "the \(kind) '\(value)' of \(person.label) matches none of the \(candidate.what) in column '\(candidate.header)'; \(consequence)",
                    row: person.row, line: person.line)
            return nil
        case 1 where matches[0] == position:
            log.add(.warning, isManager ? .managerCycle : .dottedLineDropped, "\(person.label) is their own \(kind); \(consequence)", row: person.row, line: person.line)
            return nil
        case 1:
            return matches[0]
        default:
            log.add(.warning, isManager ? .ambiguousManager : .dottedLineDropped,
                    "the \(kind) '\(value)' of \(person.label) matches \(matches.count) people (rows \(matches.map { String(rows[$0]) }.joined(separator: ", "))); \(consequence)",
                    row: person.row, line: person.line)
            return nil
        }
    }

    /// Breaks every manager loop at its member listed first, which is then
    /// treated as having no manager. Linear: each person is walked once.
    private func breakCycles(_ people: inout [Person], log: inout IssueLog) {
        // Cutting one loop changes no other: every node walked is done.
        let managers = people.map(\.manager)
        for loop in ParentLoops.find(count: managers.count, parent: { managers[$0] }) {
            guard let cut = loop.min(by: { people[$0].row < people[$1].row }) else { continue }
            let names = loop.map { people[$0].label }
            people[cut].manager = nil
            log.add(.warning, .managerCycle,
                    "the managers form a loop: \((names + [names[0]]).joined(separator: " -> ")); \(people[cut].label) is treated as having no manager (placed at the base)",
                    row: people[cut].row, line: people[cut].line)
        }
    }

    /// One remark per name that several people share, at its second row.
    private func reportRepeatedNames(_ people: [Person], log: inout IssueLog) {
        var rowsByName: [String: [Int]] = [:]
        var names: [String] = []
        for (position, person) in people.enumerated() {
            guard let name = person.name else { continue }
            if rowsByName[name.matchKey] == nil { names.append(name.matchKey) }
            rowsByName[name.matchKey, default: []].append(position)
        }
        for key in names {
            guard let positions = rowsByName[key], positions.count > 1 else { continue }
            let second = people[positions[1]]
            let rows = positions.prefix(8).map { String(people[$0].row) }.joined(separator: ", ") + (positions.count > 8 ? " and \(positions.count - 8) more" : "")
            log.add(.info, .repeatedName, "\(positions.count) people are called '\(second.name ?? key)' (rows \(rows)); they have different ids, so all are kept as different people",
                    row: second.row, line: second.line)
        }
    }
}
