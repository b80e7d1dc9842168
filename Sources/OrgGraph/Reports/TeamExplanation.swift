/// What `pyramid explain MODEL TEAM` prints: the team's chains to the end
/// customer, shortest intact first, link by link, or why there is none; and
/// the team's findings.
public struct TeamExplanation: Sendable {
    /// One link of a chain.
    public struct Step: Hashable, Sendable {
        /// The supplier's id.
        public var from: String
        /// The customer's id (a team or an end customer).
        public var to: String
        /// A `serves` link or a support link from `reports-to`.
        public var kind: LinkReference.Kind
        /// What flows along a `serves` link, if the model says.
        public var delivers: String?
        /// The link's status (`ok` for support links).
        public var status: LinkStatus
        /// The standard measured on the link, if any.
        public var standard: ServiceStandard?
        /// Whether the link is intact.
        public var isIntact: Bool
        /// Where the link is written (`serves` entry or `reports-to` entry).
        public var location: SourceLocation
    }

    /// A chain of links from the team to an end customer.
    public struct Chain: Hashable, Sendable {
        /// The links, from the team to the end customer.
        public var steps: [Step]
        /// Whether every link is intact.
        public var isIntact: Bool { steps.allSatisfy(\.isIntact) }
        /// The end customer reached.
        public var customer: String { steps.last?.to ?? "" }
    }

    /// The team's model entry.
    public var team: Team
    /// What the analysis learned about the team.
    public var analysis: TeamAnalysis
    /// The shortest intact chains, then the shortest chains over all links
    /// that are not intact, at most the requested limit in all.
    public var chains: [Chain]
    /// Whether more chains exist than the limit allowed.
    public var isTruncated: Bool
    /// Why the team has no intact chain (the `no-path-to-customer` or
    /// `chain-broken` message); `nil` when it has one.
    public var reason: String?
    /// The team's findings, suppressed ones included (``suppressed`` tells which).
    public var findings: [Finding]
    /// The team's findings that an `ignore` entry suppressed.
    public var suppressed: [Finding]

    /// The explanation as text, e.g.
    ///
    ///     nurses (Nursing team): front-line, distance 1 (nominal 1)
    ///     Chains to the customer, shortest intact first:
    ///       1. intact, 1 link: nurses -> patients
    ///          nurses -> patients: serves, delivers 'Care'; holds
    ///     Findings:
    ///       clinic.yaml:12:7: warning: [unsupported-front-line] ...
    public func text(colour: Bool = false) -> String {
        let style = TextStyle(colour: colour)
        var out = style.bold(team.id)
        if team.name != team.id { out += " (\(team.name))" }
        out += ": \(analysis.tier.rawValue)"
        if analysis.tier != analysis.inferredTier { out += " (structure says \(analysis.inferredTier.rawValue))" }
        if let headcount = team.headcount { out += ", \(Formatting.count(headcount, "person", "people"))" }
        out += ", distance " + (analysis.distance.map(String.init) ?? "none")
        out += " (nominal " + (analysis.nominalDistance.map(String.init) ?? "none") + ")\n"

        if chains.isEmpty {
            out += "No chain to the customer.\n"
        } else {
            out += "Chains to the customer, shortest intact first:\n"
            for (i, chain) in chains.enumerated() {
                let route = ([chain.steps.first?.from ?? team.id] + chain.steps.map(\.to)).joined(separator: " -> ")
                let state = chain.isIntact ? style.ok("intact") : style.bad("broken")
                out += "  \(i + 1). \(state), \(Formatting.count(chain.steps.count, "link")): \(route)\n"
                for step in chain.steps { out += "       " + Self.describe(step, style: style) + "\n" }
            }
            if isTruncated { out += "  (more chains not shown)\n" }
        }
        if let reason { out += "Why: \(reason)\n" }
        if findings.isEmpty {
            out += "No findings.\n"
        } else {
            out += "Findings:\n"
            for finding in findings {
                let line = style.line(location: finding.location, severity: finding.severity, code: finding.code.rawValue, message: finding.message)
                out += "  " + line + (suppressed.contains(finding) ? " (suppressed)" : "") + "\n"
            }
        }
        return out
    }

    /// One step as text: `a -> b: serves, delivers 'X'; standard 'm': actual 97% against a target of 95%; holds`.
    static func describe(_ step: Step, style: TextStyle) -> String {
        var parts: [String] = []
        switch step.kind {
        case .serves:
            parts.append("serves" + (step.delivers.map { ", delivers '\($0)'" } ?? ""))
        case .support:
            parts.append("support (\(step.to) reports to \(step.from))")
        }
        if let standard = step.standard { parts.append("standard " + Formatting.standard(standard)) }
        if step.status == .broken {
            parts.append(style.bad("BROKEN") + " (status: broken)")
        } else if step.standard?.isBreached == true {
            parts.append(style.bad("BREACHED"))
        } else {
            parts.append(style.ok("holds"))
        }
        return "\(step.from) -> \(step.to): " + parts.joined(separator: "; ")
    }

    /// The explanation as JSON: `{"team", "tier", "distance", "nominalDistance",
    /// "chains": [{"intact", "customer", "links": [{"from", "to", "kind",
    /// "delivers", "status", "standard", "intact"}]}], "truncated", "reason",
    /// "findings": [...]}`.
    public func json() -> String {
        JSONValue.object([
            ("team", .string(team.id)),
            ("tier", .string(analysis.tier.rawValue)),
            ("distance", .int(analysis.distance)),
            ("nominalDistance", .int(analysis.nominalDistance)),
            ("chains", .array(chains.map { chain in
                .object([
                    ("intact", .bool(chain.isIntact)),
                    ("customer", .string(chain.customer)),
                    ("links", .array(chain.steps.map { step in
                        .object([
                            ("from", .string(step.from)),
                            ("to", .string(step.to)),
                            ("kind", .string(step.kind.rawValue)),
                            ("delivers", .string(step.delivers)),
                            ("status", .string(step.status.rawValue)),
                            ("standard", step.standard.map { standard in
                                .object([
                                    ("measure", .string(standard.measure)),
                                    ("target", .number(standard.target)),
                                    ("actual", standard.actual.map { .number($0) } ?? .null),
                                    ("unit", .string(standard.unit)),
                                    ("better", .string(standard.better.rawValue)),
                                ])
                            } ?? .null),
                            ("intact", .bool(step.isIntact)),
                        ])
                    })),
                ])
            })),
            ("truncated", .bool(isTruncated)),
            ("reason", .string(reason)),
            ("findings", .array(findings.map(JSONValue.finding))),
        ]).rendered()
    }
}

/// `explain` was asked about a team the model does not have.
public struct UnknownTeam: Error, Hashable, Sendable, CustomStringConvertible {
    /// The id asked for.
    public var id: String
    /// The model file.
    public var file: String
    /// The nearest team id, if it looks like a typo.
    public var suggestion: String?

    /// Creates the error.
    public init(id: String, file: String, suggestion: String? = nil) {
        self.id = id
        self.file = file
        self.suggestion = suggestion
    }

    /// `no team 'x' in FILE; did you mean 'y'?`.
    public var description: String {
        "no team '\(id)' in \(file)" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
    }
}

extension Analysis {
    /// Explains a team's chains to the end customer.
    ///
    /// Chains are enumerated by walking down the distance labels: first the
    /// shortest intact chains (each step an intact link to a node one closer
    /// in the intact graph), then, if room is left, the shortest chains over
    /// all links that contain a broken or breached link. At most `limit`
    /// chains are returned and at most `64 * limit` partial chains explored,
    /// so the cost is O(limit * length * degree), independent of how many
    /// chains exist.
    ///
    /// - Throws: ``UnknownTeam`` when no team has this id.
    public func explain(team id: String, limit: Int = 5) throws(UnknownTeam) -> TeamExplanation {
        let t = try requireTeamIndex(of: id)
        let node = graph.node(ofTeam: t)
        var chains: [[Int]] = []
        var truncated = false
        if distance[node] >= 0 {
            truncated = enumerateChains(from: node, labels: distance, intactOnly: true, limit: limit, into: &chains) { _ in true }
        }
        if nominalDistance[node] >= 0, chains.count < limit {
            let more = enumerateChains(from: node, labels: nominalDistance, intactOnly: false, limit: limit, into: &chains) { path in
                path.contains { !graph.edgeIntact[$0] }
            }
            truncated = truncated || more
        } else if nominalDistance[node] >= 0, distance[node] != nominalDistance[node] {
            truncated = true
        }

        let steps = chains.map { TeamExplanation.Chain(steps: $0.map(step)) }
        let all = (findings + suppressed).filter { $0.team == id }.sorted(by: Finding.precedes)
        let reason: String? = distance[node] >= 0 ? nil
            : all.first { $0.code == .noPathToCustomer || $0.code == .chainBroken }?.message
        return TeamExplanation(
            team: organisation.teams[t],
            analysis: teams[t],
            chains: steps,
            isTruncated: truncated,
            reason: reason,
            findings: all,
            suppressed: suppressed.filter { $0.team == id }
        )
    }

    /// Depth-first enumeration of label-descending paths, iterative. Returns
    /// whether it stopped early (limit or exploration budget reached).
    private func enumerateChains(
        from start: Int,
        labels: [Int32],
        intactOnly: Bool,
        limit: Int,
        into chains: inout [[Int]],
        accept: ([Int]) -> Bool
    ) -> Bool {
        var budget = 64 * max(limit, 1)
        var path: [Int] = []
        var cursors: [Int] = [Int(graph.outStart[start])]
        var nodes: [Int] = [start]
        while let cursor = cursors.last, let node = nodes.last {
            if labels[node] == 0 {
                if accept(path) {
                    if chains.count >= limit { return true }
                    chains.append(path)
                }
                budget -= 1
                if budget <= 0 { return true }
                cursors.removeLast()
                nodes.removeLast()
                path.removeLast()
                continue
            }
            var next = cursor
            var advanced = false
            while next < Int(graph.outStart[node + 1]) {
                let e = Int(graph.outEdges[next])
                next += 1
                let to = Int(graph.edgeTo[e])
                if intactOnly && !graph.edgeIntact[e] { continue }
                guard labels[to] >= 0, labels[to] == labels[node] - 1 else { continue }
                cursors[cursors.count - 1] = next
                path.append(e)
                nodes.append(to)
                cursors.append(Int(graph.outStart[to]))
                advanced = true
                break
            }
            if !advanced {
                cursors.removeLast()
                nodes.removeLast()
                if !path.isEmpty { path.removeLast() }
            }
        }
        return false
    }

    private func step(_ edge: Int) -> TeamExplanation.Step {
        let team = organisation.teams[Int(graph.edgeTeam[edge])]
        let entry = Int(graph.edgeEntry[edge])
        let from = Int(graph.edgeFrom[edge])
        let to = Int(graph.edgeTo[edge])
        func id(_ node: Int) -> String {
            graph.isTeam(node) ? organisation.teams[graph.team(node)].id : organisation.customers[node].id
        }
        switch graph.edgeKind[edge] {
        case .serves:
            let link = team.serves[entry]
            return .init(from: id(from), to: id(to), kind: .serves, delivers: link.delivers, status: link.status,
                         standard: link.standard, isIntact: link.isIntact, location: link.location)
        case .support:
            return .init(from: id(from), to: id(to), kind: .support, delivers: nil, status: .ok,
                         standard: nil, isIntact: true, location: team.reportsTo[entry].location)
        }
    }
}
