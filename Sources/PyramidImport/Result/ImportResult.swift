public import OrgGraph

/// An imported organisation, with what the import had to say about it.
public struct ImportResult: Hashable, Sendable {
    /// The organisation made from the export. It has no `serves` links yet.
    public var organisation: Organisation
    /// The comment lines for the top of the written file.
    public var header: [String]
    /// Comment lines above a team, where the import guessed or wants to tell something, by team id.
    public var teamComments: [String: [String]]
    /// Every problem and remark, in row order.
    public var issues: [ImportIssue]
    /// The numbers and columns, for the command to print.
    public var summary: ImportSummary

    /// The model as YAML, with its header and team comments.
    public var yaml: String {
        ModelYAMLWriter().yaml(for: organisation, header: header, teamComments: teamComments)
    }

    /// Whether any issue is a warning or an error (what `--strict` fails on).
    public var hasWarnings: Bool {
        issues.contains { $0.severity >= .warning }
    }
}
