import Foundation
import OrgGraph
import PyramidImport
import Testing

/// Headers are matched against the usual names of the HR systems clients
/// use, case- and punctuation-insensitively; the manager column's values are
/// matched against ids, employee numbers, e-mails and names.
@Suite struct ColumnMatchingTests {
    struct System: Sendable, CustomTestStringConvertible {
        var name: String
        var csv: String
        var columns: String
        var managerValues: String
        var testDescription: String { name }
    }

    static let systems: [System] = [
        System(name: "generic id/parentId", csv: "id,parentId,name\n1,,Ann\n2,1,Bob\n3,2,Cy\n",
               columns: "id 'id', manager 'parentId', name 'name'", managerValues: "ids (2 of 2 values match column 'id')"),
        System(name: "generic ID/Boss ID", csv: "ID,Boss ID,Name\n1,,Ann\n2,1,Bob\n3,2,Cy\n",
               columns: "id 'ID', manager 'Boss ID', name 'Name'", managerValues: "ids (2 of 2 values match column 'ID')"),
        System(name: "Workday", csv: "Employee_ID,Manager_ID,Team_Name,Business_Title\n1,,Board,CEO\n2,1,Sales,Rep\n",
               columns: "id 'Employee_ID', manager 'Manager_ID', team 'Team_Name', title 'Business_Title'", managerValues: "ids (1 of 1 values match column 'Employee_ID')"),
        System(name: "BambooHR", csv: "Employee ID,Supervisor ID,Department,Division,Job title,First name,Last name\n1,,Board,HQ,CEO,Ann,Lee\n2,1,Sales,HQ,Rep,Bob,Ng\n",
               columns: "id 'Employee ID', manager 'Supervisor ID', team 'Department', department 'Division', first-name 'First name', last-name 'Last name', title 'Job title'",
               managerValues: "ids (1 of 1 values match column 'Employee ID')"),
        System(name: "HiBob", csv: "id,reports_to_id,department,displayName\n1,,Board,Ann\n2,1,Sales,Bob\n",
               columns: "id 'id', manager 'reports_to_id', team 'department', name 'displayName'", managerValues: "ids (1 of 1 values match column 'id')"),
        System(name: "Personio", csv: "id,supervisor_id,department,team,first_name,last_name\n1,,Exec,Board,Ann,Lee\n2,1,Commercial,Sales,Bob,Ng\n",
               columns: "id 'id', manager 'supervisor_id', team 'team', department 'department', first-name 'first_name', last-name 'last_name'",
               managerValues: "ids (1 of 1 values match column 'id')"),
        System(name: "Google Workspace", csv: "First Name [Required],Last Name [Required],Email Address [Required],Manager Email,Department,Employee Title\nAnn,Lee,ann@x.org,,Board,CEO\nBob,Ng,bob@x.org,ANN@x.org ,Sales,Rep\n",
               columns: "manager 'Manager Email', team 'Department', first-name 'First Name [Required]', last-name 'Last Name [Required]', title 'Employee Title', email 'Email Address [Required]'",
               managerValues: "e-mail addresses (1 of 1 values match column 'Email Address [Required]')"),
        System(name: "SCIM", csv: "employeeNumber,manager,department,displayName,title\nE1,,Board,Ann,CEO\nE2,E1,Sales,Bob,Rep\n",
               columns: "manager 'manager', team 'department', name 'displayName', title 'title', employee-number 'employeeNumber'",
               managerValues: "employee numbers (1 of 1 values match column 'employeeNumber')"),
    ]

    @Test(arguments: systems)
    func theUsualHeadersOfEachHRSystemAreFound(_ system: System) throws {
        let result = try importCSV(system.csv)
        #expect(result.summary.columnList == system.columns)
        #expect(result.summary.managerValues == system.managerValues)
        #expect(result.organisation.teams.count == 2)
        let led = try #require(result.organisation.teams.first { !$0.reportsTo.isEmpty })
        #expect(led.reportsTo.count == 1)
        _ = try result.reloaded()
    }

    @Test func managersGivenByFullNameAreMatchedToNames() throws {
        let result = try importCSV("id,manager,first name,last name\n1,,Ann,Lee\n2,ann  LEE,Bob,Ng\n3,Bob Ng,Cy,Ho\n")
        #expect(result.summary.managerValues == "full names (2 of 2 values match column 'first name' + 'last name')")
        #expect(result.organisation.teams.map(\.id) == ["leadership", "bob-ng"])
        #expect(result.team("bob-ng")?.reportsTo.map(\.value) == ["leadership"])
    }

    @Test func anAmbiguousManagerNameIsReported() throws {
        let result = try importCSV("id,manager,name\n1,,Ann\n2,Ann,Bob\n3,Ann,Bob\n4,Bob,Cy\n")
        let issue = try #require(result.issues(.ambiguousManager).first)
        #expect(issue.row == 5)
        #expect(issue.message == "the manager 'Bob' of Cy (id 4) matches 2 people (rows 3, 4); treated as having no manager (placed at the base)")
    }

    @Test func microsoftEntraHasNoManagerColumnAndTheImportSaysSo() throws {
        let error = try #require(importError("userPrincipalName,displayName,surname,mail,givenName,objectId,userType,jobTitle,department\nann@x.org,Ann Lee,Lee,ann@x.org,Ann,1,Member,CEO,Board\n"))
        #expect(error.issues.last?.code == .missingColumn)
        #expect(error.issues.last?.message.hasPrefix("this looks like a Microsoft Entra (Azure AD) user download, which has no manager column") == true)
    }

    @Test func withoutAManagerColumnTheImportStops() throws {
        let error = try #require(importError("id,name,department\n1,Ann,Board\n"))
        #expect(error.issues.last?.description.hasPrefix("people.csv:1:1: error: [missing-column] no manager column") == true)
    }

    @Test func withoutAnIdColumnTheImportStops() throws {
        let error = try #require(importError("name,parentId\nAnn,\n"))
        #expect(error.issues.last?.message.hasPrefix("no id column") == true)
    }

    @Test func aManagerColumnThatMatchesNothingStops() throws {
        let error = try #require(importError("id,parentId,name\n1,,Ann\n2,x9,Bob\n"))
        #expect(error.issues.last?.message.hasPrefix("none of the 1 values in the manager column 'parentId' match") == true)
    }

    @Test func columnsNamedOnTheCommandLineWin() throws {
        let options = ImportOptions(columns: [.id: "Staff", .manager: "lead", .team: "Unit", .name: "who", .title: "what"])
        let result = try importCSV("Staff,lead,Unit,who,what,department\n1,,Board,Ann,CEO,X\n2,1,Sales,Bob,Rep,X\n", options: options)
        #expect(result.summary.columnList == "id 'Staff', manager 'lead', team 'Unit', department 'department', name 'who', title 'what'")
        #expect(result.organisation.teams.map(\.id) == ["board", "sales"])
    }

    @Test func aNamedColumnThatDoesNotExistStopsWithTheColumnList() throws {
        let error = try #require(importError("id,parentId\n1,\n", options: ImportOptions(columns: [.team: "dept"])))
        #expect(error.issues.last?.message == "there is no column 'dept' for --team-column; the columns are: 'id', 'parentId'")
    }

    @Test func aDottedLineManagerBecomesASecondReportsTo() throws {
        let csv = """
            id,parentId,department,dotted line manager id
            1,,Board,
            2,1,Sales,
            3,1,Marketing,
            4,2,Sales,3
            5,1,Board,2
            """
        let result = try importCSV(csv)
        #expect(result.summary.columnList.contains("dotted-line 'dotted line manager id'"))
        #expect(result.team("sales")?.reportsTo.map(\.value) == ["board", "marketing"])
        #expect(result.teamComments["sales"]?.contains("Also reports to 'Marketing' through the dotted line of 4 (row 5).") == true)
        // Board reporting to Sales would close a loop: left out, with a warning.
        let dropped = try #require(result.issues(.dottedLineDropped).first)
        #expect(dropped.row == 6 && dropped.severity == .warning)
        #expect(dropped.message.contains("would make a reporting loop"))
        _ = try result.reloaded()
    }

    @Test func twoDottedLinesThatCloseALoopTogetherAreLeftOut() throws {
        let csv = """
            id,parentId,department,matrix manager
            1,,Board,
            2,1,Sales,
            3,1,Marketing,
            4,2,Sales,3
            5,3,Marketing,2
            """
        let result = try importCSV(csv)
        #expect(result.issues(.dottedLineDropped).count == 2)
        _ = try result.reloaded()
    }

    @Test func generatedIdsAreReadableAndUnique() throws {
        let csv = "id,parentId,department\n1,,Customers\n2,1,Sales EMEA\n3,1,sales  emea\n4,1,Café Ops\n5,1,営業\n6,1,Sales-EMEA\n"
        let result = try importCSV(csv)
        #expect(result.organisation.teams.map(\.id) == ["customers-2", "sales-emea", "cafe-ops", "team", "sales-emea-2"])
        #expect(result.team("sales-emea")?.headcount == 2)
    }
}
