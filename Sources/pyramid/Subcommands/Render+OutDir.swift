import ArgumentParser
import Foundation
import PyramidDiagram

/// Where `render --out-dir` writes, decided before anything is written.
extension Render {
    /// The file each model is written to under `--out-dir`: the model's base
    /// name with the format's extension.
    func outDirDestination(for model: String, in directory: String) -> String {
        directory + "/" + Self.baseName(of: model) + "." + (format?.outputFormat ?? .svg).fileExtension
    }

    /// Refuses, from the arguments alone, models that would be written to the
    /// same file (`clinic.yaml clinic.json sub/clinic.yaml` all give
    /// `clinic.svg`), and an `--out-dir` that exists but is not a folder.
    /// Names are compared ignoring case, as macOS's file system does.
    func validateOutDir(_ directory: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw ValidationError("--out-dir '\(directory)' is a file, not a folder: give a folder to write into (it is created if missing).")
        }
        var byName: [String: [String]] = [:]
        var order: [String] = []
        for model in files.models {
            let name = outDirDestination(for: model, in: directory)
            let key = name.lowercased()
            if byName[key] == nil { order.append(key) }
            byName[key, default: []].append(model)
        }
        let clashes = order.compactMap { key -> String? in
            guard let models = byName[key], models.count > 1 else { return nil }
            let name = outDirDestination(for: models[0], in: directory)
            return models.map { "'\($0)'" }.joined(separator: ", ") + " would all be written to '\(name)'"
        }
        guard clashes.isEmpty else {
            throw ValidationError(
                "--out-dir: " + clashes.joined(separator: "; ")
                    + ". Nothing was written: render these models separately with -o, or rename one.")
        }
    }

    /// Creates `--out-dir` (and its parents) if missing.
    /// - Throws: ``Failure`` with a one-line reason.
    static func createOutDir(_ directory: String) throws(Failure) {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            let reason = (error as NSError).userInfo[NSUnderlyingErrorKey].map { "\($0)" } ?? error.localizedDescription
            throw Failure(message: "cannot create the --out-dir folder '\(directory)': \(Self.plainReason(reason))")
        }
    }

    /// A folder that could not be created.
    struct Failure: Error {
        var message: String
    }

    /// Foundation's reasons read "Error Domain=NSPOSIXErrorDomain Code=20 \"Not a directory\"": keep the quoted part.
    private static func plainReason(_ reason: String) -> String {
        guard let open = reason.firstIndex(of: "\""), let close = reason.lastIndex(of: "\""), open < close else { return reason }
        return String(reason[reason.index(after: open)..<close])
    }
}
