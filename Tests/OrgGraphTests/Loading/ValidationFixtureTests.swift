import Foundation
import Testing
import OrgGraph

/// Each file in `Fixtures/invalid/` breaks one or more rules; the
/// `# expect:` lines in it say exactly which diagnostics, where, and a
/// fragment of each message. A fixture passes only when the loader reports
/// exactly those diagnostics: none missing, none extra.
@Suite struct ValidationFixtureTests {
    /// Every diagnostic code the loader and validator can report is shown by
    /// at least one fixture; adding a code without a fixture fails here.
    @Test(arguments: DiagnosticCode.allCases)
    func everyDiagnosticCodeHasAFixture(_ code: DiagnosticCode) throws {
        let covered = try LoadingFixtures.invalidModels.flatMap { name in
            try LoadingFixtures.expectations(for: LoadingFixtures.path("invalid/\(name)")).map(\.code)
        }
        #expect(covered.contains(code.rawValue), "no fixture in Fixtures/invalid expects [\(code)]")
    }

    @Test func everyExpectationNamesARealCode() throws {
        for name in LoadingFixtures.invalidModels {
            for expectation in try LoadingFixtures.expectations(for: LoadingFixtures.path("invalid/\(name)")) {
                #expect(DiagnosticCode(rawValue: expectation.code) != nil, "\(name): \(expectation)")
            }
        }
    }

    @Test(arguments: LoadingFixtures.invalidModels)
    func reportsExactlyTheExpectedDiagnostics(_ name: String) throws {
        let path = try LoadingFixtures.path("invalid/\(name)")
        let expectations = try LoadingFixtures.expectations(for: path)
        try #require(!expectations.isEmpty, "\(name) states no expectations")

        let error = try #require(throws: InvalidModel.self) { try ModelLoader.load(contentsOf: path) }

        #expect(error.diagnostics.allSatisfy { $0.location.file == path })
        let found = error.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.code)" }
        let wanted = expectations.map { "\($0.line):\($0.column) \($0.code)" }
        #expect(found.sorted() == wanted.sorted(), "diagnostics:\n\(error.description)")
        for expectation in expectations {
            let match = error.diagnostics.first {
                $0.location.line == expectation.line && $0.location.column == expectation.column && $0.code.rawValue == expectation.code
            }
            #expect(match?.message.contains(expectation.fragment) == true,
                    "expected \(expectation), got: \(match?.message ?? "nothing")")
        }
    }

    @Test func diagnosticsPrintInCompilerStyle() throws {
        let path = try LoadingFixtures.path("invalid/typo-dangling-duplicate.yaml")
        let error = try #require(throws: InvalidModel.self) { try ModelLoader.load(contentsOf: path) }
        #expect(error.diagnostics.first?.description ==
            "\(path):6:5: error: [unknown-key] unknown key 'servs' in team 'nurses'; did you mean 'serves'?")
    }
}
