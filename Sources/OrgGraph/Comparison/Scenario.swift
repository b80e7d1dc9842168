/// A change to try on a model in memory (`pyramid what-if`): teams removed
/// and `serves` links broken. The model file is never touched.
///
/// ```swift
/// let scenario = Scenario(removing: ["finance"], breaking: [LinkReference(from: "billing", to: "renewals")])
/// let after = try scenario.apply(to: organisation)
/// let report = WhatIfReport(scenario: scenario, comparison: ModelComparison(old: Analysis(organisation), new: Analysis(after)))
/// ```
public struct Scenario: Hashable, Sendable {
    /// The ids of the teams to remove.
    public var removedTeams: [String]
    /// The `serves` links to mark `status: broken`.
    public var brokenLinks: [LinkReference]

    /// Creates a scenario.
    public init(removing removedTeams: [String] = [], breaking brokenLinks: [LinkReference] = []) {
        self.removedTeams = removedTeams
        self.brokenLinks = brokenLinks
    }

    /// Parses a `--break` value, `FROM:TO`; `nil` unless both ends are non-empty.
    public static func link(from text: String) -> LinkReference? {
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        return LinkReference(from: String(parts[0]), to: String(parts[1]))
    }

    /// The organisation with the scenario applied: each removed team is
    /// dropped with its `serves` links, the links serving it and the
    /// `reports-to` entries naming it; each broken link gets `status: broken`
    /// (a link of a removed team goes with the team). O(teams + links).
    ///
    /// - Throws: ``ScenarioError`` for an id that is not a team (with the
    ///   nearest id as a suggestion) or a link the model does not have.
    public func apply(to organisation: Organisation) throws(ScenarioError) -> Organisation {
        var teamIndex: [String: Int] = [:]
        for (t, team) in organisation.teams.enumerated() where teamIndex[team.id] == nil { teamIndex[team.id] = t }
        let customerIDs = Set(organisation.customers.map(\.id))

        func unknown(_ id: String) -> ScenarioError {
            if customerIDs.contains(id) { return .notATeam(id: id, file: organisation.file) }
            return .unknownID(UnknownTeam(
                id: id, file: organisation.file,
                suggestion: Suggestion.nearest(to: id, in: organisation.teams.map(\.id))))
        }

        for id in removedTeams where teamIndex[id] == nil { throw unknown(id) }
        // Per team, the positions of its links to break.
        var breaks: [Int: Set<Int>] = [:]
        for link in brokenLinks {
            guard let t = teamIndex[link.from] else { throw unknown(link.from) }
            let team = organisation.teams[t]
            guard let s = team.serves.firstIndex(where: { $0.to == link.to }) else {
                if teamIndex[link.to] == nil, !customerIDs.contains(link.to) {
                    throw .unknownID(UnknownTeam(
                        id: link.to, file: organisation.file,
                        suggestion: Suggestion.nearest(to: link.to, in: organisation.teams.map(\.id) + organisation.customers.map(\.id))))
                }
                throw .noSuchLink(
                    link, location: team.location,
                    isReportsTo: organisation.teams[teamIndex[link.to] ?? t].reportsTo.contains { $0.value == link.from },
                    suggestion: Suggestion.nearest(to: link.to, in: team.serves.map(\.to)),
                    serves: team.serves.map(\.to))
            }
            breaks[t, default: []].insert(s)
        }

        let removed = Set(removedTeams)
        var result = organisation
        result.teams = []
        result.teams.reserveCapacity(organisation.teams.count)
        for (t, var team) in organisation.teams.enumerated() where !removed.contains(team.id) {
            team.reportsTo.removeAll { removed.contains($0.value) }
            if let positions = breaks[t] {
                for s in positions { team.serves[s].status = .broken }
            }
            team.serves.removeAll { removed.contains($0.to) }
            result.teams.append(team)
        }
        return result
    }

    /// `without 'a', 'b'; 'c' -> 'd' broken`.
    public var summary: String {
        var parts: [String] = []
        if !removedTeams.isEmpty { parts.append("without " + Formatting.list(removedTeams, limit: .max)) }
        if !brokenLinks.isEmpty {
            parts.append(brokenLinks.map { "\(Formatting.quote($0.from)) -> \(Formatting.quote($0.to))" }.joined(separator: ", ") + " broken")
        }
        return parts.isEmpty ? "unchanged" : parts.joined(separator: "; ")
    }
}
