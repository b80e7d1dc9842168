/// Why a ``Scenario`` cannot be applied to a model.
public enum ScenarioError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No team or customer has this id; the suggestion is the nearest id.
    case unknownID(UnknownTeam)
    /// The id is an end customer, which cannot be removed.
    case notATeam(id: String, file: String)
    /// Both ends exist but the supplier does not serve the customer.
    /// `isReportsTo`: `to` reports to `from`, an implicit support link that
    /// has no status to break. The suggestion is the nearest id the supplier
    /// serves; `serves` lists all it serves.
    case noSuchLink(LinkReference, location: SourceLocation, isReportsTo: Bool, suggestion: String?, serves: [String])

    /// The message, as `explain` prints an unknown team:
    /// `no team 'x' in FILE; did you mean 'y'?`, or
    /// `FILE:LINE:COL: error: 'a' has no serves link to 'b'; did you mean 'a:c'?`.
    public var description: String {
        switch self {
        case .unknownID(let unknown):
            return unknown.description
        case .notATeam(let id, let file):
            return "'\(id)' in \(file) is an end customer, not a team; only teams can be removed"
        case .noSuchLink(let link, let location, let isReportsTo, let suggestion, let serves):
            var text = "\(location): error: '\(link.from)' has no serves link to '\(link.to)'"
            if isReportsTo {
                text += " ('\(link.to)' reports to it: a support link, which has no status to break)"
            } else if let suggestion {
                text += "; did you mean '\(link.from):\(suggestion)'?"
            } else if serves.isEmpty {
                text += "; it serves no one"
            } else {
                text += "; it serves " + Formatting.list(serves, limit: 10)
            }
            return text
        }
    }
}
