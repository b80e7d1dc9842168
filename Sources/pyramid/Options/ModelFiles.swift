import ArgumentParser
import OrgGraph

/// The model files a command reads.
struct ModelFiles: ParsableArguments {
    @Argument(help: ArgumentHelp("The model files (YAML or JSON).", valueName: "model"))
    var models: [String]

    func validate() throws {
        if models.isEmpty {
            throw ValidationError("Give at least one model file, e.g. org-models/riverside-clinic.yaml.")
        }
    }
}

extension ModelLoader {
    /// Loads `path`, printing warnings to standard error; on failure prints
    /// every diagnostic and throws exit code 2.
    static func loadOrExit(_ path: String) throws -> LoadedModel {
        do {
            let model = try load(contentsOf: path)
            for warning in model.warnings { Terminal.error(warning.description) }
            return model
        } catch {
            for diagnostic in error.diagnostics { Terminal.error(diagnostic.description) }
            throw ExitCode(2)
        }
    }
}
