/// The output formats of `pyramid check`.
public enum CheckFormat: String, Hashable, Sendable, CaseIterable {
    /// Compiler-style lines and a summary (the default).
    case text
    /// One JSON document; see `docs/findings.md`.
    case json
    /// SARIF 2.1.0, for CI systems that annotate the model file.
    case sarif
}
