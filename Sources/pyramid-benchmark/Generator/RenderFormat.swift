import ArgumentParser
import PyramidDiagram

/// The picture formats the render benchmark can time.
enum RenderFormat: String, ExpressibleByArgument, CaseIterable {
    case svg
    case png
    case pdf

    /// The renderer's format.
    var output: OutputFormat {
        switch self {
        case .svg: .svg
        case .png: .png
        case .pdf: .pdf
        }
    }
}
