import OrgGraph
import PyramidDiagram

/// Writes generated organisations atomically with `AtomicFile`: YAML through
/// the library's `ModelYAMLWriter`, JSON through `ModelJSONWriter.tidyJSON`,
/// the same tidy form (not the normal form `pyramid export --format json`
/// prints, which spells out every default and is three times the size:
/// issue 11's JSON targets are for the same model as JSON). `pyramid check`
/// gives the same findings on both (locations differ).
enum ModelFiles {
    /// Writes `organisation` to `path` atomically; returns the byte count.
    static func write(_ organisation: Organisation, format: ModelFormat, to path: String) throws -> Int {
        let text = switch format {
        case .yaml: ModelYAMLWriter().yaml(for: organisation)
        case .json: ModelJSONWriter().tidyJSON(for: organisation)
        }
        let bytes = Array(text.utf8)
        try AtomicFile.write(bytes, to: path)
        return bytes.count
    }
}
