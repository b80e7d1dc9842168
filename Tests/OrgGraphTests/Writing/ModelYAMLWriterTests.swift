import Foundation
import Testing
import OrgGraph

/// The YAML writer reads back to the same organisation (apart from source
/// locations), quotes every scalar YAML would misread and writes the same
/// bytes every time.
@Suite struct ModelYAMLWriterTests {
    static let nowhere = SourceLocation(file: "", line: 0, column: 0)

    /// `organisation` with every source location and the file path erased.
    static func normalised(_ organisation: Organisation) -> Organisation {
        var copy = organisation
        copy.file = ""
        copy.customers = copy.customers.map { var customer = $0; customer.location = nowhere; return customer }
        copy.suppressions = copy.suppressions.map { var entry = $0; entry.location = nowhere; return entry }
        copy.teams = copy.teams.map { team in
            var team = team
            team.location = nowhere
            team.reportsTo = team.reportsTo.map { Located($0.value, at: nowhere) }
            team.serves = team.serves.map { var link = $0; link.location = nowhere; return link }
            return team
        }
        return copy
    }

    static func roundTrip(_ organisation: Organisation) throws -> (String, Organisation) {
        let text = ModelYAMLWriter().yaml(for: organisation)
        let loaded = try ModelLoader.load(bytes: Array(text.utf8), file: "written.yaml")
        return (text, loaded.organisation)
    }

    @Test(arguments: ExampleModelTests.models)
    func everyExampleRoundTrips(_ name: String) throws {
        let path = ExampleModelTests.directory.appendingPathComponent(name).path
        let original = try ModelLoader.load(contentsOf: path).organisation
        let (text, loaded) = try Self.roundTrip(original)
        #expect(Self.normalised(loaded) == Self.normalised(original), "written:\n\(text)")
        // Deterministic and a fixed point: writing the re-read model gives the same bytes.
        #expect(ModelYAMLWriter().yaml(for: loaded) == text)
    }

    static let hostile: [String] = [
        "yes", "No", "on", "OFF", "true", "null", "Null", "~", "", " ", "42", "-7", "3.14", "1e3", "0x1F", "0o17", "1_000",
        "12:30", ".inf", ".NaN", "2025-01-31", "<<", "=", "%", "@home", "&anchor", "*alias", "!tag", "|", ">", "'single'",
        "\"double\"", "#hash", "`tick`", "- dash", "-", "? what", ": colon", "[list]", "{map}", ",comma", "key: value",
        "a #comment", "ends with:", " leading", "trailing ", "line\nbreak", "tab\there", "cr\rhere", "sep\u{2028}here",
        "para\u{2029}here", "nel\u{85}here", "nbsp\u{A0}here", "bom\u{FEFF}here", "bell\u{7}", "back\\slash",
        "Children's ward", "Billing & Payments", "The \"Fix-it\" rota", "café ☕ 🚀", "a: b: c", "x\u{0}y",
    ]

    @Test(arguments: hostile)
    func hostileTextRoundTripsInEveryTextField(_ text: String) throws {
        let standard = ServiceStandard(measure: text.isEmpty || text.allSatisfy(\.isWhitespace) ? "m" : text,
                                       target: 95, actual: 80.5, unit: text, better: .lower)
        let nonEmpty = text.allSatisfy(\.isWhitespace) ? "x" : text
        let organisation = Organisation(
            name: nonEmpty,
            charter: [text],
            customers: [Customer(id: "c", name: nonEmpty, location: Self.nowhere)],
            teams: [
                Team(id: "t", name: nonEmpty, declaredTier: .support, department: nonEmpty, headcount: 3,
                     champions: [text], reportsTo: [Located("lead", at: Self.nowhere)],
                     serves: [ServiceLink(to: "c", delivers: nonEmpty, status: .broken, standard: standard, location: Self.nowhere)],
                     location: Self.nowhere),
                Team(id: "lead", location: Self.nowhere),
            ],
            file: "")
        let (written, loaded) = try Self.roundTrip(organisation)
        #expect(Self.normalised(loaded) == Self.normalised(organisation), "written:\n\(written)")
    }

    /// Plain, these would be read as a boolean, null, a number, a date, an
    /// alias, a comment... or not parse at all: each must be quoted.
    @Test(arguments: hostile.filter { !["back\\slash", "Children's ward", "Billing & Payments", "The \"Fix-it\" rota", "café ☕ 🚀"].contains($0) })
    func textYAMLWouldMisreadIsQuoted(_ text: String) {
        let organisation = Organisation(name: text, customers: [Customer(id: "c", location: Self.nowhere)], teams: [], file: "")
        #expect(ModelYAMLWriter().yaml(for: organisation).hasPrefix("organisation: \""))
    }

    @Test func ordinaryTextIsPlain() {
        let organisation = Organisation(name: "Children's ward & \"Fix-it\" café", customers: [Customer(id: "c", location: Self.nowhere)], teams: [], file: "")
        #expect(ModelYAMLWriter().yaml(for: organisation).hasPrefix("organisation: Children's ward & \"Fix-it\" café\n"))
    }

    @Test(arguments: ["yes", "null", "42", "1.5", "true", "0x10", "2025-01-01"])
    func idsThatLookLikeOtherTypesAreQuotedAndRoundTrip(_ id: String) throws {
        let organisation = Organisation(
            name: "Ids",
            customers: [Customer(id: "c-" + id, location: Self.nowhere)],
            teams: [
                Team(id: id, reportsTo: [Located("base", at: Self.nowhere), Located("other", at: Self.nowhere)],
                     serves: [ServiceLink(to: "c-" + id, location: Self.nowhere)], location: Self.nowhere),
                Team(id: "base", serves: [ServiceLink(to: id, location: Self.nowhere)], location: Self.nowhere),
                Team(id: "other", location: Self.nowhere),
            ],
            suppressions: [Suppression(code: "isolated-team", team: id, location: Self.nowhere), Suppression(code: "tier-mismatch", location: Self.nowhere)],
            file: "")
        let (written, loaded) = try Self.roundTrip(organisation)
        #expect(written.contains("  - id: \"\(id)\"\n"))
        #expect(Self.normalised(loaded) == Self.normalised(organisation), "written:\n\(written)")
    }

    @Test func writesTheDocumentedKeyOrderDefaultsLeftOutAndComments() {
        let organisation = Organisation(
            name: "Riverside Clinic",
            charter: ["We see every patient within 20 minutes."],
            customers: [Customer(id: "patients", name: "Patients", location: Self.nowhere)],
            teams: [
                Team(id: "nurses", name: "Nursing team", declaredTier: .frontLine, department: "Clinical", headcount: 14,
                     champions: ["Asha Patel"], reportsTo: [Located("manager", at: Self.nowhere)],
                     serves: [ServiceLink(to: "patients", location: Self.nowhere),
                              ServiceLink(to: "manager", delivers: "Notes", status: .ok,
                                          standard: ServiceStandard(measure: "same day", target: 95, actual: 80, unit: "%"),
                                          location: Self.nowhere)],
                     location: Self.nowhere),
                Team(id: "manager", location: Self.nowhere),
            ],
            suppressions: [Suppression(code: "upward-facing", team: "nurses", location: Self.nowhere)],
            file: "")
        let text = ModelYAMLWriter().yaml(for: organisation, header: ["Imported.", "", "Next: add serves."],
                                           teamComments: ["manager": ["guessed"]])
        #expect(text == """
            # Imported.
            #
            # Next: add serves.
            organisation: Riverside Clinic
            charter:
              - We see every patient within 20 minutes.
            customers:
              - id: patients
                name: Patients
            teams:
              - id: nurses
                name: Nursing team
                tier: front-line
                department: Clinical
                headcount: 14
                champions:
                  - Asha Patel
                reports-to: manager
                serves:
                  - patients
                  - to: manager
                    delivers: Notes
                    standard:
                      measure: same day
                      target: 95
                      actual: 80
                      unit: "%"
              # guessed
              - id: manager
            ignore:
              - code: upward-facing
                team: nurses

            """)
    }

    @Test(arguments: [0.1, -2.5, 1e20, 1e-7, 123456789.125, 0, -0.0, 1e15])
    func numbersRoundTrip(_ value: Double) throws {
        let standard = ServiceStandard(measure: "m", target: value, actual: value)
        let organisation = Organisation(
            name: "N", customers: [Customer(id: "c", location: Self.nowhere)],
            teams: [Team(id: "t", serves: [ServiceLink(to: "c", standard: standard, location: Self.nowhere)], location: Self.nowhere)],
            file: "")
        let (written, loaded) = try Self.roundTrip(organisation)
        #expect(loaded.teams[0].serves[0].standard?.target == value, "written:\n\(written)")
    }

    @Test func aHeaderCommentCannotBreakOutOfItsLine() throws {
        let organisation = Organisation(name: "O", customers: [Customer(id: "c", location: Self.nowhere)], teams: [], file: "")
        let text = ModelYAMLWriter().yaml(for: organisation, header: ["one\nteams: evil", "two\r\nthree"])
        #expect(text.hasPrefix("# one\n# teams: evil\n# two\n# three\norganisation: O\n"))
        _ = try ModelLoader.load(bytes: Array(text.utf8), file: "x.yaml")
    }
}
