extension Organisation {
    /// The tier each team's place in the structure implies, parallel to ``teams``.
    ///
    /// A team is `front-line` if it serves an end customer directly; otherwise
    /// `leadership` if any team reports to it; otherwise `support`.
    /// Linear in teams + links.
    public func inferredTiers() -> [Tier] {
        let customerIDs = Set(customers.map(\.id))
        var leaders = Set<String>()
        for team in teams {
            for leader in team.reportsTo { leaders.insert(leader.value) }
        }
        return teams.map { team in
            if team.serves.contains(where: { customerIDs.contains($0.to) }) { return .frontLine }
            if leaders.contains(team.id) { return .leadership }
            return .support
        }
    }
}
