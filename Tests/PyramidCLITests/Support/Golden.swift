import Foundation
import Testing

/// Golden files: expected outputs kept in `Tests/PyramidCLITests/Golden/`.
///
/// A mismatch fails with a unified-style diff. To re-record on purpose, run
/// `RECORD_GOLDEN=1 swift test --filter PyramidCLITests`: the files are
/// rewritten and the recording run fails, so a recording never passes
/// silently. Review the change with `git diff` before committing it.
enum Golden {
    static let directory = PyramidProcess.repositoryRoot.appendingPathComponent("Tests/PyramidCLITests/Golden")

    static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    static func assertMatches(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if isRecording {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url, options: .atomic)
            Issue.record("Recorded \(name); run again without RECORD_GOLDEN to check it.", sourceLocation: sourceLocation)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("No golden file \(name): record it with RECORD_GOLDEN=1.", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != actual {
            Issue.record("Output differs from \(name) (- golden, + actual):\n\(diff(expected, actual))", sourceLocation: sourceLocation)
        }
    }

    /// The changed lines with a line of context either side.
    static func diff(_ expected: String, _ actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let changes = new.difference(from: old)
        var removed = Set<Int>()
        var inserted = Set<Int>()
        for change in changes {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var lines: [String] = []
        var i = 0
        var j = 0
        while i < old.count || j < new.count {
            if i < old.count, removed.contains(i) {
                lines.append("- \(old[i])"); i += 1
            } else if j < new.count, inserted.contains(j) {
                lines.append("+ \(new[j])"); j += 1
            } else {
                lines.append("  \(i < old.count ? old[i] : "")"); i += 1; j += 1
            }
        }
        // Keep only changed lines and one line of context around them.
        let keep = Set(lines.indices.filter { !lines[$0].hasPrefix("  ") }.flatMap { [$0 - 1, $0, $0 + 1] })
        return lines.indices.filter(keep.contains).map { lines[$0] }.joined(separator: "\n")
    }
}
