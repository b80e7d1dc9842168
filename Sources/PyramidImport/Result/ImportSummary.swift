/// What the import read and made, for the command to print.
public struct ImportSummary: Hashable, Sendable {
    /// Which kind of export the file is.
    public enum Kind: String, Hashable, Sendable {
        /// One row per person.
        case people
        /// One row per team.
        case teams
    }

    /// People or team export.
    public var kind: Kind
    /// The separator the file uses.
    public var separator: Character
    /// A column the import used.
    public struct UsedColumn: Hashable, Sendable {
        /// What the column holds.
        public var role: ColumnRole
        /// Its header, as written.
        public var header: String
    }

    /// Each role found and the header of its column, in role order.
    public var columns: [UsedColumn]
    /// What the manager column holds, e.g. `ids (106 of 106 values match column 'id')`.
    public var managerValues: String?
    /// The data rows in the file.
    public var rows: Int
    /// The people imported (positions with a person in them).
    public var people: Int
    /// The vacancies imported (positions without a person).
    public var vacancies: Int
    /// The teams written.
    public var teams: Int
    /// The rows skipped, each with a warning saying why.
    public var skippedRows: Int

    /// `id 'id', manager 'parentId', team 'department_name'`.
    public var columnList: String {
        columns.map { "\($0.role.rawValue) '\($0.header)'" }.joined(separator: ", ")
    }
}
