/// The layer of the inverted pyramid a team belongs to.
public enum Tier: String, Hashable, Sendable, Codable, CaseIterable {
    /// Serves an end customer directly.
    case frontLine = "front-line"
    /// Serves other teams.
    case support
    /// Other teams report to it; it supports and coaches them.
    case leadership
}
