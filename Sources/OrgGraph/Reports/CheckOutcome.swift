/// The result of reading and analysing one model for `pyramid check`.
public enum CheckOutcome: Sendable {
    /// The model is valid and was analysed; `warnings` are the loader's
    /// non-fatal diagnostics (e.g. an empty `teams` list).
    case analysed(Analysis, warnings: [Diagnostic])
    /// The model could not be read or is invalid.
    case invalid(file: String, diagnostics: [Diagnostic])

    /// Loads, validates and analyses the model at `path`.
    public static func load(contentsOf path: String) -> CheckOutcome {
        do {
            let model = try ModelLoader.load(contentsOf: path)
            return .analysed(Analysis(model.organisation), warnings: model.warnings)
        } catch {
            return .invalid(file: path, diagnostics: error.diagnostics)
        }
    }

    /// The file the model was read from.
    public var file: String {
        switch self {
        case .analysed(let analysis, _): analysis.organisation.file
        case .invalid(let file, _): file
        }
    }

    /// The loader's diagnostics: errors for an invalid model, warnings otherwise.
    public var diagnostics: [Diagnostic] {
        switch self {
        case .analysed(_, let warnings): warnings
        case .invalid(_, let diagnostics): diagnostics
        }
    }
}
