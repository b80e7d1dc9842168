internal import CGraphviz
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Every call into Graphviz's C library, in one place (as swift-system keeps
/// its syscalls), so the C surface is small and auditable.
///
/// None of these functions is thread-safe: libgvc and libcgraph keep
/// process-wide state. Call them only through ``GraphvizSession``, which holds
/// the one lock that serialises them.
enum GraphvizCalls {
    typealias Context = OpaquePointer
    typealias Graph = UnsafeMutablePointer<Agraph_t>

    // MARK: Context

    /// `gvContext()`: loads the plugin configuration.
    static func newContext() -> Context? {
        gvContext()
    }

    /// `gvFreeContext()`.
    static func freeContext(_ context: Context) {
        _ = gvFreeContext(context)
    }

    /// `gvcVersion()`, e.g. `2.43.0`.
    static func version(_ context: Context) -> String? {
        guard let cString = gvcVersion(context) else { return nil }
        return String(cString: cString)
    }

    /// `gvPluginList()`: the distinct plugin names of a kind (`layout`,
    /// `device`, `render`, `textlayout`, `loadimage`), sorted.
    static func pluginList(_ context: Context, kind: String) -> [String] {
        var count: Int32 = 0
        guard let list = gvPluginList(context, kind, &count, nil) else { return [] }
        defer { ip_freePluginList(list, count) }
        var names: [String] = []
        for index in 0..<Int(max(count, 0)) {
            if let item = list[index] { names.append(String(cString: item)) }
        }
        return names.sorted()
    }

    // MARK: Errors

    /// Routes every cgraph/gvc error and warning message to `handler`
    /// instead of stderr. The handler is process-wide.
    static func setErrorHandler(_ handler: @escaping @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32) {
        _ = agseterrf(handler)
        // Report warnings too, not only errors (warnings below the level are
        // kept in a temporary file for aglasterr instead).
        _ = agseterr(AGWARN)
    }

    /// `agreseterrors()`: clears the sticky maximum error level.
    static func resetErrors() {
        _ = agreseterrors()
    }

    /// Whether cgraph recorded an error (`agerr(AGERR, ...)`, printed as
    /// `Error: ...`) since the last ``resetErrors()``: `agerrors()` is the
    /// highest level seen, `AGWARN` (0) for none or warnings only.
    static func errorSeen() -> Bool {
        agerrors() >= Int32(AGERR.rawValue)
    }

    /// The laid-out drawing's size in points, from the `bb` attribute that
    /// `gvLayout` sets; `nil` before layout or when it cannot be read.
    static func boundingBox(_ graph: Graph) -> (width: Double, height: Double)? {
        // agget takes `char *` but does not write through it.
        let value = "bb".withCString { agget(UnsafeMutableRawPointer(graph), UnsafeMutablePointer(mutating: $0)) }
        guard let text = value else { return nil }
        // gvLayout writes "llx lly urx ury"; the layout writers use commas.
        let numbers = String(cString: text).split { $0 == "," || $0 == " " }.compactMap { Double($0) }
        guard numbers.count == 4 else { return nil }
        return (numbers[2] - numbers[0], numbers[3] - numbers[1])
    }

    // MARK: Graphs

    /// `agread()` from memory with ``GraphvizDisciplines``: parses DOT text
    /// into a graph whose object order depends on the text alone; `nil` on a
    /// syntax error.
    static func readGraph(_ dot: String) -> Graph? {
        dot.withCString { text in
            var reader = GraphvizDisciplines.MemoryReader(base: text, count: strlen(text))
            return agread(&reader, GraphvizDisciplines.disc)
        }
    }

    /// `agclose()`.
    static func closeGraph(_ graph: Graph) {
        _ = agclose(graph)
    }

    // MARK: Layout and rendering

    /// `gvLayout()`: 0 on success.
    static func layout(_ context: Context, _ graph: Graph, engine: String) -> Int32 {
        gvLayout(context, graph, engine)
    }

    /// `gvFreeLayout()`.
    static func freeLayout(_ context: Context, _ graph: Graph) {
        _ = gvFreeLayout(context, graph)
    }

    /// `gvRenderData()` then `gvFreeRenderData()`: the rendered bytes, or
    /// `nil` when Graphviz reports failure. The C buffer is freed on every path.
    static func renderData(_ context: Context, _ graph: Graph, format: String) -> [UInt8]? {
        var buffer: UnsafeMutablePointer<CChar>? = nil
        var length: Int = 0
        let status = ip_gvRenderData(context, graph, format, &buffer, &length)
        defer { if let buffer { gvFreeRenderData(buffer) } }
        guard status == 0, let buffer else { return nil }
        return buffer.withMemoryRebound(to: UInt8.self, capacity: length) {
            Array(UnsafeBufferPointer(start: $0, count: length))
        }
    }
}
