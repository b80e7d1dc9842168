/// The stages the benchmarks time, named as in their tables and in the
/// progress lines `render` prints on standard error.
enum Stage: String, CaseIterable {
    /// Generating the organisation in memory (untimed).
    case generate
    /// `ModelLoader.load`: read, parse and validate a model file.
    case load
    /// `Analysis.init`.
    case analysis
    /// `CheckReport.rendered(as: .json)`.
    case report
    /// Load, analysis and JSON report in one go, as `pyramid check` does.
    case check
    /// `PyramidRenderer.dot`: the DOT text of the whole diagram.
    case dot
    /// `PyramidRenderer.render`: the DOT text, laid out and rendered.
    case render
    /// `AtomicFile.write` of the rendered bytes.
    case write
}
