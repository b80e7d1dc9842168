import Testing
import OrgGraph

/// `Analysis.teams` is a view over columns; these tests recompute every
/// field the straightforward way (from the model and the findings) on
/// seeded random models, and check that the values behave as plain values.
@Suite struct TeamAnalysesTests {
    static let seeds: [UInt64] = Array(1 ... 200)

    @Test(arguments: seeds) func columnsMatchARecomputation(seed: UInt64) {
        let org = AnalysisPropertyTests.randomOrganisation(seed: seed)
        let analysis = Analysis(org, dependentLimit: 2)
        let unlimited = Analysis(org, dependentLimit: 1000)
        #expect(analysis.teams.count == org.teams.count)
        let order = FindingCode.allCases
        func sorted(_ codes: Set<FindingCode>) -> [FindingCode] { order.filter(codes.contains) }

        for (t, team) in org.teams.enumerated() {
            let result = analysis.teams[t]
            #expect(result.id == team.id, "seed \(seed)")
            #expect(analysis.team(team.id) == result, "seed \(seed)")
            let about = analysis.findings.filter { $0.team == team.id }
            #expect(result.findingCodes == sorted(Set(about.map(\.code))), "seed \(seed): \(team.id)")
            #expect(result.isSinglePointOfFailure == about.contains { $0.code == .singlePointOfFailure }, "seed \(seed)")
            #expect(result.dependentCount == unlimited.teams[t].dependentCount, "seed \(seed)")
            #expect(result.dependents == Array(unlimited.teams[t].dependents.prefix(2)), "seed \(seed): \(team.id)")
            #expect(unlimited.teams[t].dependents.count == min(result.dependentCount, 1000), "seed \(seed)")

            #expect(result.serves.count == team.serves.count, "seed \(seed)")
            #expect(analysis.linkFindingCodes(team: t, entry: team.serves.count).isEmpty)
            for (j, (link, linkResult)) in zip(team.serves, result.serves).enumerated() {
                #expect(analysis.linkFindingCodes(team: t, entry: j) == linkResult.findingCodes, "seed \(seed)")
                #expect(linkResult.to == link.to, "seed \(seed)")
                #expect(linkResult.isIntact == link.isIntact, "seed \(seed)")
                let atLink = about.filter { finding in
                    finding.link == LinkReference(from: team.id, to: link.to) && finding.location == link.location
                }
                #expect(linkResult.findingCodes == sorted(Set(atLink.map(\.code))), "seed \(seed): \(team.id) -> \(link.to)")
            }
        }
    }

    @Test(arguments: Array(seeds.prefix(40))) func valuesReadFromTheColumnsBehaveAsPlainValues(seed: UInt64) {
        let org = AnalysisPropertyTests.randomOrganisation(seed: seed)
        let analysis = Analysis(org)
        for t in analysis.teams.indices {
            let read = analysis.teams[t]
            let held = TeamAnalysis(
                id: read.id, tier: read.tier, inferredTier: read.inferredTier,
                distance: read.distance, nominalDistance: read.nominalDistance,
                dependents: read.dependents, dependentCount: read.dependentCount,
                findingCodes: read.findingCodes, serves: read.serves
            )
            #expect(held == read)
            #expect(held.hashValue == read.hashValue)

            // Changing a copy's list changes the copy only.
            var changed = read
            changed.serves.append(LinkAnalysis(to: "elsewhere", isIntact: false, facesCustomer: false))
            changed.findingCodes = [.isolatedTeam]
            #expect(changed != read)
            #expect(changed.serves.count == org.teams[t].serves.count + 1)
            #expect(changed.findingCodes == [.isolatedTeam])
            #expect(changed.dependents == read.dependents, "other lists are kept when one is set")
            #expect(analysis.teams[t] == read)
        }
        #expect(Array(analysis.teams) == Array(Analysis(org).teams))
        #expect(analysis.teams == Analysis(org).teams)
    }
}
