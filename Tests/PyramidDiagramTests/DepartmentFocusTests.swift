import OrgGraph
import Testing
@testable import PyramidDiagram

/// `DiagramOptions.focusDepartment`: one department's teams plus the ends of
/// their own links, never the summary, titled after the department.
@Suite struct DepartmentFocusTests {
    /// The ids a department diagram must draw, from the model itself: the
    /// department's teams, what they serve and whom they report to.
    static func expected(_ analysis: Analysis, department: String) -> Set<String> {
        let customers = Set(analysis.organisation.customers.map(\.id))
        func node(_ id: String) -> String { (customers.contains(id) ? "customer-" : "team-") + SVGIdentifier.slug(id) }
        var ids: Set<String> = []
        for team in analysis.organisation.teams where team.department == department {
            ids.insert(node(team.id))
            for link in team.serves { ids.insert(node(link.to)) }
            for leader in team.reportsTo { ids.insert(node(leader.value)) }
        }
        return ids
    }

    @Test func aDepartmentOfAGeneratedCompanyShowsItsTeamsAndTheirNeighboursAndFits() throws {
        // Above the summary threshold: the overview would be the summary.
        let analysis = try TestModels.analysis(GeneratedCompany.yaml(teams: 150))
        let department = "Department 3"
        let svg = try FitTests.svg(analysis, DiagramOptions(focusDepartment: department))
        let drawn = Set(svg.groups.map(\.id).filter { $0.hasPrefix("team-") || $0.hasPrefix("customer-") })
        let expected = Self.expected(analysis, department: department)
        #expect(drawn == expected)
        // Its head and the head's director (the head reports to it), but nobody further.
        #expect(drawn.contains("team-head-3") && drawn.contains("team-director-1"))
        #expect(!drawn.contains("team-ceo"), "one link out, never further")
        #expect(!svg.groups.contains { $0.id.hasPrefix("group-") }, "never the summary's department boxes")
        let title = try #require(svg.group("graph0")).texts.prefix(2).joined(separator: " ")
        #expect(title.hasPrefix("Generated company of 150 teams") && title.contains("\u{2014} Department 3"), "\(title)")
        FitTests.expectFits(svg, "Department 3 of 150 teams")
    }

    @Test func teamsWithoutADepartmentAndUnknownDepartments() throws {
        let analysis = try TestModels.analysis("""
        organisation: Small
        customers: [{id: people, name: People}]
        teams:
          - {id: boss, department: Office}
          - {id: a, department: Shop, reports-to: boss, serves: [people]}
          - {id: b, reports-to: boss, serves: [a]}
          - {id: c, department: Shop, serves: [b]}
        """)
        let none = try PyramidRenderer.dot(analysis, options: DiagramOptions(focusDepartment: ""))
        #expect(FocusTests.drawn(none) == ["team-b", "team-boss", "team-a"])
        let shop = try PyramidRenderer.dot(analysis, options: DiagramOptions(focusDepartment: "Shop"))
        #expect(FocusTests.drawn(shop) == ["team-a", "team-c", "team-b", "team-boss", "customer-people"])
        #expect(throws: RenderError.unknownFocusDepartment("Sales")) {
            try PyramidRenderer.dot(analysis, options: DiagramOptions(focusDepartment: "Sales"))
        }
    }
}
