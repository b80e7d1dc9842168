import Foundation
import OrgGraph
import PyramidImport
import Testing

/// Team exports import as they stand; files that cannot be imported stop
/// with one clear error.
@Suite struct TeamExportAndFileTests {
    @Test func aTeamExportImportsDirectly() throws {
        let csv = """
            id,name,reports_to,serves,department,headcount,tier
            desk,Front desk,ops,patients; members,Care,12,Front line
            it,IT support,ops,desk|billing,Support,3,support
            billing,Billing & Payments,ops,members,Finance,lots,support
            ops,Operations,,,Management,2,leader
            """
        let result = try importCSV(csv, file: "teams.csv")
        #expect(result.summary.kind == .teams)
        #expect(result.organisation.customers.map(\.id) == ["patients", "members"])
        #expect(result.team("desk")?.serves.map(\.to) == ["patients", "members"])
        #expect(result.team("desk")?.declaredTier == .frontLine)
        #expect(result.team("desk")?.headcount == 12)
        #expect(result.team("it")?.serves.map(\.to) == ["desk", "billing"])
        #expect(result.team("billing")?.name == "Billing & Payments")
        #expect(result.team("billing")?.reportsTo.map(\.value) == ["ops"])
        #expect(result.issues(.invalidValue).map(\.row) == [4, 5])
        #expect(result.issues(.invalidValue)[0].message == "headcount 'lots' is not a whole number of 0 or more; left out")
        #expect(result.issues(.invalidValue)[1].message == "tier 'leader' is not one of front-line, support, leadership; left out")
        #expect(result.teamComments["desk"] == ["Guessed: 'patients' is not a team in the file, so it is taken as an end customer.",
                                                "Guessed: 'members' is not a team in the file, so it is taken as an end customer."])
        // With serves links the header does not say every team is cut off.
        #expect(!result.yaml.contains("reports EVERY team as cut off"))
        let reloaded = try result.reloaded()
        #expect(Analysis(reloaded).findings.allSatisfy { $0.code != .noPathToCustomer })
    }

    @Test func aReportingLoopInATeamExportIsBroken() throws {
        let result = try importCSV("id,reports_to,serves\na,b,x\nb,c,a\nc,a,b\nd,nowhere,a\n", file: "teams.csv")
        let loop = try #require(result.issues(.managerCycle).first)
        #expect(loop.row == 4)
        #expect(loop.message == "reports_to 'a' of team 'c' closes a reporting loop (a -> b -> c -> a); it is left out")
        #expect(result.issues(.unknownManager).first?.message == "reports_to 'nowhere' of team 'd' is not a team in the file; left out")
        _ = try result.reloaded()
    }

    @Test func teamIdsWithSpacesAreMadeIntoIds() throws {
        let result = try importCSV("id,serves\nFront desk,patients\nBack office,Front desk\nBack office,x\n", file: "teams.csv")
        #expect(result.organisation.teams.map(\.id) == ["front-desk", "back-office"])
        #expect(result.team("back-office")?.serves.map(\.to) == ["front-desk"])
        #expect(result.issues(.duplicateRow).map(\.row) == [4])
        _ = try result.reloaded()
    }

    @Test func aFileThatIsNotUTF8Stops() throws {
        let bytes: [UInt8] = Array("id,parentId\n1,".utf8) + [0xFF, 0xFE] + Array("\n".utf8)
        #expect(throws: ImportError.self) { try OrgImporter.importCSV(bytes: bytes, file: "x.csv") }
        do {
            _ = try OrgImporter.importCSV(bytes: bytes, file: "x.csv")
        } catch {
            #expect(error.issues.first?.description == "x.csv:1:1: error: [unreadable-file] the file is not UTF-8 text; save it from the spreadsheet as \"CSV UTF-8\"")
        }
    }

    @Test(arguments: ["", "  \n\n", "id,parentId,name\n"])
    func anEmptyFileOrAHeaderAloneStops(_ text: String) throws {
        let error = try #require(importError(text))
        #expect(error.issues.last?.code == .emptyFile)
    }

    @Test func theHeaderCommentSaysEveryTeamIsCutOffAndWhatToDoNext() throws {
        let result = try importCSV("id,parentId,department\n1,,Board\n2,1,Sales\n", file: "exports/people.csv")
        let yaml = result.yaml
        #expect(yaml.hasPrefix("# Imported by `pyramid import` from people.csv: 2 people in 2 teams; 0 rows skipped.\n"))
        #expect(yaml.contains("# `pyramid check` reports EVERY team as cut off from the customer (no-path-to-customer).\n"))
        #expect(yaml.contains("# Next step: rename the end customer below"))
        #expect(result.organisation.name == "people")
        let findings = Analysis(try result.reloaded()).findings
        #expect(findings.filter { $0.code == .noPathToCustomer }.count == 2)
    }
}
