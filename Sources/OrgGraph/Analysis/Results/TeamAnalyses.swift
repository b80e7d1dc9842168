/// The analysis of every team, parallel to ``Organisation/teams``: a
/// random-access collection of ``TeamAnalysis`` values.
///
/// The results are kept as columns inside the analysis; each element is
/// built when it is read (in O(1), plus the lists it is asked for), so
/// reading `analysis.teams[t].distance` allocates nothing.
///
/// ```swift
/// for team in analysis.teams where !team.reachesCustomer { print(team.id) }
/// ```
public struct TeamAnalyses: RandomAccessCollection, Equatable, Sendable {
    private let columns: TeamColumns

    init(_ columns: TeamColumns) {
        self.columns = columns
    }

    /// Always `0`.
    public var startIndex: Int { 0 }
    /// The number of teams.
    public var endIndex: Int { columns.teamCount }

    /// The analysis of team `position` (its index in ``Organisation/teams``).
    public subscript(position: Int) -> TeamAnalysis {
        precondition(position >= 0 && position < columns.teamCount, "team index out of range")
        return columns.team(position)
    }

    /// See ``Analysis/linkFindingCodes(team:entry:)``.
    func linkFindingCodes(team: Int, entry: Int) -> [FindingCode] {
        guard team >= 0, team < columns.teamCount, entry >= 0 else { return [] }
        let flat = Int(columns.graph.servesStart[team]) + entry
        guard flat < Int(columns.graph.servesStart[team + 1]) else { return [] }
        return TeamColumns.codes(columns.linkCodes[flat])
    }

    /// Equal when they hold equal team analyses in the same order (as two
    /// arrays of ``TeamAnalysis`` would be).
    public static func == (a: TeamAnalyses, b: TeamAnalyses) -> Bool {
        a.columns === b.columns || (a.count == b.count && a.elementsEqual(b))
    }
}
