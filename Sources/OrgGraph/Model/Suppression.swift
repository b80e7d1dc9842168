/// An `ignore` entry: a known, accepted finding that `check` reports as
/// suppressed instead of failing on it.
public struct Suppression: Hashable, Sendable {
    /// The finding code, e.g. `upward-facing`.
    public var code: String
    /// The team the finding is about; `nil` suppresses the code for every team.
    public var team: String?
    /// Where the entry is written.
    public var location: SourceLocation

    /// Creates a suppression.
    public init(code: String, team: String? = nil, location: SourceLocation) {
        self.code = code
        self.team = team
        self.location = location
    }
}
