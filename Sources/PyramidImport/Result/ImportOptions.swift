/// How to read an export: columns named by the user, and the model's name.
public struct ImportOptions: Hashable, Sendable {
    /// Header names given on the command line (`--id-column` ...), by role.
    public var columns: [ColumnRole: String]
    /// The organisation's name; the file's base name when `nil`.
    public var organisationName: String?

    /// Creates options.
    public init(columns: [ColumnRole: String] = [:], organisationName: String? = nil) {
        self.columns = columns
        self.organisationName = organisationName
    }
}
