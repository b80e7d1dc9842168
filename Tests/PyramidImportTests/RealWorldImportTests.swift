import Foundation
import OrgGraph
import PyramidImport
import Testing

/// The two public org-chart exports from d3-org-chart (MIT, see
/// Fixtures/real-world/LICENSE-d3-org-chart.md) import into valid models.
@Suite struct RealWorldImportTests {
    @Test func theHRExportByDepartmentGivesOneTeamPerDepartment() throws {
        let result = try OrgImporter.importCSV(bytes: RealWorld.bytes("d3-org-chart-hr-107.csv"), file: "d3-org-chart-hr-107.csv")
        #expect(result.summary.kind == .people)
        #expect(result.summary.rows == 107)
        #expect(result.summary.people == 107)
        #expect(result.summary.skippedRows == 0)
        #expect((11...13).contains(result.summary.teams))
        #expect(result.organisation.teams.count == result.summary.teams)
        #expect(result.summary.columnList.contains("team 'department_name'"))
        #expect(result.summary.managerValues == "ids (106 of 106 values match column 'id')")
        // The top person's department is at the base; every other department reports to it.
        let executive = try #require(result.team("executive"))
        #expect(executive.reportsTo.isEmpty)
        #expect(result.organisation.teams.filter { $0.id != "executive" }.allSatisfy { $0.reportsTo.map(\.value) == ["executive"] })
        #expect(Set(result.organisation.teams.map(\.id)).isSuperset(of: ["sales", "it", "finance", "shipping", "human-resources"]))
        #expect(result.organisation.teams.reduce(0) { $0 + ($1.headcount ?? 0) } == 107)
        // Full names from name + lastName.
        #expect(result.teamComments["executive"]?.first == "Head: Steven King, Chief Operating Officer (row 2), the member highest in the hierarchy.")
        // The one person with no department is placed with their manager, and says so.
        let empty = result.issues(.emptyTeam)
        #expect(empty.map(\.row) == [80])
        #expect(empty.first?.description.hasPrefix("d3-org-chart-hr-107.csv:80:1: warning: [empty-team] row 80: Kimberely Grant (id 178) has no team value") == true)
        #expect(result.teamComments["sales"]?.contains { $0.hasPrefix("Guessed: Kimberely Grant (row 80)") } == true)

        let reloaded = try result.reloaded()
        #expect(reloaded.teams.map(\.id) == result.organisation.teams.map(\.id))
    }

    @Test func theBigIdParentExportGroupsManagersWithTheirLeafReports() throws {
        let result = try OrgImporter.importCSV(bytes: RealWorld.bytes("d3-org-chart-ids-1516.csv"), file: "d3-org-chart-ids-1516.csv")
        #expect(result.summary.rows == 1516)
        #expect(result.summary.people == 1516)
        #expect(result.summary.skippedRows == 0)
        #expect(result.summary.teams == 491)
        #expect(!result.hasWarnings)
        #expect(result.organisation.teams.first?.id == "leadership")
        #expect(result.organisation.teams.reduce(0) { $0 + ($1.headcount ?? 0) } == 1516)
        // "area" (all Corporate) is not taken as a team column: the teams come from the hierarchy.
        #expect(!result.summary.columnList.contains("team"))
        // Names with leading spaces are trimmed, and the rows are named.
        let trimmed = try #require(result.issues(.trimmedSpaces).first)
        #expect(trimmed.message.contains("183 rows (rows 2, 3, 4, 5, 6, 7, 25, 34 and 175 more)"))
        // 69 people called Leverling Janet: one remark, all kept, their teams told apart.
        #expect(result.issues(.repeatedName).contains { $0.message.hasPrefix("69 people are called 'Leverling Janet' (rows 4, 5, 6, 7,") })
        #expect(result.team("leverling-janet-2")?.name == "Leverling Janet's team (leverling-janet-2)")
        // Quoted commas ("Ceo,tag1, tag2") do not shift the columns: every title is a title.
        #expect(result.teamComments["leadership"]?.first == "Head: Ian Devling, Chief Executive Officer (row 2).")
        let ids = result.organisation.teams.map(\.id)
        #expect(Set(ids).count == ids.count)
        _ = try result.reloaded()
    }

    @Test func importingTwiceGivesTheSameBytes() throws {
        let bytes = try RealWorld.bytes("d3-org-chart-ids-1516.csv")
        let first = try OrgImporter.importCSV(bytes: bytes, file: "big.csv").yaml
        let second = try OrgImporter.importCSV(bytes: bytes, file: "big.csv").yaml
        #expect(first == second)
    }
}
