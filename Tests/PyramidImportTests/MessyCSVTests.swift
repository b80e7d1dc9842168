import Foundation
import OrgGraph
import PyramidImport
import Testing

/// Real exports are messy: each case gives a clear message with its row
/// number, the import writes what it could, and the model it writes is valid.
@Suite struct MessyCSVTests {
    @Test func aByteOrderMarkIsIgnoredAndSaidSo() throws {
        let result = try importCSV("\u{FEFF}id,parentId,name\n1,,Ann\n2,1,Bob\n")
        #expect(result.summary.columnList == "id 'id', manager 'parentId', name 'name'")
        #expect(result.summary.people == 2)
        #expect(result.issues.contains { $0.message.contains("byte order mark") })
        _ = try result.reloaded()
    }

    @Test func windowsLineEndingsReadAsRowsWithTheirLineNumbers() throws {
        let result = try importCSV("id,parentId,name\r\n1,,Ann\r\n2,1,\"Bob\r\nSmith\"\r\n3,9,Cy\r\n")
        #expect(result.summary.people == 3)
        let unknown = try #require(result.issues(.unknownManager).first)
        // Row 4 starts on line 5: Bob's name spans two lines.
        #expect(unknown.row == 4)
        #expect(unknown.location.line == 5)
        #expect(unknown.description.hasPrefix("people.csv:5:1: warning: [unknown-manager] row 4: the manager '9' of Cy (id 3) matches none of the ids in column 'id'"))
    }

    @Test func europeanExcelSemicolonsAreDetected() throws {
        let result = try importCSV("Employee ID;Supervisor ID;Name;Department\n1;;Ann;Board\n2;1;\"Bob; the builder\";Sales EMEA\n3;1;Cy;Sales EMEA\n")
        #expect(result.summary.separator == ";")
        #expect(result.team("sales-emea")?.headcount == 2)
        #expect(result.team("sales-emea")?.name == "Sales EMEA")
        #expect(result.teamComments["sales-emea"]?.first?.contains("Bob; the builder") == true)
    }

    @Test func quotedFieldsWithCommasAndLineBreaksStayInOneField() throws {
        let csv = """
            id,parentId,name,title
            1,,"King, Steven","Chief, Operations"
            2,1,"Ann
            Lee",Clerk
            3,1,Bob,Clerk
            4,2,Cy,Clerk
            ,,,
            """
        let result = try importCSV(csv)
        #expect(result.summary.people == 4)
        #expect(result.teamComments["leadership"]?.first == "Head: King, Steven, Chief, Operations (row 2).")
        // The empty row 6 starts on line 7, after Ann's two-line name.
        let empty = try #require(result.issues(.emptyRow).first)
        #expect(empty.row == 6 && empty.location.line == 7)
        #expect(result.summary.skippedRows == 1)
    }

    @Test func spacesAroundValuesAreTrimmedWithTheRows() throws {
        let result = try importCSV("id,parentId,name\n 1 ,,Ann\n2, 1 ,  Bob  \n3,1,Cy\n")
        #expect(result.summary.people == 3)
        #expect(result.team("leadership")?.headcount == 3)
        let trimmed = try #require(result.issues(.trimmedSpaces).first)
        #expect(trimmed.message == "leading or trailing spaces were removed from values in 2 rows (rows 2, 3)")
        #expect(trimmed.severity == .info)
    }

    @Test func repeatedNamesAreKeptAsDifferentPeopleAndSaidSo() throws {
        let result = try importCSV("id,parentId,name\n1,,Ann\n2,1,Bob\n3,1,Bob\n4,2,Cy\n5,3,Di\n")
        #expect(result.summary.people == 5)
        let repeated = try #require(result.issues(.repeatedName).first)
        #expect(repeated.row == 4)
        #expect(repeated.message.hasPrefix("2 people are called 'Bob' (rows 3, 4)"))
        #expect(result.organisation.teams.map(\.id) == ["leadership", "bob", "bob-2"])
        #expect(result.organisation.teams.map(\.name) == ["Leadership", "Bob's team (bob)", "Bob's team (bob-2)"])
    }

    @Test func anEmptyTeamValueJoinsTheManagersTeam() throws {
        let result = try importCSV("id,manager_id,department\n1,,Board\n2,1,Sales\n3,2,\n4,,\n")
        let empty = result.issues(.emptyTeam)
        #expect(empty.map(\.row) == [4, 5])
        #expect(empty[0].message == "3 (id 3) has no team value; placed in the team of their manager, 'Sales'")
        #expect(empty[1].message.contains("no team value and no manager; placed in a team 'Unassigned'"))
        #expect(result.team("sales")?.headcount == 2)
        #expect(result.organisation.teams.last?.id == "unassigned")
        _ = try result.reloaded()
    }

    @Test func aManagerThatPointsNowhereIsPlacedAtTheBase() throws {
        let result = try importCSV("id,parentId,name\n1,,Ann\n2,1,Bob\n3,42,Cy\n4,3,Di\n")
        let unknown = try #require(result.issues(.unknownManager).first)
        #expect(unknown.row == 4)
        #expect(unknown.message == "the manager '42' of Cy (id 3) matches none of the ids in column 'id'; treated as having no manager (placed at the base)")
        // Cy leads Di, but with no manager Cy is in the leadership team, and the comment says why.
        #expect(result.teamComments["leadership"]?.contains { $0.contains("the manager of Cy (row 4) was not found") } == true)
        _ = try result.reloaded()
    }

    @Test func aManagerCycleIsBrokenAtItsFirstRow() throws {
        let result = try importCSV("id,parentId,name\n1,,Ann\n2,4,Bob\n3,2,Cy\n4,3,Di\n5,2,Ed\n")
        let cycle = try #require(result.issues(.managerCycle).first)
        #expect(cycle.row == 3)
        #expect(cycle.message == "the managers form a loop: Bob (id 2) -> Di (id 4) -> Cy (id 3) -> Bob (id 2); Bob (id 2) is treated as having no manager (placed at the base)")
        #expect(result.summary.people == 5)
        _ = try result.reloaded()
    }

    @Test func somebodyWhoIsTheirOwnManagerIsACycleToo() throws {
        let result = try importCSV("id,parentId,name\n1,1,Ann\n2,1,Bob\n")
        #expect(result.issues(.managerCycle).first?.message == "Ann (id 1) is their own manager; treated as having no manager (placed at the base)")
    }

    @Test func aPersonListedTwiceIsSkippedOnce() throws {
        let result = try importCSV("id,parentId,name\n1,,Ann\n2,1,Bob\n2,1,Bob\n2,1,Robert\n")
        let duplicates = result.issues(.duplicateRow)
        #expect(duplicates.map(\.row) == [4, 5])
        #expect(duplicates[0].message == "Bob (id 2) is listed twice (first at row 3); the row is skipped")
        #expect(duplicates[1].message == "Robert (id 2) is listed twice (first at row 3), with different values: check which row is right; the row is skipped")
        #expect(result.summary.people == 2)
        #expect(result.summary.skippedRows == 2)
    }

    @Test func aVacancyIsAPositionWithoutHeadcount() throws {
        let result = try importCSV("id,parentId,name,title\n1,,Ann,CEO\n2,1,,Head of Sales\n3,2,Cy,Rep\n4,2,Vacant,Rep\n")
        #expect(result.summary.people == 2)
        #expect(result.summary.vacancies == 2)
        let vacancies = result.issues(.vacancy)
        #expect(vacancies.map(\.row) == [3, 5])
        #expect(vacancies[0].message == "id 2 has no person's name: imported as a vacancy ('Head of Sales'), not counted in its team's headcount")
        let team = try #require(result.organisation.teams.first { $0.id != "leadership" })
        #expect(team.name == "Vacant Head of Sales (id 2)")
        #expect(team.id == "vacant-head-of-sales-id-2")
        #expect(team.headcount == 1)
        #expect(result.teamComments[team.id]?.contains { $0.hasPrefix("Vacancies, not counted in the headcount: vacancy 2 (row 3), vacancy 4 (row 5)") } == true)
    }

    @Test func raggedRowsAndRowsWithoutAnIdAreReported() throws {
        let result = try importCSV("id,parentId,name\n1,,Ann\n2,1\n,1,Nobody\n3,1,Cy,extra\n")
        #expect(result.issues(.raggedRow).map(\.row) == [3, 5])
        #expect(result.issues(.raggedRow)[1].message.contains("the extra ones ('extra') are ignored"))
        #expect(result.issues(.missingID).map(\.row) == [4])
        #expect(result.issues(.missingID).first?.message == "no value in the id column 'id'; the row is skipped")
        #expect(result.summary.people == 2 && result.summary.vacancies == 1 && result.summary.skippedRows == 1)
    }

    @Test func anUnclosedQuoteIsReported() throws {
        let result = try importCSV("id,parentId,name\n1,,Ann\n2,1,\"Bob\n3,1,Cy\n")
        let issue = try #require(result.issues(.unclosedQuote).first)
        #expect(issue.row == 3)
        #expect(issue.severity == .warning)
    }

    @Test func nothingIsDroppedSilently() throws {
        // Every data row either becomes a person or is named in a warning.
        let csv = "id,parentId,name\n1,,Ann\n\n2,1,Bob\n2,1,Bob\n,1,X\n3,1,Cy\n"
        let result = try importCSV(csv)
        let skipped = Set(result.issues.filter { $0.message.hasSuffix("the row is skipped") }.compactMap(\.row))
        #expect(result.summary.people + skipped.count == result.summary.rows)
        #expect(skipped == [3, 5, 6])
    }
}
