import OrgGraph

/// How ``ChangeMarks`` are drawn: the removed parts merged back into the
/// input as ghosts (so the layout places them like any part), and the
/// marks applied to each node and link where the builder draws it.
extension ChangeMarks {
    /// Green for added parts.
    static let addedColour = "#2e7d32"
    /// Amber for changed parts (lighter than the upward-facing links' amber).
    static let changedColour = "#e0a100"
    /// Grey for removed parts.
    static let removedColour = "#9aa5b1"

    /// The input with the removed teams, customers and links added back.
    /// Ghosts whose id the new version reuses, and ghost links whose ends
    /// are not drawn, are left out. Linear in teams + links.
    func merged(into input: PyramidInput) -> PyramidInput {
        var organisation = input.organisation
        var teams = input.teams
        var ids = Set(organisation.customers.map(\.id)).union(organisation.teams.map(\.id))
        for customer in ghostCustomers where ids.insert(customer.id).inserted {
            organisation.customers.append(customer)
        }
        var ghosts: [GhostTeam] = []
        for ghost in ghostTeams where ids.insert(ghost.team.id).inserted { ghosts.append(ghost) }
        for var ghost in ghosts {
            let keep = ghost.team.serves.map { ids.contains($0.to) }
            ghost.team.serves = zip(ghost.team.serves, keep).filter(\.1).map(\.0)
            ghost.analysis.serves = zip(ghost.analysis.serves, keep).filter(\.1).map(\.0)
            ghost.team.reportsTo.removeAll { !ids.contains($0.value) }
            organisation.teams.append(ghost.team)
            teams.append(ghost.analysis)
        }
        var position: [String: Int] = [:]
        for (t, team) in organisation.teams.enumerated() { position[team.id] = t }
        for ghost in ghostLinks {
            guard let t = position[ghost.team], ids.contains(ghost.link.to), t < teams.count else { continue }
            organisation.teams[t].serves.append(ghost.link)
            teams[t].serves.append(LinkAnalysis(to: ghost.link.to, isIntact: ghost.link.isIntact, facesCustomer: true))
        }
        return PyramidInput(organisation: organisation, teams: teams, findings: input.findings)
    }

    /// The lines added under a team's or customer's name: how it changed,
    /// and the findings fixed and introduced about it.
    func lines(for id: String) -> [String] {
        var lines: [String] = []
        switch nodes[id] {
        case .added?: lines.append("+ added")
        case .removed?: lines.append("- removed")
        case .changed?: lines.append("~ changed")
        case nil: break
        }
        if let codes = fixed[id], !codes.isEmpty { lines.append("fixed: " + Self.codes(codes)) }
        if let codes = introduced[id], !codes.isEmpty { lines.append("new: " + Self.codes(codes)) }
        return lines
    }

    /// Colours a team or customer: added green, changed amber (both thick),
    /// removed grey and dashed; a class `change-KIND`, and
    /// `finding-fixed`/`finding-introduced` when findings changed.
    func styleNode(_ id: String, _ attributes: inout DOTAttributes) {
        var classes: [String] = []
        if let kind = nodes[id] {
            classes.append("change-" + kind.rawValue)
            switch kind {
            case .added:
                attributes.set(.color, Self.addedColour)
                attributes.set(.penwidth, "3")
            case .changed:
                attributes.set(.color, Self.changedColour)
                attributes.set(.penwidth, "3")
            case .removed:
                attributes.set(.color, Self.removedColour)
                attributes.set(.fontcolor, Self.removedColour)
                attributes.set(.fillcolor, "#f7f7f7")
                let style = Self.string(attributes[.style]) ?? "filled"
                attributes.set(.style, style.contains("dashed") ? style : style + ",dashed")
                attributes.set(.penwidth, "1.5")
            }
        }
        if fixed[id] != nil { classes.append("finding-fixed") }
        if introduced[id] != nil { classes.append("finding-introduced") }
        Self.addClasses(classes, to: &attributes)
    }

    /// Colours a `serves` link like its change (removed: grey and dashed).
    func styleLink(from: String, to: String, _ attributes: inout DOTAttributes) {
        guard let kind = links[LinkReference(from: from, to: to)] else { return }
        Self.addClasses(["change-" + kind.rawValue], to: &attributes)
        switch kind {
        case .added:
            attributes.set(.color, Self.addedColour)
            attributes.set(.penwidth, "2.5")
        case .changed:
            attributes.set(.color, Self.changedColour)
            attributes.set(.penwidth, "2.5")
        case .removed:
            attributes.set(.color, Self.removedColour)
            attributes.set(.fontcolor, Self.removedColour)
            attributes.set(.style, "dashed")
            attributes.set(.penwidth, "1.2")
        }
    }

    private static func codes(_ codes: [FindingCode]) -> String {
        var seen = Set<FindingCode>()
        return codes.filter { seen.insert($0).inserted }.map(\.rawValue).joined(separator: ", ")
    }

    private static func string(_ value: DOTValue?) -> String? {
        if case .string(let text)? = value { return text }
        return nil
    }

    private static func addClasses(_ classes: [String], to attributes: inout DOTAttributes) {
        guard !classes.isEmpty else { return }
        let existing = string(attributes[.class]).map { [$0] } ?? []
        attributes.set(.class, (existing + classes).joined(separator: " "))
    }
}
