import Foundation
import OrgGraph
import Testing
@testable import PyramidDiagram

/// `--focus`: a team's neighbourhood never walks through an end customer;
/// an end customer can be focused.
@Suite struct FocusTests {
    /// Three front-line teams serve one customer; b has a supplier s.
    static let shared = """
    organisation: Shared customer
    customers: [{id: people, name: People}, {id: firms, name: Firms}]
    teams:
      - id: a
        serves: [people]
      - id: b
        serves: [people]
      - id: c
        serves: [people, firms]
      - id: s
        serves: [b]
      - id: lone
        serves: [firms]
    """

    static func drawn(_ dot: String) -> Set<String> {
        let ids = dot.components(separatedBy: #"id=""#).dropFirst().map { String($0.prefix { $0 != "\"" }) }
        return Set(ids.filter { $0.hasPrefix("team-") || $0.hasPrefix("customer-") })
    }

    @Test func depthNeverWalksThroughACustomer() throws {
        let analysis = try TestModels.analysis(Self.shared)
        for depth in [1, 2, 3] {
            let dot = try PyramidRenderer.dot(analysis, options: DiagramOptions(focus: "a", depth: depth))
            // a's chain reaches people; b and c are two links away, through people.
            #expect(Self.drawn(dot) == ["team-a", "customer-people"], "depth \(depth)")
        }
        let supplier = try PyramidRenderer.dot(analysis, options: DiagramOptions(focus: "s", depth: 1))
        #expect(Self.drawn(supplier) == ["team-s", "team-b", "customer-people"])
    }

    @Test func aCustomerCanBeFocusedOnItsServingChains() throws {
        let analysis = try TestModels.analysis(Self.shared)
        let dot = try PyramidRenderer.dot(analysis, options: DiagramOptions(focus: "people"))
        #expect(Self.drawn(dot) == ["customer-people", "team-a", "team-b", "team-c", "team-s"])
        #expect(dot.contains(#"label="Shared customer\nserving People""#))
    }

    @Test func councilBenefitsAtDepthTwoStaysSmall() throws {
        let analysis = try FitTests.model("council-services.yaml")
        let dot = try PyramidRenderer.dot(analysis, options: DiagramOptions(focus: "benefits", depth: 2))
        let teams = Self.drawn(dot).filter { $0.hasPrefix("team-") }
        // Before, depth 2 went through 'Residents' to the whole front line (17 teams).
        #expect(teams.count < 12, "\(teams.sorted())")
        #expect(!teams.contains("team-parks-rangers"), "serves residents too, but is not near benefits")
    }
}
