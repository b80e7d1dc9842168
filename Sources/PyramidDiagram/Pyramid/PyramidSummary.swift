import OrgGraph

/// The overview of a large organisation: one box per department (teams
/// without a department are grouped under their leader; a team with
/// neither is a box of its own), with its team count, headcount and finding
/// counts, in pyramid order: customers on top, each group in the band of
/// its team nearest the customer, groups of leaders below the groups they
/// lead, groups of cut-off teams below. Links between groups stand for every
/// link between their teams. Drawn unless ``DiagramOptions/allTeams`` or a
/// focus asks for the teams (see ``DiagramOptions/summarises(teamCount:)``).
extension PyramidGraphBuilder {
    /// Whether this diagram is the summary.
    var drawsSummary: Bool { options.summarises(teamCount: graph.teamCount) }

    /// One box of the summary.
    struct SummaryGroup {
        var name: String
        var id: String
        var teams = 0
        var headcount = 0
        var errors = 0
        var warnings = 0
        var infos = 0
        var tierCount: [Tier: Int] = [:]
        var rank = Int.max
        var cutOffRank = Int.max
        var anyReachesCustomer = false
    }

    func buildSummary() -> DOTGraph {
        let organisation = analysis.organisation
        let customerCount = graph.customerCount
        // Group of every team, in order of first appearance.
        var groups: [SummaryGroup] = []
        var groupOfKey: [String: Int] = [:]
        var groupOfTeam = [Int](repeating: 0, count: graph.teamCount)
        for (team, model) in organisation.teams.enumerated() {
            let key: String
            let name: String
            if let department = model.department, !department.isEmpty {
                key = "department-" + department
                name = department
            } else if let leader = model.reportsTo.first, let leaderIndex = analysis.teamIndex(of: leader.value) {
                key = "led-by-" + leader.value
                name = "Led by " + organisation.teams[leaderIndex].name
            } else {
                key = "team-" + model.id
                name = model.name
            }
            if groupOfKey[key] == nil {
                groupOfKey[key] = groups.count
                groups.append(SummaryGroup(name: name, id: "group-" + SVGIdentifier.slug(key)))
            }
            let group = groupOfKey[key] ?? 0
            groupOfTeam[team] = group
            let node = graph.node(ofTeam: team)
            groups[group].teams += 1
            groups[group].headcount += model.headcount ?? 0
            groups[group].tierCount[analysis.teams[team].tier, default: 0] += 1
            if ranks.isCutOff[node] {
                groups[group].cutOffRank = min(groups[group].cutOffRank, ranks.rank[node])
            } else {
                groups[group].rank = min(groups[group].rank, ranks.rank[node])
                groups[group].anyReachesCustomer = true
            }
        }
        for finding in analysis.findings {
            guard let id = finding.team, let team = analysis.teamIndex(of: id) else { continue }
            switch finding.severity {
            case .error: groups[groupOfTeam[team]].errors += 1
            case .warning: groups[groupOfTeam[team]].warnings += 1
            case .info: groups[groupOfTeam[team]].infos += 1
            }
        }

        // Items: customers (nodes 0 ..< customerCount), then groups.
        let itemCount = customerCount + groups.count
        func item(_ node: Int) -> Int { graph.isTeam(node) ? customerCount + groupOfTeam[graph.team(node)] : node }
        var rank = [Int](repeating: 0, count: itemCount)
        var cutOff = [Bool](repeating: false, count: itemCount)
        for (index, group) in groups.enumerated() {
            rank[customerCount + index] = group.anyReachesCustomer ? group.rank : group.cutOffRank
            cutOff[customerCount + index] = !group.anyReachesCustomer
        }
        let band = bands(rank: rank, cutOff: cutOff, included: [Bool](repeating: true, count: itemCount))
        var items: [BandRows.Item] = []
        for index in 0..<itemCount {
            let name = index < customerCount ? organisation.customers[index].name : groups[index - customerCount].name
            items.append(BandRows.Item(band: band.of[index], group: index, width: max(Double(min(name.count, 28)) * 6.5 + 30, 120)))
        }
        // One link per pair of groups (or group and customer), in edge order.
        struct Aggregate {
            var from: Int
            var to: Int
            var support: Bool
            var failing = false
            var upward = false
            var away = false
        }
        var aggregates: [Aggregate] = []
        var seen: [Int: Int] = [:]
        for edge in 0..<graph.edgeCount {
            let from = item(Int(graph.edgeFrom[edge]))
            let to = item(Int(graph.edgeTo[edge]))
            guard from != to else { continue }
            let support = graph.edgeKind[edge] == .support
            let key = (from * itemCount + to) * 2 + (support ? 1 : 0)
            let slot = seen[key] ?? aggregates.count
            if slot == aggregates.count {
                seen[key] = slot
                aggregates.append(Aggregate(from: from, to: to, support: support))
            }
            if !support {
                let team = Int(graph.edgeTeam[edge])
                let entry = Int(graph.edgeEntry[edge])
                let link = organisation.teams[team].serves[entry]
                let codes = analysis.linkFindingCodes(team: team, entry: entry)
                aggregates[slot].failing = aggregates[slot].failing || link.status == .broken || (link.standard?.isBreached ?? false)
                aggregates[slot].upward = aggregates[slot].upward || codes.contains(.upwardFacing)
                aggregates[slot].away = aggregates[slot].away || codes.contains(.awayFromCustomer)
            }
        }
        var geometry = geometry()
        geometry.rowPitch += 14
        let links = aggregates.map {
            BandRows.Link(from: $0.from, to: $0.to, owner: $0.support ? $0.from : ($0.to < customerCount ? $0.to : nil))
        }
        let rows = BandRows(items: items, links: links, geometry: geometry).rows
        var layer = [Int](repeating: 0, count: itemCount)
        var order = [Int](repeating: 0, count: itemCount)
        var position = 0
        for (row, members) in rows.enumerated() {
            for index in members {
                layer[index] = row
                order[index] = position
                position += 1
            }
        }

        let maps = findingMaps()
        var dot = DOTGraph(name: "pyramid")
        setUp(&dot)
        for index in rows.joined() {
            if index < customerCount {
                dot.add(nodeStatement(index, maps: maps))
                continue
            }
            let group = groups[index - customerCount]
            var attributes = DOTAttributes()
            let tier = group.tierCount.max { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }?.key ?? .support
            PyramidStyle.apply(tier, to: &attributes)
            var lines = [DOTLabel.Line(group.name)]
            lines.append(DOTLabel.Line("\(group.teams) " + (group.teams == 1 ? "team" : "teams")
                + (group.headcount > 0 ? " · \(group.headcount) " + (group.headcount == 1 ? "person" : "people") : "")))
            var counts: [String] = []
            if group.errors > 0 { counts.append("\(group.errors) " + (group.errors == 1 ? "error" : "errors")) }
            if group.warnings > 0 { counts.append("\(group.warnings) " + (group.warnings == 1 ? "warning" : "warnings")) }
            if group.infos > 0 { counts.append("\(group.infos) info") }
            if !counts.isEmpty { lines.append(DOTLabel.Line(counts.joined(separator: " · "))) }
            attributes.set(.label, label: DOTLabel(centered: lines.map(\.text)))
            attributes.set(.id, group.id)
            var classes = ["group", "tier-" + tier.rawValue]
            if group.errors > 0 { classes.append("error") }
            if !group.anyReachesCustomer { classes.append("cut-off") }
            attributes.set(.class, classes.joined(separator: " "))
            if group.errors > 0 { FindingMarks.applyError(&attributes) }
            dot.add(DOTNode(summaryName(index), attributes))
        }
        let rowBand = rows.map { band.of[$0[0]] }

        // Once bands wrap, links to customers and from leading groups that
        // cross rows run through shared trunks.
        var trunkLinks: [Trunks.Link] = []
        if Set(rowBand).count < rowBand.count {
            for aggregate in aggregates {
                if aggregate.support {
                    trunkLinks.append(Trunks.Link(owner: aggregate.from, partner: aggregate.to, kind: .support))
                } else if aggregate.to < customerCount {
                    trunkLinks.append(Trunks.Link(owner: aggregate.to, partner: aggregate.from, kind: .serves))
                }
            }
        }
        let trunks = Trunks(links: trunkLinks, row: layer)
        let owners = Array(0..<itemCount)
        let hubs = trunks.hubs(rowCount: rows.count, owners: owners, name: summaryName)
        var contents = Legend.Contents()
        contents.customers = customerCount > 0
        for group in groups {
            contents.tiers.formUnion(group.tierCount.keys)
            contents.teamInError = contents.teamInError || group.errors > 0
            contents.cutOff = contents.cutOff || !group.anyReachesCustomer
        }
        for aggregate in aggregates {
            if aggregate.support { contents.supports = true } else { contents.serves = true }
            contents.failingLink = contents.failingLink || aggregate.failing
            if aggregate.upward { contents.codes.insert(.upwardFacing) }
            if aggregate.away { contents.codes.insert(.awayFromCustomer) }
        }
        let legend = options.legend ? Legend.make(contents, maxWidth: 1100) : nil
        place(rows: rows.map { $0.map(summaryName) }, hubs: hubs, rowBand: rowBand, firstCutOffBand: band.firstCutOff,
              legend: legend, labelBelowLastRow: false, into: &dot)
        dot.statements += trunks.statements(owners: owners, name: summaryName)
        func name(_ item: Int, owner: Int, partner: Int) -> String {
            guard item == owner, let row = trunks.hubRow(owner: owner, partner: partner) else { return summaryName(item) }
            return Trunks.hubName(summaryName(owner), row: row)
        }

        for aggregate in aggregates.sorted(by: { ($0.support ? 1 : 0, $0.from, $0.to) < ($1.support ? 1 : 0, $1.from, $1.to) }) {
            var attributes: DOTAttributes = [:]
            let (from, to) = (aggregate.from, aggregate.to)
            func idName(_ item: Int) -> String { item < customerCount ? nodeName(item) : groups[item - customerCount].id }
            let id = (aggregate.support ? "support-" : "link-") + idName(from) + "-" + idName(to)
            attributes.set(.id, id)
            if aggregate.support {
                attributes.set(.class, "support")
                PyramidStyle.applySupport(to: &attributes)
            } else {
                attributes.set(.class, "serves" + (aggregate.failing ? " breached" : ""))
                // The strongest mark of the links it stands for, from the marks table.
                if aggregate.failing {
                    FindingMarks.applyBroken(to: &attributes)
                } else if aggregate.upward {
                    FindingMarks.apply([.upwardFacing], on: .link, to: &attributes)
                } else if aggregate.away {
                    FindingMarks.apply([.awayFromCustomer], on: .link, to: &attributes)
                }
            }
            // Written top-down, the arrowhead at the customer (or at the team supported).
            let head = to
            let tail = from
            let owner = aggregate.support ? from : to
            let headName = name(head, owner: owner, partner: aggregate.support ? to : from)
            let tailName = name(tail, owner: owner, partner: aggregate.support ? to : from)
            let joinsCustomerTrunk = !aggregate.support && (headName != summaryName(head) || tailName != summaryName(tail))
            if layer[head] == layer[tail] {
                attributes.set(.constraint, "false")
                if order[head] < order[tail] {
                    attributes.set(.dir, "back")
                    dot.add(DOTEdge(headName, tailName, attributes))
                } else {
                    dot.add(DOTEdge(tailName, headName, attributes))
                }
            } else if layer[head] < layer[tail] {
                attributes.set(.dir, joinsCustomerTrunk ? "none" : "back")
                dot.add(DOTEdge(headName, tailName, attributes))
            } else {
                dot.add(DOTEdge(tailName, headName, attributes))
            }
        }
        return dot
    }

    /// The DOT node name of a summary item: a customer's slug, or the group's helper name.
    private func summaryName(_ item: Int) -> String {
        if item < graph.customerCount { return nodeName(item) }
        return SVGIdentifier.helper("group-\(item - graph.customerCount)")
    }
}
