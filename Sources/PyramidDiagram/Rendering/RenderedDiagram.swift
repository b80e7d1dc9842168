/// A rendered diagram.
public struct RenderedDiagram: Hashable, Sendable {
    /// The file's bytes in the requested format.
    public var bytes: [UInt8]
    /// The DOT text that was laid out.
    public var dot: String
    /// Warnings Graphviz reported while rendering (captured, never printed).
    public var warnings: [String]

    /// Creates a rendered diagram.
    public init(bytes: [UInt8], dot: String, warnings: [String]) {
        self.bytes = bytes
        self.dot = dot
        self.warnings = warnings
    }
}
