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

    /// Parses, lays out and renders DOT text with the `dot` engine; returns
    /// the bytes and the warnings Graphviz reported.
    ///
    /// A step fails when Graphviz says so by its return value *or* reports an
    /// error (`Error: ...`, such as "Edge length ... larger than maximum"):
    /// the picture it would give is not to be trusted. Nothing reaches
    /// standard error: cgraph's messages go to the error handler, and the
    /// cairo plugin's one direct `fprintf(stderr)` is captured around the
    /// rendering step (see ``GraphvizCalls/capturingStandardError(_:)``).
    func render(dot: String, format: String) throws(RenderError) -> (bytes: [UInt8], warnings: [String]) {
        let (bytes, messages) = try withContext { context throws(RenderError) -> [UInt8] in
            guard let graph = GraphvizGraph(dot: dot), !GraphvizCalls.errorSeen() else {
                throw RenderError.graphvizFailed(stage: .parse, messages: [])
            }
            guard let layout = GraphvizLayout(context: context, graph: graph, engine: "dot"), !GraphvizCalls.errorSeen() else {
                throw RenderError.graphvizFailed(stage: .layout, messages: [])
            }
            let (bytes, printed) = GraphvizCalls.capturingStandardError { layout.render(format: format) }
            graphvizMessages.receivePrinted(printed)
            guard let bytes, !GraphvizCalls.errorSeen() else {
                throw RenderError.graphvizFailed(stage: .render, messages: [])
            }
            return bytes
        }
        return (bytes, messages)
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
