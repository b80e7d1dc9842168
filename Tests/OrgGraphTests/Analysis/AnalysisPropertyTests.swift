import Testing
import OrgGraph

/// Seeded random models checked against brute-force definitions.
@Suite struct AnalysisPropertyTests {
    /// A random small organisation: reports-to always points to a later team,
    /// so it is acyclic, as validation guarantees.
    static func randomOrganisation(seed: UInt64) -> Organisation {
        var rng = SplitMix64(seed: seed)
        let customerCount = Int.random(in: 1 ... 3, using: &rng)
        let teamCount = Int.random(in: 1 ... 10, using: &rng)
        let customers = (0 ..< customerCount).map { "c\($0)" }
        let ids = (0 ..< teamCount).map { "t\($0)" }
        let targets = customers + ids
        var teams: [Model.TeamSpec] = []
        for i in 0 ..< teamCount {
            var reportsTo: [String] = []
            if i + 1 < teamCount {
                let leaders = Int.random(in: 0 ... 10, using: &rng)
                let count = leaders < 5 ? 0 : (leaders < 9 ? 1 : 2)
                for _ in 0 ..< count {
                    let leader = ids[Int.random(in: (i + 1) ..< teamCount, using: &rng)]
                    if !reportsTo.contains(leader) { reportsTo.append(leader) }
                }
            }
            var serves: [Model.Link] = []
            for _ in 0 ..< Int.random(in: 0 ... 3, using: &rng) {
                let to = targets[Int.random(in: 0 ..< targets.count, using: &rng)]
                let roll = Int.random(in: 0 ..< 20, using: &rng)
                serves.append(roll < 3 ? Model.broken(to) : roll < 5 ? Model.breached(to) : Model.ok(to))
            }
            let tierRoll = Int.random(in: 0 ..< 10, using: &rng)
            let tier: Tier? = tierRoll < 7 ? nil : Tier.allCases[tierRoll - 7]
            teams.append(Model.team(ids[i], tier, serves: serves, reportsTo: reportsTo))
        }
        return Model.organisation(customers: customers, teams: teams)
    }

    /// The organisation graph spelled out the slow way.
    struct BruteGraph {
        var customers: Set<String>
        var teams: [String]
        var edges: [(from: String, to: String, intact: Bool, serves: Bool)]

        init(_ org: Organisation) {
            customers = Set(org.customers.map(\.id))
            teams = org.teams.map(\.id)
            edges = []
            for team in org.teams {
                for link in team.serves { edges.append((team.id, link.to, link.isIntact, true)) }
                for leader in team.reportsTo { edges.append((leader.value, team.id, true, false)) }
            }
        }

        /// Shortest distances to a customer by repeated relaxation, without `removed`.
        func distances(intactOnly: Bool, removed: String? = nil) -> [String: Int] {
            var distance: [String: Int] = [:]
            for c in customers { distance[c] = 0 }
            var changed = true
            while changed {
                changed = false
                for edge in edges where (edge.intact || !intactOnly) && edge.from != removed && edge.to != removed {
                    guard let d = distance[edge.to] else { continue }
                    if distance[edge.from].map({ $0 > d + 1 }) ?? true {
                        distance[edge.from] = d + 1
                        changed = true
                    }
                }
            }
            return distance
        }
    }

    static let seeds: [UInt64] = Array(1 ... 400)

    @Test(arguments: seeds) func invariantsHoldOnRandomModels(seed: UInt64) {
        let org = Self.randomOrganisation(seed: seed)
        let analysis = Analysis(org, dependentLimit: 1000)
        let brute = BruteGraph(org)
        let intact = brute.distances(intactOnly: true)
        let nominal = brute.distances(intactOnly: false)

        for (t, team) in analysis.teams.enumerated() {
            #expect(team.distance == intact[team.id], "seed \(seed) distance of \(team.id)")
            #expect(team.nominalDistance == nominal[team.id], "seed \(seed) nominal of \(team.id)")
            if team.inferredTier == .frontLine { #expect(team.nominalDistance == 1) }
            if org.teams[t].serves.contains(where: { $0.isIntact && brute.customers.contains($0.to) }) {
                #expect(team.distance == 1, "seed \(seed): front line \(team.id)")
            }
        }
        for edge in brute.edges {
            if let to = intact[edge.to], edge.intact {
                #expect((intact[edge.from] ?? .max) <= to + 1, "seed \(seed) \(edge)")
            }
            if let to = nominal[edge.to] {
                #expect((nominal[edge.from] ?? .max) <= to + 1, "seed \(seed) \(edge)")
            }
        }

        let noPath = Set(analysis.teams(with: .noPathToCustomer))
        let broken = Set(analysis.teams(with: .chainBroken))
        #expect(noPath.isDisjoint(with: broken))
        #expect(noPath == Set(brute.teams.filter { nominal[$0] == nil }), "seed \(seed)")
        #expect(broken == Set(brute.teams.filter { nominal[$0] != nil && intact[$0] == nil }), "seed \(seed)")

        // Pure leaders: teams that reach the customer, but over no intact serves
        // link of their own, except through themselves (remove the team, then
        // ask whether what it serves still reaches a customer).
        var pureLeaders: Set<String> = []
        for team in org.teams where intact[team.id] != nil {
            let without = brute.distances(intactOnly: true, removed: team.id)
            if !team.serves.contains(where: { $0.isIntact && without[$0.to] != nil }) { pureLeaders.insert(team.id) }
        }

        // Single points of failure: remove each team and search again; pure
        // leaders never count as dependents.
        var expectedSPOF: Set<String> = []
        for x in brute.teams {
            let without = brute.distances(intactOnly: true, removed: x)
            let lost = Set(brute.teams.filter { $0 != x && intact[$0] != nil && without[$0] == nil && !pureLeaders.contains($0) })
            #expect(Set(analysis.team(x)?.dependents ?? []) == lost, "seed \(seed): dependents of \(x)")
            #expect(analysis.team(x)?.dependentCount == lost.count)
            if !lost.isEmpty { expectedSPOF.insert(x) }
        }
        #expect(Set(analysis.teams(with: .singlePointOfFailure)) == expectedSPOF, "seed \(seed)")

        // Chains through management: a team not in the leadership tier (declared,
        // else: serves no customer directly but has a report) none of whose
        // intact chains avoids every leadership team.
        let leaders = Set(org.teams.filter { team in
            if let declared = team.declaredTier { return declared == .leadership }
            let frontLine = team.serves.contains { brute.customers.contains($0.to) }
            return !frontLine && org.teams.contains { $0.reportsTo.contains { $0.value == team.id } }
        }.map(\.id))
        var expectedManagement: Set<String> = []
        for team in analysis.teams where team.distance != nil && !leaders.contains(team.id) {
            var avoiding = brute
            avoiding.edges.removeAll { leaders.contains($0.from) || leaders.contains($0.to) }
            if avoiding.distances(intactOnly: true)[team.id] == nil { expectedManagement.insert(team.id) }
        }
        #expect(Set(analysis.teams(with: .chainThroughManagement)) == expectedManagement, "seed \(seed)")

        // Upward-facing: serves links to a transitive reports-to ancestor.
        let reportsTo = Dictionary(uniqueKeysWithValues: org.teams.map { ($0.id, $0.reportsTo.map(\.value)) })
        func ancestors(_ id: String) -> Set<String> {
            var seen: Set<String> = []
            var stack = reportsTo[id] ?? []
            while let next = stack.popLast() {
                if seen.insert(next).inserted { stack += reportsTo[next] ?? [] }
            }
            return seen
        }
        var expectedUpward: [String] = []
        var expectedAway: [String] = []
        for (t, team) in org.teams.enumerated() {
            let up = ancestors(team.id)
            // Orientation: a link faces the customer when it reaches an end
            // customer, or a nearer team (nominally) that is not one of its leaders.
            for (link, result) in zip(team.serves, analysis.teams[t].serves) {
                let nearer = nominal[link.to].map { to in nominal[team.id].map { to < $0 } ?? false } ?? false
                let faces = brute.customers.contains(link.to) || (nearer && !up.contains(link.to))
                #expect(result.facesCustomer == faces, "seed \(seed): \(team.id) -> \(link.to) faces the customer")
            }
            for link in team.serves {
                if up.contains(link.to) {
                    expectedUpward.append("\(team.id)->\(link.to)")
                } else if link.to != team.id, let a = intact[team.id], let b = intact[link.to], b >= a, !brute.customers.contains(link.to) {
                    expectedAway.append("\(team.id)->\(link.to)")
                }
            }
        }
        #expect(analysis.links(with: .upwardFacing).sorted() == expectedUpward.sorted(), "seed \(seed)")
        #expect(analysis.links(with: .awayFromCustomer).sorted() == expectedAway.sorted(), "seed \(seed)")

        // Supplier cycles: classes of mutual reachability over serves links.
        var reach: [String: Set<String>] = [:]
        for team in org.teams { reach[team.id] = Set(team.serves.map(\.to).filter { !brute.customers.contains($0) }) }
        for k in brute.teams {
            let throughK = reach[k] ?? []
            for i in brute.teams where reach[i]?.contains(k) == true {
                reach[i]?.formUnion(throughK)
            }
        }
        let cyclic = brute.teams.filter { reach[$0]?.contains($0) == true }
        var classes: Set<Set<String>> = []
        for t in cyclic { classes.insert(Set(cyclic.filter { $0 == t || (reach[t]?.contains($0) == true && reach[$0]?.contains(t) == true) })) }
        #expect(analysis.findings.filter { $0.code == .supplierCycle }.count == classes.count, "seed \(seed)")

        // Findings are sorted and nothing is suppressed without an ignore list.
        #expect(analysis.suppressed.isEmpty)
        #expect(zip(analysis.findings, analysis.findings.dropFirst()).allSatisfy { $0.location <= $1.location })
    }
}

extension AnalysisPropertyTests {
    /// The random models exercise every code, so the invariants above are not vacuous.
    @Test func randomModelsExerciseEveryCode() {
        var seen: Set<FindingCode> = []
        for seed in Self.seeds { seen.formUnion(Analysis(Self.randomOrganisation(seed: seed)).findings.map(\.code)) }
        #expect(seen == Set(FindingCode.allCases))
    }
}
