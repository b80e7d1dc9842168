/// A file format `PyramidRenderer` can write.
public enum OutputFormat: String, Hashable, Sendable, CaseIterable {
    /// Scalable Vector Graphics, for embedding in reports and web pages.
    case svg
    /// A bitmap through Graphviz's cairo plugin.
    case png
    /// A PDF page through Graphviz's cairo plugin.
    case pdf
    /// The DOT text that would be laid out, to edit by hand and run through
    /// `dot` yourself. Needs no Graphviz plugin.
    case dot

    /// The format a file name's extension implies (`.svg`, `.png`, `.pdf`,
    /// `.dot` or `.gv`, any case); `nil` for anything else.
    public init?(fileExtensionOf path: String) {
        guard let dot = path.lastIndex(of: "."),
              !path[path.index(after: dot)...].contains("/")
        else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "svg": self = .svg
        case "png": self = .png
        case "pdf": self = .pdf
        case "dot", "gv": self = .dot
        default: return nil
        }
    }

    /// The usual file extension, without the dot.
    public var fileExtension: String { rawValue }

    /// The Graphviz device name, or `nil` for DOT, which is written without Graphviz.
    var graphvizDevice: String? {
        self == .dot ? nil : rawValue
    }

    /// What to install when the device is missing (Debian/Ubuntu package names).
    var installAdvice: String {
        switch self {
        case .svg: "install Graphviz's core plugins (Debian/Ubuntu: `apt-get install --reinstall libgvc6`; macOS: `brew install graphviz`), then run `dot -c` as root to register them; or write `.dot` instead"
        case .png, .pdf: "install Graphviz's cairo (pango) plugin (Debian/Ubuntu: `apt-get install --reinstall libgvc6`; macOS: `brew install graphviz`), then run `dot -c` as root to register it; or write `.svg` or `.dot` instead"
        case .dot: "nothing is needed for DOT output"
        }
    }
}
