import Foundation

/// Reads and validates model files (YAML, or JSON with the same keys).
///
/// ```swift
/// let model = try ModelLoader.load(contentsOf: "org-models/clinic.yaml")
/// let analysis = Analysis(model.organisation)
/// ```
///
/// Every problem is reported, not just the first: a thrown ``InvalidModel``
/// carries all of them, each with its file, line and column.
public enum ModelLoader {
    /// Reads and validates the model file at `path`.
    ///
    /// - Throws: ``InvalidModel`` when the file cannot be read, is not UTF-8,
    ///   is empty, has a syntax error, or breaks a rule of the format.
    public static func load(contentsOf path: String) throws(InvalidModel) -> LoadedModel {
        let start = SourceLocation(file: path, line: 1, column: 1)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InvalidModel(Diagnostic(code: DiagnosticCode.unreadableFile, message: "no such file", location: start))
        }
        guard !isDirectory.boolValue else {
            throw InvalidModel(Diagnostic(code: DiagnosticCode.unreadableFile, message: "is a directory, not a model file", location: start))
        }
        // The file's bytes are dropped once decoded: only the text is kept.
        let source = try decodeFile(atPath: path, start: start)
        return try load(source, reader: StreamingModelReader())
    }

    private static func decodeFile(atPath path: String, start: SourceLocation) throws(InvalidModel) -> SourceText {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InvalidModel(Diagnostic(code: DiagnosticCode.unreadableFile, message: "cannot read the file (check its permissions)", location: start))
        }
        return try SourceText.decode(data, file: path).get()
    }

    /// Reads and validates a model from its bytes; `file` names it in diagnostics.
    ///
    /// - Throws: ``InvalidModel`` with every problem found.
    public static func load(bytes: [UInt8], file: String) throws(InvalidModel) -> LoadedModel {
        // The streaming reader on libyaml's events; ComposedModelReader (Yams'
        // node tree) stays as the reference it is tested against.
        try load(bytes: bytes, file: file, reader: StreamingModelReader())
    }

    static func load(bytes: [UInt8], file: String, reader: some ModelReading) throws(InvalidModel) -> LoadedModel {
        try load(SourceText.decode(bytes, file: file).get(), reader: reader)
    }

    static func load(_ source: consuming SourceText, reader: some ModelReading) throws(InvalidModel) -> LoadedModel {
        let read = reader.read(source)
        var organisation = read.organisation
        var diagnostics = read.diagnostics
        if let unchecked = organisation {
            let (problems, numbering) = ModelValidator.validateAndNumber(unchecked)
            diagnostics += problems
            // Node numbers for the analysis, from the validator's id table.
            organisation?.numbering = numbering
        }
        diagnostics.sort { ($0.location, $0.code) < ($1.location, $1.code) }
        guard let organisation, !diagnostics.contains(where: { $0.severity == .error }) else {
            throw InvalidModel(diagnostics: diagnostics)
        }
        return LoadedModel(organisation: organisation, warnings: diagnostics)
    }
}
