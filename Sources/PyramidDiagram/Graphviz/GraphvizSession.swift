import Foundation

/// The process's one way into Graphviz: one long-lived context and one lock
/// that serialises every cgraph/gvc call.
///
/// libgvc 2.43 is not thread-safe even with one context per thread (two
/// threads rendering at once crash), and its error handler, error level and
/// plugin state are process-wide. So every render, plugin query and version
/// query takes ``lock``; the handler's message buffer is only touched while
/// it is held.
final class GraphvizSession: @unchecked Sendable {
    /// The session every caller shares.
    static let shared = GraphvizSession()

    private let lock = NSLock()
    /// Created on first use, inside the lock, and kept for the process's
    /// lifetime (Graphviz's plugin setup is costly and leaks a little each time).
    private var context: GraphvizContext?
    /// What ``installation()`` found, guarded by ``lock``.
    private var cachedInstallation: GraphvizInstallation?

    private init() {}

    /// Runs `body` with the lock held and the context created, the error
    /// handler installed and Graphviz's sticky error state cleared. Messages
    /// Graphviz reports during `body` are passed to it afterwards via the
    /// returned tuple.
    func withContext<Result>(
        _ body: (GraphvizContext) throws(RenderError) -> Result
    ) throws(RenderError) -> (result: Result, messages: [String]) {
        lock.lock()
        defer { lock.unlock() }
        let context = try openContext()
        GraphvizCalls.resetErrors()
        _ = graphvizMessages.drain()
        do {
            let result = try body(context)
            return (result, graphvizMessages.drain())
        } catch {
            var error = error
            error.attach(graphvizMessages.drain())
            throw error
        }
    }

    /// Parses, lays out and renders DOT text with a layout engine; returns
    /// the bytes and the warnings Graphviz reported.
    ///
    /// A step fails when Graphviz says so by its return value *or* reports an
    /// error (`Error: ...`, such as "Edge length ... larger than maximum"):
    /// the picture it would give is not to be trusted. Nothing reaches
    /// standard error: cgraph's messages go to the error handler, and a PNG
    /// larger than cairo can draw is refused before it is drawn (the cairo
    /// plugin would shrink it and `fprintf` a warning to standard error,
    /// bypassing the error handler; redirecting the process's standard error
    /// instead would swallow other threads' output).
    ///
    /// `engine` is `dot`, or `nop2` for a graph whose nodes and edges all
    /// carry their positions already (``ComputedLayout``).
    func render(dot: String, format: String, engine: String = "dot") throws(RenderError) -> (bytes: [UInt8], warnings: [String]) {
        let (bytes, messages) = try withContext { context throws(RenderError) -> [UInt8] in
            guard let graph = GraphvizGraph(dot: dot), !GraphvizCalls.errorSeen() else {
                throw RenderError.graphvizFailed(stage: .parse, messages: [])
            }
            guard let layout = GraphvizLayout(context: context, graph: graph, engine: engine), !GraphvizCalls.errorSeen() else {
                throw RenderError.graphvizFailed(stage: .layout, messages: [])
            }
            if format == "png", let size = GraphvizCalls.boundingBox(graph.pointer), let problem = Self.bitmapProblem(points: size) {
                throw RenderError.graphvizFailed(stage: .render, messages: [problem])
            }
            guard let bytes = layout.render(format: format), !GraphvizCalls.errorSeen() else {
                throw RenderError.graphvizFailed(stage: .render, messages: [])
            }
            return bytes
        }
        return (bytes, messages)
    }

    /// The largest side, in pixels, that Graphviz's cairo plugin draws a
    /// bitmap at (`CAIRO_XMAX`, `CAIRO_YMAX`).
    static let largestBitmapSide = 32_767.0

    /// Why a drawing of `points` (the layout's bounding box) cannot be a PNG,
    /// or `nil` when it can: at 96 dpi with the 0.25 in margins each side
    /// must stay under ``largestBitmapSide`` pixels.
    static func bitmapProblem(points: (width: Double, height: Double)) -> String? {
        let scale = 96.0 / 72.0
        let width = ((points.width + 36) * scale).rounded(.up)
        let height = ((points.height + 36) * scale).rounded(.up)
        guard width >= largestBitmapSide || height >= largestBitmapSide else { return nil }
        return "the picture would be \(Int(width)) x \(Int(height)) pixels, more than the \(Int(largestBitmapSide)) "
            + "a PNG can have here; write .svg or .pdf, or draw less (--focus)"
    }

    /// The version and plugins of the linked Graphviz, queried once per
    /// process: plugins do not change while it runs, and Graphviz 2.43's
    /// `gvPluginList` leaks a string for every duplicate plugin name it skips.
    func installation() throws(RenderError) -> GraphvizInstallation {
        try withContext { context throws(RenderError) -> GraphvizInstallation in
            if let cachedInstallation { return cachedInstallation }
            let installation = GraphvizInstallation(
                version: GraphvizCalls.version(context.pointer) ?? "unknown",
                layoutEngines: GraphvizCalls.pluginList(context.pointer, kind: "layout"),
                outputFormats: GraphvizCalls.pluginList(context.pointer, kind: "device")
            )
            cachedInstallation = installation
            return installation
        }.result
    }

    private func openContext() throws(RenderError) -> GraphvizContext {
        if let context { return context }
        GraphvizCalls.setErrorHandler(receiveGraphvizMessage)
        guard let created = GraphvizContext() else {
            throw RenderError.graphvizUnavailable(messages: graphvizMessages.drain())
        }
        context = created
        return created
    }
}

/// The buffer behind ``receiveGraphvizMessage``. Only read or written while
/// ``GraphvizSession``'s lock is held (Graphviz only calls the handler from
/// inside calls made under that lock).
nonisolated(unsafe) private var graphvizMessages = GraphvizMessages()

/// The process-wide error handler given to `agseterrf`.
private func receiveGraphvizMessage(_ fragment: UnsafeMutablePointer<CChar>?) -> Int32 {
    guard let fragment else { return 0 }
    graphvizMessages.receive(String(cString: fragment))
    return 0
}
