import Foundation
import Testing
@testable import OrgGraph

/// `docs/schema/org-model.schema.json` against the code: its enums and keys
/// are the code's own lists, and a real JSON Schema validator (Python's
/// `jsonschema`, run through `validate_models.py`) agrees with `ModelLoader`
/// on every example and fixture, apart from the problems listed in
/// ``beyondTheSchema``.
@Suite struct ModelSchemaTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let schemaPath = repository.appendingPathComponent("docs/schema/org-model.schema.json").path

    /// Invalid fixtures the schema accepts, and why it cannot tell: problems
    /// between entries or of the YAML text itself. `pyramid validate` reports them.
    static let beyondTheSchema: [String: String] = [
        "Tests/OrgGraphTests/Fixtures/invalid/duplicate-id.yaml": "ids unique across customers and teams (duplicate-id)",
        "Tests/OrgGraphTests/Fixtures/invalid/unknown-reference.yaml": "references that resolve (unknown-reference)",
        "Tests/OrgGraphTests/Fixtures/invalid/reporting-cycle.yaml": "no reporting cycle (reporting-cycle)",
        "Tests/OrgGraphTests/Fixtures/invalid/reports-to-customer.yaml": "reports-to naming a team, not a customer (reports-to-customer)",
        "Tests/OrgGraphTests/Fixtures/invalid/duplicate-key.yaml": "a key repeated in a mapping: YAML parsers keep one (duplicate-key; editors flag it themselves)",
    ]

    // MARK: The schema is the code's

    static func schema() throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: schemaPath))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func definition(_ name: String, in schema: [String: Any]) throws -> [String: Any] {
        let definitions = try #require(schema["$defs"] as? [String: Any])
        return try #require(definitions[name] as? [String: Any], "no $defs/\(name) in the schema")
    }

    static func keys(of object: [String: Any]) throws -> Set<String> {
        Set(try #require(object["properties"] as? [String: Any]).keys)
    }

    @Test func enumsAreTheCodesOwnLists() throws {
        let schema = try Self.schema()
        let findingCodes = try #require(try Self.definition("findingCode", in: schema)["enum"] as? [String])
        #expect(findingCodes == FindingCode.allCases.map(\.rawValue),
                "put FindingCode.allCases in $defs/findingCode/enum: \(FindingCode.allCases.map(\.rawValue))")
        let tiers = try #require(try Self.definition("tier", in: schema)["enum"] as? [String])
        #expect(tiers == Tier.allCases.map(\.rawValue), "put Tier.allCases in $defs/tier/enum")
        let link = try #require(try Self.definition("link", in: schema)["properties"] as? [String: Any])
        #expect((link["status"] as? [String: Any])?["enum"] as? [String] == LinkStatus.allCases.map(\.rawValue))
        let standard = try #require(try Self.definition("standard", in: schema)["properties"] as? [String: Any])
        #expect((standard["better"] as? [String: Any])?["enum"] as? [String] == ServiceStandard.Direction.allCases.map(\.rawValue))
    }

    @Test func keysAreTheLoadersKeys() throws {
        let schema = try Self.schema()
        typealias Keys = OrganisationReader.Keys
        #expect(try Self.keys(of: schema) == Set(Keys.root))
        #expect(try Self.keys(of: Self.definition("customer", in: schema)) == Set(Keys.customer))
        #expect(try Self.keys(of: Self.definition("team", in: schema)) == Set(Keys.team))
        #expect(try Self.keys(of: Self.definition("link", in: schema)) == Set(Keys.link))
        #expect(try Self.keys(of: Self.definition("standard", in: schema)) == Set(Keys.standard))
        #expect(try Self.keys(of: Self.definition("ignoreEntry", in: schema)) == Set(Keys.suppression))
        // Unknown keys are errors in every mapping, as in the loader.
        for object in try [schema] + ["customer", "team", "link", "standard", "ignoreEntry"].map({ try Self.definition($0, in: schema) }) {
            #expect(object["additionalProperties"] as? Bool == false)
        }
    }

    @Test func everyExampleStartsWithTheSchemaComment() throws {
        let folder = Self.repository.appendingPathComponent("org-models")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(names.count >= 6)
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(text.hasPrefix("# yaml-language-server: $schema=../docs/schema/org-model.schema.json\n"), "\(name)")
        }
    }

    // MARK: A real validator agrees with the loader

    @Test(.enabled(if: SchemaValidator.isAvailable, "python3 with the jsonschema and PyYAML modules is not installed (.ci/run installs them)"))
    func validatorAgreesWithTheLoaderOnEveryExampleAndFixture() throws {
        let files = try Self.modelFiles()
        #expect(files.count >= 25)
        let results = try SchemaValidator.validate(files.map { Self.repository.appendingPathComponent($0).path })
        var acceptedInvalid: [String] = []
        for (file, result) in zip(files, results) {
            // Only keywords that mean the same in draft-07, which editors' YAML language server implements.
            #expect(result.draft7Errors == result.errors, "\(file): draft-07 and 2020-12 disagree")
            let path = Self.repository.appendingPathComponent(file).path
            let loads = (try? ModelLoader.load(contentsOf: path)) != nil
            if loads {
                #expect(result.errors.isEmpty, "\(file) is valid but the schema says: \(result.errors)")
            } else if result.parsed && result.errors.isEmpty {
                acceptedInvalid.append(file)
            }
        }
        // Exactly the listed files get through, so the list stays true.
        #expect(acceptedInvalid.sorted() == Self.beyondTheSchema.keys.sorted())
    }

    @Test(.enabled(if: SchemaValidator.isAvailable, "python3 with the jsonschema and PyYAML modules is not installed (.ci/run installs them)"))
    func theSchemaCatchesEachKindOfShapeError() throws {
        // One finding per rule the schema encodes, on the fixtures written for them.
        let results = try SchemaValidator.validate([
            "Tests/OrgGraphTests/Fixtures/invalid/unknown-key.yaml",
            "Tests/OrgGraphTests/Fixtures/invalid/missing-key.yaml",
            "Tests/OrgGraphTests/Fixtures/invalid/wrong-type.yaml",
            "Tests/OrgGraphTests/Fixtures/invalid/invalid-id.yaml",
            "Tests/OrgGraphTests/Fixtures/invalid/invalid-value.yaml",
        ].map { Self.repository.appendingPathComponent($0).path })
        let all = results.flatMap(\.errors).joined(separator: "\n")
        #expect(all.contains("/teams/0: Additional properties are not allowed ('serve' was unexpected)"))
        #expect(all.contains("/: 'organisation' is a required property"))
        #expect(all.contains("/teams/2/serves/0: 'to' is a required property"))
        #expect(all.contains("/teams/2/serves/1/standard: 'target' is a required property"))
        #expect(all.contains("/teams/0/headcount: 'many' is not of type 'integer'"))
        #expect(all.contains("/teams/0/id: 'front desk' does not match"))
        #expect(all.contains("/customers: [] should be non-empty"))
        #expect(all.contains("'upward-facng' is not one of ['no-path-to-customer'"))
    }

    @Test(.enabled(if: SchemaValidator.isAvailable, "python3 with the jsonschema and PyYAML modules is not installed (.ci/run installs them)"))
    func exportedJSONIsValidAgainstTheSchema() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for file in try Self.modelFiles() where file.hasPrefix("org-models/") {
            let model = try ModelLoader.load(contentsOf: Self.repository.appendingPathComponent(file).path)
            let path = folder.appendingPathComponent(URL(fileURLWithPath: file).lastPathComponent + ".json").path
            try ModelJSONWriter().json(for: model.organisation).write(toFile: path, atomically: true, encoding: .utf8)
            paths.append(path)
        }
        #expect(paths.count >= 6)
        for result in try SchemaValidator.validate(paths) {
            #expect(result.parsed && result.errors.isEmpty, "\(result.file): \(result.errors)")
        }
    }

    /// Every example and every fixture model, relative to the repository.
    static func modelFiles() throws -> [String] {
        var files: [String] = []
        for folder in ["org-models", "Tests/OrgGraphTests/Fixtures/analysis", "Tests/OrgGraphTests/Fixtures/invalid", "Tests/PyramidCLITests/Fixtures"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: repository.appendingPathComponent(folder).path)
            files += names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted().map { folder + "/" + $0 }
        }
        return files
    }
}

/// Runs `validate_models.py` (beside this file) with `python3`.
enum SchemaValidator {
    struct Result: Decodable {
        var file: String
        var parsed: Bool
        var errors: [String]
        var draft7Errors: [String]
    }

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("validate_models.py").path

    /// Whether `python3` can import `jsonschema` and `yaml`.
    static let isAvailable: Bool = {
        (try? run(["-c", "import jsonschema, yaml"]).status) == 0
    }()

    static func validate(_ paths: [String]) throws -> [Result] {
        let (status, output, errors) = try run([script, ModelSchemaTests.schemaPath] + paths)
        try #require(status == 0, "validate_models.py failed: \(errors)")
        struct Report: Decodable { var results: [Result] }
        let results = try JSONDecoder().decode(Report.self, from: output).results
        try #require(results.count == paths.count)
        return results
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, output: Data, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, out, String(decoding: err, as: UTF8.self))
    }
}
