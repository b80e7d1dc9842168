import Foundation
import OrgGraph
import Testing
@testable import PyramidDiagram

/// Links keep pointing the right way once bands wrap: a `serves` link is
/// written from the upper row down, with its arrowhead (`dir=back`) at the
/// customer when the customer is the upper end; a link within one row is
/// flat and takes no part in ranking. Checked on every link of the DOT text.
@Suite struct WrappedLinkTests {
    /// Row per DOT node name, from the `rank=same` groups, top first.
    static func rows(_ dot: String) -> [String: Int] {
        var row: [String: Int] = [:]
        for (position, block) in dot.components(separatedBy: "graph [rank=\"same\"];").dropFirst().enumerated() {
            for line in block.prefix(while: { $0 != "}" }).split(separator: "\n") {
                let text = line.trimmingCharacters(in: .whitespaces)
                guard text.hasPrefix("\""), text.hasSuffix("\";") else { continue }
                row[String(text.dropFirst().dropLast(2))] = position
            }
        }
        return row
    }

    /// Returns how many links join two rows of one band.
    @discardableResult
    static func checkServesLinks(_ analysis: Analysis, _ what: String) throws -> Int {
        let dot = try PyramidRenderer.dot(analysis, options: DiagramOptions(allTeams: true))
        let row = Self.rows(dot)
        var checked = 0
        var crossRowsInBand = 0
        let ranks = PyramidRanks(analysis)
        for team in analysis.organisation.teams {
            for link in team.serves {
                let id = "link-" + SVGIdentifier.slug(team.id) + "-" + SVGIdentifier.slug(link.to)
                guard let line = dot.split(separator: "\n").first(where: { $0.contains(#"id="\#(id)""#) }) else { continue }
                let supplier = SVGIdentifier.slug(team.id)
                let customer = SVGIdentifier.slug(link.to)
                // A link to a customer may end at the customer's trunk hub in the row below the supplier's.
                let names = line.split(separator: "\"").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
                let (tail, head) = (names[0], names[1])
                let customerEnd = [tail, head].first { $0 == customer || $0.hasPrefix("~x-hub-") && $0.hasSuffix("-" + customer) }
                let customerName = try #require(customerEnd, "\(what): \(id) does not end at its customer")
                let supplierRow = try #require(row[supplier])
                let customerRow = try #require(row[customerName])
                if customerRow < supplierRow {
                    #expect(tail == customerName, "\(what): \(id) written from the customer above")
                    #expect(line.contains(#"dir="back""#) || customerName.hasPrefix("~x-hub-"), "\(what): \(id) arrowhead at the customer")
                } else if customerRow > supplierRow {
                    #expect(tail == supplier && !line.contains(#"dir="back""#), "\(what): \(id) written top-down")
                } else {
                    #expect(line.contains(#"constraint="false""#), "\(what): \(id) in one row is flat")
                }
                if customerRow != supplierRow {
                    #expect(!line.contains(#"constraint="false""#), "\(what): \(id) joins two rows: not a flat link")
                }
                if let from = analysis.graph.index[team.id], let to = analysis.graph.index[link.to], analysis.graph.isTeam(Int(to)),
                   ranks.rank[Int(from)] == ranks.rank[Int(to)], !ranks.isCutOff[Int(from)], customerRow != supplierRow {
                    crossRowsInBand += 1
                }
                checked += 1
            }
        }
        #expect(checked > 20, "\(what): links found")
        return crossRowsInBand
    }

    @Test func servesLinksPointToTheCustomerInWrappedRows() throws {
        try Self.checkServesLinks(try FitTests.model("council-services.yaml"), "council-services")
        let generated = try Self.checkServesLinks(try TestModels.analysis(GeneratedCompany.yaml(teams: 100)), "100 teams")
        #expect(generated > 0, "the generated company has links between two rows of one band")
    }
}
