/// What is known about a hand-off, independent of its measured standard.
public enum LinkStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// Works as far as anyone knows.
    case ok
    /// A known break in the chain.
    case broken
}
