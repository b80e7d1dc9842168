import Foundation
import OrgGraph

/// The model files under `Fixtures/`, and the expectations written in them.
enum LoadingFixtures {
    static var directory: URL {
        get throws {
            guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
                throw FixtureError("the Fixtures folder is missing from the test bundle")
            }
            return url
        }
    }

    /// The names of the files in `Fixtures/invalid/` (without `.expect` side files).
    static let invalidModels: [String] = {
        guard let folder = try? directory.appendingPathComponent("invalid"),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.filter { !$0.hasSuffix(".expect") }.sorted()
    }()

    static func path(_ relative: String) throws -> String {
        try directory.appendingPathComponent(relative).path
    }

    /// One `# expect: LINE:COL code "fragment"` line.
    struct Expectation: Hashable, CustomStringConvertible {
        var line: Int
        var column: Int
        var code: String
        var fragment: String

        var description: String { "\(line):\(column) \(code) \"\(fragment)\"" }
    }

    /// The expectations of a fixture: its `# expect:` comment lines, or those
    /// of `NAME.expect` beside it (for JSON, which has no comments).
    static func expectations(for path: String) throws -> [Expectation] {
        let sideFile = path + ".expect"
        let text = try String(contentsOfFile: FileManager.default.fileExists(atPath: sideFile) ? sideFile : path, encoding: .utf8)
        return try text.split(separator: "\n").compactMap { line -> Expectation? in
            guard let range = line.range(of: "# expect: ") else { return nil }
            let rest = line[range.upperBound...]
            let parts = rest.split(separator: " ", maxSplits: 2)
            guard parts.count == 3 else { throw FixtureError("bad expectation line: \(line)") }
            let position = parts[0].split(separator: ":").compactMap { Int($0) }
            guard position.count == 2 else { throw FixtureError("bad position in: \(line)") }
            let fragment = parts[2].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            return Expectation(line: position[0], column: position[1], code: String(parts[1]), fragment: fragment)
        }
    }
}

struct FixtureError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
