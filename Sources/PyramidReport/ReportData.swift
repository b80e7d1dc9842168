internal import Foundation
import OrgGraph
import PyramidDiagram

/// The data the report's script reads from its inline JSON: for every team
/// its chains to the customer (from ``TeamExplanation``) and the diagram
/// elements to highlight; for every finding the element it is about.
struct ReportData: Codable, Hashable, Sendable {
    /// One link of a chain, for the explanation panel.
    struct Step: Codable, Hashable, Sendable {
        var from: String
        var to: String
        var kind: String
        var delivers: String?
        var status: String
        var intact: Bool
    }

    /// One chain to an end customer.
    struct Chain: Codable, Hashable, Sendable {
        var intact: Bool
        var steps: [Step]
    }

    /// One team.
    struct TeamEntry: Codable, Hashable, Sendable {
        var id: String
        var name: String
        var tier: String
        var element: String
        var chains: [Chain]
        var truncated: Bool
        var reason: String?
        /// The SVG ids of the teams, customers and links on the chains.
        var highlight: [String]
        var findings: [String]
    }

    /// One end customer.
    struct CustomerEntry: Codable, Hashable, Sendable {
        var id: String
        var name: String
    }

    var teams: [TeamEntry]
    var customers: [CustomerEntry]
    /// For each finding (in report order), the SVG ids it highlights.
    var findings: [[String]]

    init(_ analysis: Analysis, findings: [Finding]) {
        let organisation = analysis.organisation
        let customerIDs = Set(organisation.customers.map(\.id))
        let suppressed = Set(analysis.suppressed)
        teams = organisation.teams.map { team in
            // A known id: explain cannot fail here.
            let explanation = try? analysis.explain(team: team.id)
            let chains = explanation?.chains ?? []
            return TeamEntry(
                id: team.id,
                name: team.name,
                tier: explanation?.analysis.tier.rawValue ?? "",
                element: Self.element(team.id, customers: customerIDs),
                chains: chains.map { chain in
                    Chain(intact: chain.isIntact, steps: chain.steps.map { step in
                        Step(from: step.from, to: step.to, kind: step.kind == .serves ? "serves" : "support",
                             delivers: step.delivers, status: step.status.rawValue, intact: step.isIntact)
                    })
                },
                truncated: explanation?.isTruncated ?? false,
                reason: explanation?.reason,
                highlight: Self.highlight(team.id, chains: chains, customers: customerIDs),
                findings: (explanation?.findings ?? []).filter { finding in
                    !suppressed.contains(finding)
                }.map(\.description)
            )
        }
        customers = organisation.customers.map { CustomerEntry(id: $0.id, name: $0.name) }
        self.findings = findings.map { Self.elements(of: $0, customers: customerIDs) }
    }

    /// The SVG id of a team's or customer's node.
    static func element(_ id: String, customers: Set<String>) -> String {
        (customers.contains(id) ? "customer-" : "team-") + SVGIdentifier.slug(id)
    }

    /// The SVG id of a link.
    static func element(from: String, to: String, kind: LinkReference.Kind) -> String {
        (kind == .serves ? "link-" : "support-") + SVGIdentifier.slug(from) + "-" + SVGIdentifier.slug(to)
    }

    /// Every node and link on the chains, sorted, the team itself included.
    static func highlight(_ team: String, chains: [TeamExplanation.Chain], customers: Set<String>) -> [String] {
        var ids: Set<String> = [element(team, customers: customers)]
        for chain in chains {
            for step in chain.steps {
                ids.insert(element(step.from, customers: customers))
                ids.insert(element(step.to, customers: customers))
                ids.insert(element(from: step.from, to: step.to, kind: step.kind))
            }
        }
        return ids.sorted()
    }

    /// What a finding highlights: its link, else its team, else its customer.
    static func elements(of finding: Finding, customers: Set<String>) -> [String] {
        if let link = finding.link {
            return [element(from: link.from, to: link.to, kind: link.kind),
                    element(link.from, customers: customers), element(link.to, customers: customers)]
        }
        if let team = finding.team { return [element(team, customers: customers)] }
        if let customer = finding.customer { return ["customer-" + SVGIdentifier.slug(customer)] }
        return []
    }

    /// The JSON text, keys sorted, safe inside `<script>`.
    func scriptJSON() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return HTMLEscaping.scriptJSON(String(decoding: data, as: UTF8.self))
    }
}
