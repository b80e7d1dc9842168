import Testing
import OrgGraph

/// One focused model per finding code: which teams and links it fires on, and which not.
@Suite struct FindingCodeTests {
    typealias M = Model

    @Test func noPathToCustomerNamesWhereChainsEnd() {
        let org = M.organisation(customers: ["c"], teams: [
            M.team("front", serves: ["c"]),
            M.team("deadA", serves: ["deadB"]),
            M.team("deadB"),
            M.team("x", serves: ["y"]),
            M.team("y", serves: ["x"]),
            M.team("feeder", serves: [M.broken("deadA")]),
        ])
        let analysis = Analysis(org)
        #expect(analysis.teams(with: .noPathToCustomer) == ["deadA", "deadB", "x", "y", "feeder"])
        let messages = Dictionary(uniqueKeysWithValues: analysis.findings.filter { $0.code == .noPathToCustomer }.compactMap { f in f.team.map { ($0, f.message) } })
        #expect(messages["deadA"]?.contains("end at 'deadB' (serves no one)") == true)
        #expect(messages["feeder"]?.contains("'deadB' (serves no one)") == true)
        #expect(messages["deadB"]?.contains("serves no one and supports no one") == true)
        #expect(messages["x"]?.contains("the loop 'x', 'y'") == true)
        #expect(analysis.team("deadA")?.nominalDistance == nil)
        #expect(analysis.team("front")?.distance == 1)
        // A team with no path at all is never also chain-broken.
        #expect(analysis.teams(with: .chainBroken).isEmpty)
    }

    @Test func chainBrokenNamesTheCuttingLinks() throws {
        let org = M.organisation(customers: ["c"], teams: [
            M.team("front", serves: ["c"]),
            M.team("mid", serves: [M.broken("front")]),
            M.team("back", serves: ["mid"]),
            M.team("late", serves: [M.breached("front")]),
        ])
        let analysis = Analysis(org)
        #expect(analysis.teams(with: .chainBroken) == ["mid", "back", "late"])
        let back = try #require(analysis.findings.first { $0.code == .chainBroken && $0.team == "back" })
        #expect(back.message.contains("'mid' -> 'front' (broken)"))
        #expect(back.link == nil)
        #expect(back.location == org.teams[2].location)
        let late = try #require(analysis.findings.first { $0.code == .chainBroken && $0.team == "late" })
        #expect(late.message.contains("'late' -> 'front' (standard breached)"))
        #expect(analysis.team("back")?.distance == nil)
        #expect(analysis.team("back")?.nominalDistance == 3)
        #expect(analysis.teams(with: .noPathToCustomer).isEmpty)
    }

    @Test func standardBreachedFiresOncePerBreachedLink() throws {
        var lower = M.ok("c")
        lower.standard = ServiceStandard(measure: "wait", target: 20, actual: 30, unit: "min", better: .lower)
        var met = M.ok("c")
        met.standard = ServiceStandard(measure: "wait", target: 20, actual: 10, unit: "min", better: .lower)
        var unmeasured = M.ok("c")
        unmeasured.standard = ServiceStandard(measure: "wait", target: 20)
        let org = M.organisation(customers: ["c"], teams: [
            M.team("a", serves: [M.breached("c")], reportsTo: ["lead"]),
            M.team("b", serves: [lower, M.breached("c", actual: 99)], reportsTo: ["lead"]),
            M.team("d", serves: [met, unmeasured], reportsTo: ["lead"]),
            M.team("lead"),
        ])
        let analysis = Analysis(org)
        #expect(analysis.links(with: .standardBreached) == ["a->c", "b->c"])
        let a = try #require(analysis.findings.first { $0.code == .standardBreached && $0.team == "a" })
        #expect(a.message == "'a' -> 'c' misses its standard 'on time': actual 80% against a target of 95% (15% short)")
        #expect(a.location == org.teams[0].serves[0].location)
        let b = try #require(analysis.findings.first { $0.code == .standardBreached && $0.team == "b" })
        #expect(b.message.contains("actual 30 min against a target of 20 min (10 min over)"))
        #expect(b.location == org.teams[1].serves[0].location)
        #expect(analysis.teams[0].serves[0].isIntact == false)
        #expect(analysis.teams[0].serves[0].findingCodes == [.standardBreached])
        #expect(analysis.teams[2].serves.allSatisfy { $0.isIntact })
    }

    @Test func upwardFacingFollowsTheReportingLineTransitivelyAndInMatrices() {
        let org = M.organisation(customers: ["c"], teams: [
            M.team("grand"),
            M.team("boss", reportsTo: ["grand"]),
            M.team("other"),
            M.team("worker", serves: ["c", "boss", "grand"], reportsTo: ["boss"]),
            M.team("peer", serves: ["boss", "c"]),
            M.team("matrix", serves: ["other", "grand", "peer", "c"], reportsTo: ["boss", "other"]),
        ])
        let analysis = Analysis(org)
        #expect(analysis.links(with: .upwardFacing) == ["worker->boss", "worker->grand", "matrix->other", "matrix->grand"])
        let direct = analysis.findings.first { $0.link?.to == "boss" && $0.code == .upwardFacing }
        #expect(direct?.message.contains("which it reports to") == true)
        let transitive = analysis.findings.first { $0.link == LinkReference(from: "worker", to: "grand") }
        #expect(transitive?.message.contains("further up the reporting line") == true)
        // An upward-facing link is not also reported as away-from-customer.
        #expect(!analysis.links(with: .awayFromCustomer).contains("worker->boss"))
        #expect(analysis.teams[3].serves.map(\.findingCodes) == [[], [.upwardFacing], [.upwardFacing]])
    }

    @Test func chainThroughManagementWhenALeaderDominates() {
        let org = M.organisation(customers: ["c"], teams: [
            M.team("front", serves: ["c"], reportsTo: ["lead"]),
            M.team("lead", reportsTo: ["top"]),
            M.team("helper", serves: ["lead"]),
            M.team("bypass", serves: ["lead", "front"]),
            M.team("deep", serves: ["helper"]),
            M.team("top"),
        ])
        let analysis = Analysis(org)
        #expect(analysis.team("lead")?.tier == .leadership)
        // A leader whose only route is through another leader is not reported (top).
        #expect(analysis.teams(with: .chainThroughManagement) == ["helper", "deep"])
        #expect(analysis.findings.first { $0.code == .chainThroughManagement }?.message.contains("passes through a leadership team (first 'lead' on its shortest chain)") == true)
    }

    /// Leadership means the shown tier: the declared tier when there is one.
    @Test func chainThroughManagementSkipsLeadershipTierTeamsOnly() {
        let org = M.organisation(customers: ["c"], teams: [
            M.team("front", serves: ["c"], reportsTo: ["lead"]),
            M.team("lead", reportsTo: ["ceo"]),
            M.team("ceo"),
            // Inferred leadership, but declared support: its only chain runs through 'lead'.
            M.team("coordination", .support),
            M.team("sub-lead", serves: ["lead"], reportsTo: ["coordination"]),
            // Declared leadership with no reports: skipped (and a tier-mismatch).
            M.team("strategy", .leadership, serves: ["lead"]),
            // Declared front-line with a report that is a leader.
            M.team("desk", .frontLine, serves: ["lead"]),
        ])
        let analysis = Analysis(org)
        #expect(analysis.team("ceo")?.tier == .leadership)
        #expect(analysis.teams(with: .chainThroughManagement) == ["coordination", "sub-lead", "desk"])
        #expect(analysis.teams(with: .tierMismatch) == ["strategy", "desk"])
    }

    @Test func awayFromCustomerSidewaysAndBackward() {
        let org = M.organisation(customers: ["c"], teams: [
            M.team("p", serves: ["c", "q", "r"], reportsTo: ["lead"]),
            M.team("q", serves: ["c"], reportsTo: ["lead"]),
            M.team("r", serves: ["q"]),
            M.team("s", serves: ["r", "nowhere"]),
            M.team("nowhere"),
            M.team("lead"),
        ])
        let analysis = Analysis(org)
        #expect(analysis.links(with: .awayFromCustomer) == ["p->q", "p->r"])
        let messages = analysis.findings.filter { $0.code == .awayFromCustomer }.map(\.message)
        #expect(messages[0].contains("sideways"))
        #expect(messages[1].contains("(distance 1) serves 'r' (distance 2)"))
        #expect(analysis.teams[0].serves.map(\.facesCustomer) == [true, false, false])
        #expect(analysis.teams[3].serves.map(\.facesCustomer) == [true, false])
    }

    /// A link to one's own leader (directly or further up) never faces the
    /// customer, however near the leader is; a nearer leader of others does.
    @Test func linksToOwnLeadersNeverFaceTheCustomer() {
        let org = M.organisation(customers: ["c"], teams: [
            M.team("front", serves: ["c"], reportsTo: ["lead"]),
            M.team("front2", serves: ["c"], reportsTo: ["top"]),
            M.team("lead", reportsTo: ["top"]),
            M.team("top"),
            M.team("back", serves: ["lead", "top"], reportsTo: ["lead"]),
            M.team("other", serves: ["lead"]),
        ])
        let analysis = Analysis(org)
        // Leaders sit one below the teams they support: lead 2, top 2; back 3.
        #expect(analysis.teams.map(\.nominalDistance) == [1, 1, 2, 2, 3, 3])
        #expect(analysis.teams[4].serves.map(\.facesCustomer) == [false, false])
        #expect(analysis.teams[5].serves.map(\.facesCustomer) == [true])
        #expect(analysis.stats().orientation == .init(facing: 3, total: 5))
    }

    @Test func supplierCycleOnePerComponentAndSelfLinks() throws {
        let org = M.organisation(customers: ["c"], teams: [
            M.team("a", serves: ["b"]),
            M.team("b", serves: ["a", "c"]),
            M.team("s", serves: ["s", "c"]),
            M.team("free", serves: ["a"]),
            M.team("lead"),
            M.team("sub", serves: ["lead"], reportsTo: ["lead"]),
        ])
        let analysis = Analysis(org)
        #expect(analysis.teams(with: .supplierCycle) == ["a", "s"])
        let loop = try #require(analysis.findings.first { $0.code == .supplierCycle && $0.team == "a" })
        #expect(loop.message == "2 teams serve each other in a loop: 'a', 'b'")
        let selfLink = try #require(analysis.findings.first { $0.code == .supplierCycle && $0.team == "s" })
        #expect(selfLink.link == nil)
        #expect(selfLink.location == org.teams[2].serves[0].location)
        // A self-link is not away-from-customer.
        #expect(!analysis.links(with: .awayFromCustomer).contains("s->s"))
    }

    @Test func singlePointOfFailureFromTheDominatorTree() throws {
        let org = M.organisation(customers: ["c", "c2"], teams: [
            M.team("f", serves: ["c"]),
            M.team("s1", serves: ["f"]),
            M.team("s2", serves: ["f"]),
            M.team("s3", serves: ["s1"]),
            M.team("two", serves: ["c", "c2"]),
            M.team("s4", serves: ["s1", "two"]),
        ])
        let analysis = Analysis(org)
        #expect(analysis.teams(with: .singlePointOfFailure) == ["f", "s1"])
        let f = try #require(analysis.team("f"))
        #expect(f.dependents == ["s1", "s3", "s2"])
        #expect(f.dependentCount == 3)
        #expect(analysis.team("s1")?.dependents == ["s3"])
        #expect(analysis.team("two")?.isSinglePointOfFailure == false)
        let message = analysis.findings.first { $0.team == "f" && $0.code == .singlePointOfFailure }?.message
        #expect(message == "losing 'f' would cut 3 teams off from the customer: 's1', 's3', 's2'")
        let limited = Analysis(org, dependentLimit: 1)
        #expect(limited.team("f")?.dependents == ["s1"])
        #expect(limited.team("f")?.dependentCount == 3)
    }

    /// A pure leader (its only intact routes run through the teams it
    /// supports) is nobody's dependent; a leader that serves is.
    @Test func singlePointOfFailureLeavesPureLeadersOut() throws {
        let org = M.organisation(customers: ["c"], teams: [
            M.team("ceo"),
            M.team("cmo", reportsTo: ["ceo"]),
            M.team("marketing", serves: ["c"], reportsTo: ["cmo"]),
            M.team("cro", reportsTo: ["ceo"]),
            M.team("sales", serves: ["c"], reportsTo: ["cro"]),
            // Serves its own report: not a pure leader, so a loss when 'ops' goes.
            M.team("ops-lead", serves: ["ops"], reportsTo: ["ceo"]),
            M.team("ops", serves: ["c"], reportsTo: ["ops-lead"]),
            // 'hub' serves 'clerk', whose only route runs back through 'hub': still pure.
            M.team("hub", serves: ["clerk"], reportsTo: ["ceo"]),
            M.team("clerk", serves: ["hub"], reportsTo: ["hub"]),
            M.team("desk", serves: ["c"], reportsTo: ["hub"]),
            // Not a report: its work is lost with 'cmo' and with 'marketing'.
            M.team("analytics", serves: ["cmo"]),
        ])
        let analysis = Analysis(org)
        #expect(analysis.teams(with: .singlePointOfFailure) == ["cmo", "marketing", "ops", "hub", "desk"])
        #expect(analysis.team("sales")?.isSinglePointOfFailure == false)
        let marketing = try #require(analysis.team("marketing"))
        #expect(marketing.dependents == ["analytics"])
        #expect(marketing.dependentCount == 1)
        #expect(analysis.team("cmo")?.dependents == ["analytics"])
        #expect(analysis.team("ops")?.dependents == ["ops-lead"])
        #expect(analysis.team("desk")?.dependents == ["clerk"])
        #expect(analysis.team("hub")?.dependents == ["clerk"])
        let message = analysis.findings.first { $0.team == "marketing" && $0.code == .singlePointOfFailure }?.message
        #expect(message == "losing 'marketing' would cut 1 team off from the customer: 'analytics'")
    }

    @Test func unsupportedFrontLine() {
        let org = M.organisation(customers: ["c"], teams: [
            M.team("alone", serves: ["c"]),
            M.team("led", serves: ["c"], reportsTo: ["boss"]),
            M.team("boss"),
            M.team("back", serves: ["led"]),
            M.team("cut", serves: [M.broken("c")]),
        ])
        #expect(Analysis(org).teams(with: .unsupportedFrontLine) == ["alone", "cut"])
    }

    @Test func isolatedTeam() {
        let org = M.organisation(customers: ["c"], teams: [
            M.team("lonely"),
            M.team("led", serves: ["c"], reportsTo: ["boss"]),
            M.team("boss"),
            M.team("served"),
            M.team("feeder", serves: [M.broken("served")]),
        ])
        let analysis = Analysis(org)
        #expect(analysis.teams(with: .isolatedTeam) == ["lonely"])
        #expect(analysis.teams(with: .noPathToCustomer).contains("lonely"))
    }

    @Test func unservedCustomer() throws {
        let org = M.organisation(customers: ["c", "d", "e"], teams: [
            M.team("f", serves: ["c", M.broken("e")].map { $0 }),
        ])
        let analysis = Analysis(org)
        let unserved = analysis.findings.filter { $0.code == .unservedCustomer }
        #expect(unserved.map(\.customer) == ["d"])
        let finding = try #require(unserved.first)
        #expect(finding.team == nil)
        #expect(finding.location == org.customers[1].location)
    }

    @Test func tierMismatch() {
        let org = M.organisation(customers: ["c"], teams: [
            M.team("says-front", .frontLine, serves: ["real-front"]),
            M.team("real-front", .frontLine, serves: ["c"], reportsTo: ["says-lead", "real-lead"]),
            M.team("says-lead", .leadership),
            M.team("real-lead", .leadership),
            M.team("empty-lead", .leadership, serves: ["c"]),
            M.team("support", .support, serves: ["c"]),
        ])
        let analysis = Analysis(org)
        #expect(analysis.teams(with: .tierMismatch) == ["says-front", "empty-lead"])
        #expect(analysis.team("says-front")?.tier == .frontLine)
        #expect(analysis.team("says-front")?.inferredTier == .support)
    }
}

extension Model.Link: ExpressibleByStringLiteral {
    init(stringLiteral value: String) { self.init(to: value) }
}
