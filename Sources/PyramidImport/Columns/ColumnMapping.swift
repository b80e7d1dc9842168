/// Which column of the header plays which role.
public struct ColumnMapping: Hashable, Sendable {
    /// The column index of each role found.
    public private(set) var index: [ColumnRole: Int] = [:]
    /// The header, as written.
    public let header: [String]

    /// Matches `header` against the roles: a role named in `explicit` takes
    /// that column (its name matched exactly, then case- and
    /// punctuation-insensitively); every other role takes the first column
    /// whose normalised name is one of the role's usual names, in the order
    /// of ``ColumnRole/allCases``. A column plays one role only.
    ///
    /// - Returns: the mapping, and the explicit names that match no column.
    static func match(header: [String], explicit: [ColumnRole: String], roles: [ColumnRole]) -> (ColumnMapping, [ColumnRole: String]) {
        var mapping = ColumnMapping(header: header)
        let normalised = header.map(ColumnRole.normalise)
        var taken = Set<Int>()
        var unmatched: [ColumnRole: String] = [:]
        for role in roles {
            guard let wanted = explicit[role] else { continue }
            let exact = header.firstIndex { $0.trimmingSpaces == wanted.trimmingSpaces }
            let loose = normalised.firstIndex { $0 == ColumnRole.normalise(wanted) }
            if let column = exact ?? loose {
                mapping.index[role] = column
                taken.insert(column)
            } else {
                unmatched[role] = wanted
            }
        }
        for role in roles where explicit[role] == nil {
            for name in role.headerNames {
                if let column = normalised.indices.first(where: { normalised[$0] == name && !taken.contains($0) }) {
                    mapping.index[role] = column
                    taken.insert(column)
                    break
                }
            }
        }
        return (mapping, unmatched)
    }

    /// The header name of the column playing `role`.
    public func name(of role: ColumnRole) -> String? {
        index[role].map { header[$0] }
    }

    /// The trimmed value of `role` in `fields`; `nil` when the column is absent, the row too short or the value blank.
    func value(_ role: ColumnRole, in fields: [String]) -> String? {
        guard let column = index[role], column < fields.count else { return nil }
        let value = fields[column].trimmingSpaces
        return value.isEmpty ? nil : value
    }
}

extension String {
    /// Without leading and trailing white space (spaces, tabs, line breaks, no-break spaces).
    var trimmingSpaces: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }

    /// Lower case with runs of white space made one space: how names and e-mails are compared.
    var matchKey: String {
        split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }
}
