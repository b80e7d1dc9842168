import Testing
import OrgGraph

@Suite struct ModelLoaderTests {
    static let complete = """
        organisation: Riverside Clinic
        charter:
          - We see every patient within 20 minutes of their appointment.
        customers:
          - id: patients
            name: Patients
          - id: gps
        teams:
          - id: nurses
            name: Nursing team
            tier: front-line
            department: Clinical
            headcount: 14
            champions: [Asha Patel]
            reports-to: practice-manager
            serves:
              - patients
              - to: reception
                delivers: Treatment notes
                status: broken
                standard:
                  measure: notes ready same day
                  target: 95
                  actual: 80
                  unit: "%"
          - id: reception
            reports-to: [practice-manager, nurses]
            serves:
              - to: patients
                standard: {measure: minutes to answer, target: 2, actual: 1.5, better: lower}
          - id: practice-manager
        ignore:
          - code: isolated-team
            team: practice-manager
          - code: unserved-customer

        """

    @Test func readsEveryKey() throws {
        let model = try ModelLoader.load(bytes: Array(Self.complete.utf8), file: "clinic.yaml")
        let org = model.organisation
        #expect(model.warnings.isEmpty)
        #expect(org.name == "Riverside Clinic")
        #expect(org.file == "clinic.yaml")
        #expect(org.charter == ["We see every patient within 20 minutes of their appointment."])
        #expect(org.customers.map(\.id) == ["patients", "gps"])
        #expect(org.customers.map(\.name) == ["Patients", "gps"], "name defaults to the id")
        #expect(org.customers[0].location == SourceLocation(file: "clinic.yaml", line: 5, column: 9))

        let nurses = try #require(org.teams.first)
        #expect(nurses.name == "Nursing team")
        #expect(nurses.declaredTier == .frontLine)
        #expect(nurses.department == "Clinical")
        #expect(nurses.headcount == 14)
        #expect(nurses.champions == ["Asha Patel"])
        #expect(nurses.reportsTo == [Located("practice-manager", at: SourceLocation(file: "clinic.yaml", line: 15, column: 17))])
        #expect(nurses.location == SourceLocation(file: "clinic.yaml", line: 9, column: 9))
        #expect(nurses.serves.count == 2)
        #expect(nurses.serves[0] == ServiceLink(to: "patients", location: SourceLocation(file: "clinic.yaml", line: 17, column: 9)))
        let notes = nurses.serves[1]
        #expect(notes.to == "reception")
        #expect(notes.location == SourceLocation(file: "clinic.yaml", line: 18, column: 13))
        #expect(notes.delivers == "Treatment notes")
        #expect(notes.status == .broken)
        #expect(notes.standard == ServiceStandard(measure: "notes ready same day", target: 95, actual: 80, unit: "%", better: .higher))
        #expect(!notes.isIntact)

        let reception = org.teams[1]
        #expect(reception.name == "reception")
        #expect(reception.declaredTier == nil)
        #expect(reception.reportsTo.map(\.value) == ["practice-manager", "nurses"])
        let answer = try #require(reception.serves.first?.standard)
        #expect(answer.better == .lower)
        #expect(answer.actual == 1.5)
        #expect(!answer.isBreached, "1.5 minutes is under the 2-minute target")

        #expect(org.suppressions.map(\.code) == ["isolated-team", "unserved-customer"])
        #expect(org.suppressions.map(\.team) == ["practice-manager", nil])
    }

    @Test func jsonWithTheSameKeysGivesTheSameOrganisation() throws {
        let json = """
            {"organisation": "Riverside Clinic",
             "customers": [{"id": "patients"}],
             "teams": [{"id": "nurses", "headcount": 3, "reports-to": "lead",
                        "serves": ["patients", {"to": "lead", "status": "broken"}]},
                       {"id": "lead"}]}
            """
        let yaml = """
            organisation: Riverside Clinic
            customers: [{id: patients}]
            teams:
              - {id: nurses, headcount: 3, reports-to: lead, serves: [patients, {to: lead, status: broken}]}
              - {id: lead}
            """
        let fromJSON = try ModelLoader.load(bytes: Array(json.utf8), file: "m.json").organisation
        let fromYAML = try ModelLoader.load(bytes: Array(yaml.utf8), file: "m.yaml").organisation
        #expect(fromJSON.teams.map(\.id) == fromYAML.teams.map(\.id))
        #expect(fromJSON.teams[0].headcount == 3)
        #expect(fromJSON.teams[0].serves.map(\.to) == ["patients", "lead"])
        #expect(fromJSON.teams[0].serves.map(\.status) == [.ok, .broken])
        #expect(fromJSON.teams[0].location == SourceLocation(file: "m.json", line: 3, column: 19))
    }

    @Test func emptyTeamsIsAWarningNotAnError() throws {
        let model = try ModelLoader.load(bytes: Array("organisation: X\ncustomers: [{id: c}]\nteams: []\n".utf8), file: "m.yaml")
        #expect(model.organisation.teams.isEmpty)
        #expect(model.warnings.map(\.code) == [.emptyTeams])
        #expect(model.warnings.first?.severity == .warning)
        #expect(model.warnings.first?.location == SourceLocation(file: "m.yaml", line: 3, column: 8))
    }

    @Test(arguments: [
        ([UInt8](), "empty-file", 1, 1),
        (Array("  \n\n".utf8), "empty-file", 1, 1),
        (Array("# only a comment\r\n\r\n  # and another\r\n".utf8), "empty-file", 1, 1),
        (Array("organisation: Caf".utf8) + [0xC3, 0x28] + Array("\n".utf8), "invalid-utf8", 1, 18),
        (Array("organisation: X\nteams:\n  - id: \u{E9}t\u{E9}".utf8) + [0xFF], "invalid-utf8", 3, 12),
    ])
    func rejectsUnreadableText(bytes: [UInt8], code: String, line: Int, column: Int) throws {
        let error = try #require(throws: InvalidModel.self) { try ModelLoader.load(bytes: bytes, file: "m.yaml") }
        #expect(error.diagnostics.map(\.code.rawValue) == [code])
        #expect(error.diagnostics.first?.location == SourceLocation(file: "m.yaml", line: line, column: column))
    }

    /// A file with Windows line ends gets exactly the diagnostics of the same
    /// file with Unix ones: the friendlier hints and the duplicate-key
    /// recovery once split lines on the `Character` "\n", which "\r\n" is not.
    @Test(arguments: [
        "organisation: X\ncustomers: [{id: p}]\nteams:\n  - id: a\n    serves: [p]\n    serves: [q]\n  - id: b\n    serves: [zz]\n",
        "organisation: X\ncustomers: [{id: p}]\nteams:\n  - id: a\n\tserves: [p]\n",
        "organisation: X\ncustomers: [{id: p}]\nteams:\n  - id: a\n    name: %Nursing\n",
        "# A comment first\norganisation: X\ncustomers: [{id: p}]\nteams:\n  - id: a\n    serves: [nowhere]\n",
    ])
    func windowsLineEndsGiveTheSameDiagnostics(unix: String) throws {
        func diagnostics(_ text: String) -> [String] {
            do {
                let model = try ModelLoader.load(bytes: Array(text.utf8), file: "m.yaml")
                return model.warnings.map(\.description)
            } catch {
                return error.diagnostics.map(\.description)
            }
        }
        let windows = unix.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
        #expect(windows.utf8.count > unix.utf8.count)
        let expected = diagnostics(unix)
        #expect(!expected.isEmpty)
        #expect(diagnostics(windows) == expected)
    }

    /// Windows line ends: "\r\n" is one `Character` in Swift, so a file that
    /// starts with a comment was once read as one comment line and reported
    /// empty.
    @Test(arguments: ["# Riverside Clinic\r\n", "\r\n# Riverside Clinic\r\n  \r\n", "\u{FEFF}# Riverside Clinic\r\n"])
    func aWindowsFileStartingWithACommentLoads(header: String) throws {
        let text = header + "organisation: X\r\ncustomers: [{id: c}]\r\nteams:\r\n  - id: t\r\n    serves: [nowhere]\r\n"
        let lines = header.filter { $0 == "\r\n" }.count
        let error = try #require(throws: InvalidModel.self) { try ModelLoader.load(bytes: Array(text.utf8), file: "m.yaml") }
        // The only problem is the unknown target, located on its own line.
        #expect(error.diagnostics.map(\.code.rawValue) == ["unknown-reference"])
        #expect(error.diagnostics.first?.location == SourceLocation(file: "m.yaml", line: lines + 5, column: 14))
    }

    @Test func missingFileAndDirectoryAreReportedWithThePath() throws {
        let missing = try #require(throws: InvalidModel.self) { try ModelLoader.load(contentsOf: "/no/such/model.yaml") }
        #expect(missing.description == "/no/such/model.yaml:1:1: error: [unreadable-file] no such file")
        let directory = try #require(throws: InvalidModel.self) { try ModelLoader.load(contentsOf: "/") }
        #expect(directory.diagnostics.first?.message.contains("directory") == true)
    }

    @Test func aSecondDocumentIsASyntaxError() throws {
        let text = "organisation: X\ncustomers: [{id: c}]\nteams: []\n---\norganisation: Y\n"
        let error = try #require(throws: InvalidModel.self) { try ModelLoader.load(bytes: Array(text.utf8), file: "m.yaml") }
        #expect(error.diagnostics.map(\.code) == [.yamlSyntax])
        #expect(error.diagnostics.first?.location.line == 4)
    }

    @Test func anAnchorNeedsAPlaceInTheFormat() throws {
        let text = """
            organisation: X
            customers: [{id: c}]
            defaults: &clinical {department: Clinical, headcount: 4}
            teams:
              - id: a
                <<: *clinical
                headcount: 9
                serves:
                  - to: c
                    standard: &fast {measure: minutes, target: 5, actual: 7, better: lower}
              - id: b
                <<: *clinical
                serves: [{to: a, standard: *fast}]
            """
        // Anchors must be defined inside known keys: a made-up top-level key is reported.
        let error = try #require(throws: InvalidModel.self) { try ModelLoader.load(bytes: Array(text.utf8), file: "m.yaml") }
        #expect(error.diagnostics.map(\.code) == [.unknownKey])

    }

    @Test func mergeKeysFillInWhatTheEntryDoesNotSet() throws {
        let text = """
            organisation: X
            customers: [{id: c}]
            teams:
              - &base {id: base, department: Clinical, headcount: 4, serves: [c]}
              - <<: *base
                id: copy
                headcount: 9
                serves:
                  - to: c
                    standard: &fast {measure: minutes, target: 5, actual: 7, better: lower}
              - id: other
                serves: [{to: copy, standard: *fast}]
            """
        let teams = try ModelLoader.load(bytes: Array(text.utf8), file: "m.yaml").organisation.teams
        #expect(teams.map(\.id) == ["base", "copy", "other"])
        #expect(teams[1].department == "Clinical", "merged from the anchor")
        #expect(teams[1].headcount == 9, "the entry's own key wins")
        #expect(teams[2].serves.first?.standard?.isBreached == true, "the aliased standard is read in full")
    }
}
