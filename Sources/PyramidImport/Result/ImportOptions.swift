/// How to read an export: columns named by the user, and the model's name.
public struct ImportOptions: Hashable, Sendable {
    /// Header names given on the command line (`--id-column` ...), by role.
    public var columns: [ColumnRole: String]
    /// The organisation's name; the file's base name when `nil`.
    public var organisationName: String?

    /// The path the model will be written to, named in the header's next
    /// steps; `MODEL.yaml` when `nil`.
    public var modelPath: String?

    /// Creates options.
    public init(columns: [ColumnRole: String] = [:], organisationName: String? = nil, modelPath: String? = nil) {
        self.columns = columns
        self.organisationName = organisationName
        self.modelPath = modelPath
    }
}
