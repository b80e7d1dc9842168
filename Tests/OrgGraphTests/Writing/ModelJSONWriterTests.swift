import Foundation
import Testing
import OrgGraph

/// `ModelJSONWriter` writes the normal form `pyramid export --format json`
/// prints: read back, it is the same organisation (apart from where things
/// were written) and gives the same analysis.
@Suite struct ModelJSONWriterTests {
    static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("org-models")

    static let exampleNames: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
    }()

    @Test func everyExampleIsCovered() {
        #expect(Self.exampleNames.count >= 6)
    }

    @Test(arguments: exampleNames)
    func roundTripKeepsTheOrganisationAndItsAnalysis(_ name: String) throws {
        let original = try ModelLoader.load(contentsOf: Self.examples.appendingPathComponent(name).path).organisation
        let json = ModelJSONWriter().json(for: original)
        let reloaded = try ModelLoader.load(bytes: Array(json.utf8), file: "exported.json").organisation

        #expect(Self.withoutLocations(reloaded) == Self.withoutLocations(original))
        let before = Analysis(original)
        let after = Analysis(reloaded)
        #expect(after.teams == before.teams)
        #expect(after.findings.map(Self.withoutLocation) == before.findings.map(Self.withoutLocation))
        #expect(after.suppressed.map(Self.withoutLocation) == before.suppressed.map(Self.withoutLocation))
        // The normal form is a fixed point: writing it again changes nothing.
        #expect(ModelJSONWriter().json(for: reloaded) == json)
    }

    /// The tidy form (the benchmark's JSON models) leaves the defaults out
    /// but still holds the whole organisation.
    @Test(arguments: exampleNames)
    func tidyJSONKeepsTheOrganisation(_ name: String) throws {
        let original = try ModelLoader.load(contentsOf: Self.examples.appendingPathComponent(name).path).organisation
        let tidy = ModelJSONWriter().tidyJSON(for: original)
        let reloaded = try ModelLoader.load(bytes: Array(tidy.utf8), file: "tidy.json").organisation
        #expect(Self.withoutLocations(reloaded) == Self.withoutLocations(original))
        #expect(ModelJSONWriter().tidyJSON(for: reloaded) == tidy)
        #expect(tidy.utf8.count < ModelJSONWriter().json(for: original).utf8.count)
        #expect(!tidy.contains("\"status\": \"ok\""), "defaults are left out")
    }

    @Test func keysComeInTheDocumentedOrderWithDefaultsWrittenOut() throws {
        let yaml = """
        organisation: Riverside Clinic
        customers:
          - id: patients
        teams:
          - serves:
              - patients
              - to: reception
                standard: {better: lower, unit: min, actual: 9, target: 5.5, measure: minutes to hand over}
                status: broken
                delivers: Notes
            reports-to: boss
            headcount: 14
            id: nurses
            tier: front-line
            name: Nursing team
            department: Care
            champions: [Asha]
          - id: reception
            serves: [patients]
          - id: boss
        ignore:
          - team: nurses
            code: single-point-of-failure
          - code: isolated-team
        """
        let organisation = try ModelLoader.load(bytes: Array(yaml.utf8), file: "clinic.yaml").organisation
        #expect(ModelJSONWriter().json(for: organisation) == """
        {
          "organisation": "Riverside Clinic",
          "charter": [],
          "customers": [
            {
              "id": "patients",
              "name": "patients"
            }
          ],
          "teams": [
            {
              "id": "nurses",
              "name": "Nursing team",
              "tier": "front-line",
              "department": "Care",
              "headcount": 14,
              "champions": [
                "Asha"
              ],
              "reports-to": [
                "boss"
              ],
              "serves": [
                {
                  "to": "patients",
                  "status": "ok"
                },
                {
                  "to": "reception",
                  "delivers": "Notes",
                  "status": "broken",
                  "standard": {
                    "measure": "minutes to hand over",
                    "target": 5.5,
                    "actual": 9,
                    "unit": "min",
                    "better": "lower"
                  }
                }
              ]
            },
            {
              "id": "reception",
              "name": "reception",
              "champions": [],
              "reports-to": [],
              "serves": [
                {
                  "to": "patients",
                  "status": "ok"
                }
              ]
            },
            {
              "id": "boss",
              "name": "boss",
              "champions": [],
              "reports-to": [],
              "serves": []
            }
          ],
          "ignore": [
            {
              "code": "single-point-of-failure",
              "team": "nurses"
            },
            {
              "code": "isolated-team"
            }
          ]
        }

        """)
    }

    @Test func awkwardTextAndNumbersSurviveTheRoundTrip() throws {
        var organisation = Organisation(
            name: "Say \"hi\" \\ back\\slash\ttab\nnewline \u{1} ünïcødé ✓ </script>",
            charter: ["50% & more", "#1; %% `code`"],
            customers: [Customer(id: "c", name: "  spaced  ", location: Self.nowhere)],
            teams: [],
            file: "x.json"
        )
        let values: [Double] = [0.1, 1e-7, 1e20, -3, 12.5, 2.0 / 3.0, 123_456_789.125]
        organisation.teams = values.enumerated().map { position, value in
            Team(id: "t\(position)", serves: [ServiceLink(
                to: "c", standard: ServiceStandard(measure: "m", target: value, actual: -value), location: Self.nowhere)],
                 location: Self.nowhere)
        }
        let json = ModelJSONWriter().json(for: organisation)
        let reloaded = try ModelLoader.load(bytes: Array(json.utf8), file: "x.json").organisation
        #expect(Self.withoutLocations(reloaded) == Self.withoutLocations(organisation))
        #expect(reloaded.teams.map { $0.serves[0].standard?.target } == values)
    }

    // MARK: Helpers

    static let nowhere = SourceLocation(file: "", line: 0, column: 0)

    /// The organisation with every location (and the file name) blanked.
    static func withoutLocations(_ organisation: Organisation) -> Organisation {
        var copy = organisation
        copy.file = ""
        copy.customers = copy.customers.map { Customer(id: $0.id, name: $0.name, location: nowhere) }
        copy.teams = copy.teams.map { team in
            var team = team
            team.location = nowhere
            team.reportsTo = team.reportsTo.map { Located($0.value, at: nowhere) }
            team.serves = team.serves.map { link in
                var link = link
                link.location = nowhere
                return link
            }
            return team
        }
        copy.suppressions = copy.suppressions.map { Suppression(code: $0.code, team: $0.team, location: nowhere) }
        return copy
    }

    static func withoutLocation(_ finding: Finding) -> Finding {
        var finding = finding
        finding.location = nowhere
        return finding
    }
}
