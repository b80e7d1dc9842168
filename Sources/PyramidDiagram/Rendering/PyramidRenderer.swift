public import OrgGraph

/// Draws an analysed organisation as an inverted pyramid, in-process through
/// Graphviz's C library (no `dot` subprocess).
///
/// ```swift
/// let loaded = try ModelLoader.load(contentsOf: "org.yaml")
/// let analysis = Analysis(loaded.organisation)
/// let svg = try PyramidRenderer.render(analysis, options: DiagramOptions(date: "2026-11-23"), format: .svg)
/// try AtomicFile.write(svg, to: "org.svg")
/// ```
///
/// Rendering is safe to call from any thread or task: every Graphviz call is
/// serialised behind one process-wide lock. The same analysis and options
/// always give the same bytes, in every format (the creation date cairo
/// writes into PDF files is replaced by a fixed one).
public enum PyramidRenderer {
    /// Renders the diagram in `format`.
    /// - Throws: ``RenderError``: a missing plugin (with what to install), an
    ///   unknown `--focus` team, or Graphviz's own error messages.
    public static func render(_ analysis: Analysis, options: DiagramOptions = DiagramOptions(), format: OutputFormat) throws(RenderError) -> [UInt8] {
        try renderDiagram(analysis, options: options, format: format).bytes
    }

    /// Renders the diagram and also returns the DOT text laid out and any
    /// warnings Graphviz reported.
    public static func renderDiagram(_ analysis: Analysis, options: DiagramOptions = DiagramOptions(), format: OutputFormat) throws(RenderError) -> RenderedDiagram {
        try render(PyramidInput(analysis), options: options, format: format)
    }

    /// The DOT text of the diagram: exactly what ``render(_:options:format:)``
    /// lays out, and what `.dot` output writes.
    public static func dot(_ analysis: Analysis, options: DiagramOptions = DiagramOptions()) throws(RenderError) -> String {
        try PyramidGraphBuilder.build(PyramidInput(analysis), options: options).dotText
    }

    /// Lays out DOT text with the `dot` engine and renders it, for DOT
    /// written or edited by hand. `.dot` returns the text unchanged.
    public static func render(dot: String, format: OutputFormat, svgFragment: Bool = false) throws(RenderError) -> RenderedDiagram {
        guard let device = format.graphvizDevice else {
            return RenderedDiagram(bytes: Array(dot.utf8), dot: dot, warnings: [])
        }
        try GraphvizInstallation.current().check(format)
        let (bytes, warnings) = try GraphvizSession.shared.render(dot: dot, format: device)
        let output: [UInt8]
        switch format {
        case .svg where svgFragment: output = SVGFragment.extract(from: bytes)
        case .pdf: output = PDFDate.normalise(bytes)
        default: output = bytes
        }
        return RenderedDiagram(bytes: output, dot: dot, warnings: warnings)
    }

    static func render(_ input: PyramidInput, options: DiagramOptions, format: OutputFormat) throws(RenderError) -> RenderedDiagram {
        let dot = try PyramidGraphBuilder.build(input, options: options).dotText
        return try render(dot: dot, format: format, svgFragment: options.svgFragment)
    }
}
