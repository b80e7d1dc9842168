import OrgGraph
import PyramidDiagram

/// Writes generated organisations through the library's writers: YAML with
/// `ModelYAMLWriter`, JSON with `ModelJSONWriter` (the normal form `pyramid
/// export --format json` prints), atomically with `AtomicFile`.
enum ModelFiles {
    /// Writes `organisation` to `path` atomically; returns the byte count.
    static func write(_ organisation: Organisation, format: ModelFormat, to path: String) throws -> Int {
        let text = switch format {
        case .yaml: ModelYAMLWriter().yaml(for: organisation)
        case .json: ModelJSONWriter().json(for: organisation)
        }
        let bytes = Array(text.utf8)
        try AtomicFile.write(bytes, to: path)
        return bytes.count
    }
}
