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
    ///
    /// Very large wall charts (``DiagramOptions/computesLayout(teamCount:)``)
    /// are laid out in Swift and only drawn by Graphviz; their size is known
    /// before Graphviz runs, so a PNG too large to draw is refused before
    /// any Graphviz call. They report their stages to `progress`.
    public static func renderDiagram(
        _ analysis: Analysis, options: DiagramOptions = DiagramOptions(), format: OutputFormat,
        progress: (RenderProgress) -> Void = { _ in }
    ) throws(RenderError) -> RenderedDiagram {
        guard options.computesLayout(teamCount: analysis.organisation.teams.count) else {
            let dot = try fittedDOT(analysis, options: options)
            return try render(dot: dot, format: format, svgFragment: options.svgFragment)
        }
        let layout = ComputedLayout.make(analysis, options: options, ranks: PyramidRanks(analysis), progress: progress)
        if format == .png, let problem = GraphvizSession.bitmapProblem(points: layout.size) {
            throw RenderError.graphvizFailed(stage: .layout, messages: [problem])
        }
        let dot = layout.graph.dotText
        if format.graphvizDevice != nil { progress(RenderProgress(.drawing, "drawing \(format.rawValue.uppercased())")) }
        return try render(dot: dot, format: format, svgFragment: options.svgFragment, engine: "nop2")
    }

    /// The DOT text of the diagram: exactly what ``render(_:options:format:)``
    /// lays out, and what `.dot` output writes.
    public static func dot(_ analysis: Analysis, options: DiagramOptions = DiagramOptions()) throws(RenderError) -> String {
        guard options.computesLayout(teamCount: analysis.organisation.teams.count) else {
            return try fittedDOT(analysis, options: options)
        }
        return ComputedLayout.make(analysis, options: options, ranks: PyramidRanks(analysis), progress: { _ in }).graph.dotText
    }

    /// The widest a diagram may be for its height (legend and title
    /// included): 2.0 fits a 16:9 slide and A4/A3 landscape.
    public static let maximumAspectRatio = 2.0

    /// The DOT text, with rows chosen so the laid-out picture is at most
    /// ``maximumAspectRatio`` wide for its height where the rows can make
    /// it so. The rows are chosen from an estimate of the picture; the
    /// result is then laid out once (as SVG, whose size is read) and, when
    /// it is still too wide, rows are chosen
    /// again for a narrower target, up to three times, keeping the best.
    /// A wall chart (``WallChart``) is not measured: its rows are chosen from
    /// the estimate alone, so it is laid out once, when it is rendered.
    static func fittedDOT(_ analysis: Analysis, options: DiagramOptions) throws(RenderError) -> String {
        var target = BandRows.Geometry().targetAspect
        let ranks = PyramidRanks(analysis)
        let (graph, wallChart) = try PyramidGraphBuilder.make(analysis, options: options, ranks: ranks, targetAspect: target)
        let first = graph.dotText
        guard !wallChart, (try? GraphvizInstallation.current())?.supports(.svg) == true,
              var measured = aspectRatio(of: first)
        else { return first }
        var best = (aspect: measured, dot: first)
        for _ in 0..<3 where measured > maximumAspectRatio {
            target *= maximumAspectRatio / measured * 0.9
            let narrower = try PyramidGraphBuilder.build(analysis, options: options, ranks: ranks, targetAspect: target).dotText
            guard narrower != best.dot, let aspect = aspectRatio(of: narrower) else { break }
            measured = aspect
            if aspect < best.aspect { best = (aspect, narrower) }
        }
        return best.dot
    }

    /// Width / height of the laid-out DOT text, padding, title and legend
    /// included, read from the `<svg width="Wpt" height="Hpt"` Graphviz
    /// writes; `nil` when it cannot lay it out. (SVG, not the smaller
    /// `plain` output: 2.43's plain writer reads before the names our ID
    /// discipline stores, which valgrind reports as invalid reads.)
    static func aspectRatio(of dot: String) -> Double? {
        guard let (bytes, _) = try? GraphvizSession.shared.render(dot: dot, format: "svg") else { return nil }
        // The numbers after the first `<svg width="`.
        let marker = Array("<svg width=\"".utf8)
        let head = Array(bytes.prefix(2_000))
        guard head.count > marker.count,
              let start = (0...(head.count - marker.count)).first(where: { head[$0..<($0 + marker.count)].elementsEqual(marker) })
        else { return nil }
        let rest = String(decoding: head[(start + marker.count)...].prefix(80), as: UTF8.self)
        let numbers = rest.split { !"0123456789.".contains($0) }.prefix(2).compactMap { Double($0) }
        guard numbers.count == 2, numbers[1] > 0 else { return nil }
        return numbers[0] / numbers[1]
    }

    /// Lays out DOT text with the `dot` engine and renders it, for DOT
    /// written or edited by hand. `.dot` returns the text unchanged.
    public static func render(dot: String, format: OutputFormat, svgFragment: Bool = false) throws(RenderError) -> RenderedDiagram {
        try render(dot: dot, format: format, svgFragment: svgFragment, engine: "dot")
    }

    /// Renders DOT text with a layout engine: `dot`, or `nop2` for DOT
    /// whose positions are all given (``ComputedLayout``).
    static func render(dot: String, format: OutputFormat, svgFragment: Bool, engine: String) throws(RenderError) -> RenderedDiagram {
        guard let device = format.graphvizDevice else {
            return RenderedDiagram(bytes: Array(dot.utf8), dot: dot, warnings: [])
        }
        try GraphvizInstallation.current().check(format)
        let (bytes, warnings) = try GraphvizSession.shared.render(dot: dot, format: device, engine: engine)
        let output: [UInt8]
        switch format {
        case .svg where svgFragment: output = SVGFragment.extract(from: bytes)
        case .pdf: output = PDFDate.normalise(bytes)
        default: output = bytes
        }
        return RenderedDiagram(bytes: output, dot: dot, warnings: warnings)
    }
}
