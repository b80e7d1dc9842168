public import OrgGraph

/// What changed between two versions, for drawing the new version with the
/// changes marked (`pyramid diff --render`, `pyramid what-if --render`):
/// added parts green, changed parts amber, removed parts drawn again as
/// grey, dashed ghosts, and each team's fixed and introduced findings named
/// under it. Set it as ``DiagramOptions/changes`` and render the new version.
///
/// ```swift
/// let comparison = ModelComparison(old: oldAnalysis, new: newAnalysis)
/// let options = DiagramOptions(changes: ChangeMarks(comparison, old: oldAnalysis))
/// let svg = try PyramidRenderer.render(newAnalysis, options: options, format: .svg)
/// ```
public struct ChangeMarks: Hashable, Sendable {
    /// How a drawn part changed.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// New in this version: green.
        case added
        /// Gone in this version, drawn as a grey, dashed ghost.
        case removed
        /// Changed fields, or renamed: amber.
        case changed
    }

    /// A removed team, drawn again with the tier it had.
    struct GhostTeam: Hashable, Sendable {
        var team: Team
        var tier: Tier
    }

    /// A removed `serves` link, drawn from `team` (an id of the drawing).
    struct GhostLink: Hashable, Sendable {
        var team: String
        var link: ServiceLink
    }

    /// Per team or customer id (new ids; old ids for removed ones), how it changed.
    public var nodes: [String: Kind]
    /// Per `serves` link (ids as in ``nodes``), how it changed.
    public var links: [LinkReference: Kind]
    /// Per team or customer id, the codes of the findings fixed about it
    /// (a link's findings count for its supplier).
    public var fixed: [String: [FindingCode]]
    /// Per team or customer id, the codes of the findings introduced about it.
    public var introduced: [String: [FindingCode]]
    /// The line under the title: what the version is compared with and how
    /// changes are drawn.
    public var caption: String
    var ghostTeams: [GhostTeam]
    var ghostCustomers: [Customer]
    var ghostLinks: [GhostLink]

    /// The marks of a comparison; `old` is the analysis of its old version
    /// (where the removed parts are taken from). O(teams + links + findings).
    public init(_ comparison: ModelComparison, old: Analysis) {
        func kind(_ change: ChangeKind) -> Kind {
            switch change {
            case .added: .added
            case .removed: .removed
            case .renamed, .changed: .changed
            }
        }
        func mapped(_ id: String) -> String { comparison.renames[id] ?? id }
        var nodes: [String: Kind] = [:]
        for change in comparison.teams + comparison.customers { nodes[change.id] = kind(change.kind) }
        var links: [LinkReference: Kind] = [:]
        for change in comparison.links { links[LinkReference(from: mapped(change.from), to: mapped(change.to))] = kind(change.kind) }
        var fixed: [String: [FindingCode]] = [:]
        for finding in comparison.fixed {
            if let subject = finding.team ?? finding.customer { fixed[mapped(subject), default: []].append(finding.code) }
        }
        var introduced: [String: [FindingCode]] = [:]
        for finding in comparison.introduced {
            if let subject = finding.team ?? finding.customer { introduced[subject, default: []].append(finding.code) }
        }

        let organisation = old.organisation
        let removedTeams = Set(comparison.teams.filter { $0.kind == .removed }.map(\.id))
        let removedCustomers = Set(comparison.customers.filter { $0.kind == .removed }.map(\.id))
        let removedLinks = Set(comparison.links.filter { $0.kind == .removed }.map(\.reference))
        var ghostTeams: [GhostTeam] = []
        var ghostLinks: [GhostLink] = []
        for (t, team) in organisation.teams.enumerated() {
            for link in team.serves where removedLinks.contains(LinkReference(from: team.id, to: link.to)) {
                var ghost = link
                ghost.to = mapped(link.to)
                ghostLinks.append(GhostLink(team: mapped(team.id), link: ghost))
            }
            if removedTeams.contains(team.id) {
                var ghost = team
                ghost.serves = []
                ghost.reportsTo = team.reportsTo.map { Located(mapped($0.value), at: $0.location) }
                ghostTeams.append(GhostTeam(team: ghost, tier: old.teams[t].tier))
            }
        }
        let since = comparison.oldFile == comparison.newFile ? "what if: " : "changes since \(comparison.oldFile): "
        caption = since + "green added, amber changed, grey dashed removed"
        self.nodes = nodes
        self.links = links
        self.fixed = fixed
        self.introduced = introduced
        self.ghostTeams = ghostTeams
        self.ghostCustomers = organisation.customers.filter { removedCustomers.contains($0.id) }
        self.ghostLinks = ghostLinks
    }
}
