/// Why nothing could be imported: the problems found, at least one an error.
public struct ImportError: Error, Hashable, Sendable {
    /// Every problem found, in file order.
    public var issues: [ImportIssue]

    /// Creates an error.
    public init(_ issues: [ImportIssue]) {
        self.issues = issues
    }
}
