import Foundation
import OrgGraph
import PyramidImport
import Testing

/// Imports CSV text given inline, as a file called `people.csv`.
func importCSV(_ text: String, options: ImportOptions = ImportOptions(), file: String = "people.csv") throws -> ImportResult {
    try OrgImporter.importCSV(bytes: Array(text.utf8), file: file, options: options)
}

/// The issues with `code`, as `row N: message` strings are hard to match: the issue values.
extension ImportResult {
    func issues(_ code: ImportIssueCode) -> [ImportIssue] {
        issues.filter { $0.code == code }
    }

    func team(_ id: String) -> Team? {
        organisation.teams.first { $0.id == id }
    }

    /// The written YAML, read back by the model loader (which throws if it is not a valid model).
    func reloaded() throws -> Organisation {
        try ModelLoader.load(bytes: Array(yaml.utf8), file: "imported.yaml").organisation
    }
}

/// The error thrown for `text`, or a recorded failure.
func importError(_ text: String, options: ImportOptions = ImportOptions()) -> ImportError? {
    do {
        _ = try importCSV(text, options: options)
        Issue.record("expected the import to fail")
        return nil
    } catch let error as ImportError {
        return error
    } catch {
        Issue.record("unexpected error \(error)")
        return nil
    }
}

enum RealWorld {
    static func bytes(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/real-world/\(name)", withExtension: nil))
        return try [UInt8](Data(contentsOf: url))
    }
}
