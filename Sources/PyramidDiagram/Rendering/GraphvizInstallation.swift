/// What the linked Graphviz library offers: its version and plugins. Shown by
/// `pyramid doctor`, and checked before a render so a missing plugin gives
/// an actionable error instead of Graphviz's "format not recognized".
public struct GraphvizInstallation: Hashable, Sendable {
    /// The library's version, e.g. `2.43.0`.
    public var version: String
    /// The layout engines available (`dot`, `neato`, ...), sorted.
    public var layoutEngines: [String]
    /// The output formats (device plugins) available (`svg`, `png`, `pdf`, ...), sorted.
    public var outputFormats: [String]

    /// Creates a description; use ``current()`` for the linked library.
    public init(version: String, layoutEngines: [String], outputFormats: [String]) {
        self.version = version
        self.layoutEngines = layoutEngines
        self.outputFormats = Array(Set(outputFormats)).sorted()
    }

    /// Queries the linked Graphviz library (once per call; cheap after the
    /// first Graphviz use in the process).
    public static func current() throws(RenderError) -> GraphvizInstallation {
        try GraphvizSession.shared.installation()
    }

    /// Whether the `dot` layout engine, which every diagram uses, is present.
    public var hasDotLayout: Bool { layoutEngines.contains("dot") }

    /// Whether `format` can be written. DOT output needs no plugin.
    public func supports(_ format: OutputFormat) -> Bool {
        guard let device = format.graphvizDevice else { return true }
        return hasDotLayout && outputFormats.contains(device)
    }

    /// What to install so that `format` can be written; `nil` when it already can.
    public func advice(for format: OutputFormat) -> String? {
        if format == .dot { return nil }
        if !hasDotLayout { return Self.layoutAdvice }
        return supports(format) ? nil : format.installAdvice
    }

    /// What to install when the `dot` layout engine is missing.
    static let layoutAdvice =
        "install Graphviz's dot layout plugin (Debian/Ubuntu: `apt-get install --reinstall libgvc6`; macOS: `brew install graphviz`), then run `dot -c` as root to register it"

    /// Throws the actionable error for a format the installation cannot write.
    func check(_ format: OutputFormat) throws(RenderError) {
        guard format != .dot else { return }
        guard hasDotLayout else { throw RenderError.missingLayoutEngine(advice: Self.layoutAdvice) }
        guard supports(format) else {
            throw RenderError.missingPlugin(format: format, advice: format.installAdvice)
        }
    }
}
