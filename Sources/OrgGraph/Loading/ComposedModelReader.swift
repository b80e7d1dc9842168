import Foundation
import Yams

/// Reads YAML and JSON models by composing the whole document into a Yams
/// node tree, which keeps the line and column of every key and value.
///
/// JSON is read through the same YAML parser (JSON is YAML's flow style), so
/// it gets the same checks and locations. What YAML (and Foundation on Linux)
/// would let through is caught first: ``JSONLeniencyScan`` reports comments
/// and trailing commas in JSON terms, and Foundation's JSON parser the other
/// JSON-only syntax errors.
struct ComposedModelReader: ModelReading {
    /// How many repeated keys are set aside and reported before the rest of
    /// the file is given up on (each costs one more parse of the file).
    static let duplicateKeyLimit = 20

    func read(_ source: SourceText) -> (organisation: Organisation?, diagnostics: [Diagnostic]) {
        var source = source
        var problems: [Diagnostic] = []
        var jsonProblem: Diagnostic?
        let isJSON = Self.looksLikeJSON(source)
        if isJSON {
            // Comments and trailing commas are reported in JSON terms, then
            // blanked out so the rest of the file is still read.
            let scan = JSONLeniencyScan(source)
            problems = scan.diagnostics
            source.text = scan.blanked
            jsonProblem = Self.jsonSyntaxProblem(in: source)
        }
        let root: Node?
        let renamedKeys: [String: String]
        do {
            (root, renamedKeys) = try Self.compose(source)
        } catch let error as YamlError {
            // The YAML parser's position is the more precise one when both fail.
            return (nil, problems + [Self.diagnostic(for: error, in: source)])
        } catch {
            let start = SourceLocation(file: source.file, line: 1, column: 1)
            return (nil, problems + [Diagnostic(code: isJSON ? .jsonSyntax : .yamlSyntax, message: "\(error)", location: start)])
        }
        if let jsonProblem { return (nil, problems + [jsonProblem]) }
        guard let root else {
            let start = SourceLocation(file: source.file, line: 1, column: 1)
            return (nil, problems + [Diagnostic(code: .emptyFile, message: "the file holds no YAML document", location: start)])
        }
        problems += DuplicateKeys.diagnostics(in: root, renamed: renamedKeys, file: source.file)
        let (organisation, diagnostics) = OrganisationReader.read(root, file: source.file, renamedKeys: renamedKeys)
        return (organisation, problems + diagnostics)
    }

    /// Composes the document. The YAML parser refuses a mapping with a
    /// repeated key, naming only the key and its first occurrence; so that a
    /// repeated key does not hide every other problem, that first occurrence
    /// is renamed (its first character replaced by a private-use character,
    /// keeping every line and column) and the text parsed again, up to
    /// ``duplicateKeyLimit`` times. `renamed` maps each new name to the original.
    static func compose(_ source: SourceText) throws -> (root: Node?, renamed: [String: String]) {
        var text = source.text
        var renamed: [String: String] = [:]
        for attempt in 0... {
            do {
                return (try Parser(yaml: text).singleRoot(), renamed)
            } catch YamlError.duplicatedKeysInMapping(let duplicates, let context) {
                guard attempt < duplicateKeyLimit, let key = duplicates.first,
                      let (newText, newName) = DuplicateKeys.rename(key, at: context.mark, in: text, marker: attempt)
                else { throw YamlError.duplicatedKeysInMapping(duplicates: duplicates, context: context) }
                text = newText
                renamed[newName] = key
            }
        }
        return (nil, renamed)
    }

    /// A `.json` file, or text whose first meaningful character is `{`.
    static func looksLikeJSON(_ source: SourceText) -> Bool {
        if source.file.lowercased().hasSuffix(".json") { return true }
        let first = source.text.unicodeScalars.first { !$0.properties.isWhitespace }
        return first == "{"
    }

    static func jsonSyntaxProblem(in source: SourceText) -> Diagnostic? {
        do {
            _ = try JSONSerialization.jsonObject(with: Data(source.text.utf8), options: [])
            return nil
        } catch {
            let nsError = error as NSError
            let detail = (nsError.userInfo[NSDebugDescriptionErrorKey] as? String) ?? nsError.localizedDescription
            let offset = nsError.userInfo["NSJSONSerializationErrorIndex"] as? Int ?? characterOffset(in: detail)
            let location = offset.map(source.location(ofUTF8Offset:)) ?? SourceLocation(file: source.file, line: 1, column: 1)
            return Diagnostic(code: DiagnosticCode.jsonSyntax, message: "invalid JSON: \(detail)", location: location)
        }
    }

    /// Foundation on Linux gives the position only in its message: "... around character 62."
    private static func characterOffset(in message: String) -> Int? {
        guard let range = message.range(of: "character ", options: .backwards) else { return nil }
        return Int(message[range.upperBound...].prefix(while: \.isNumber))
    }

    /// A located syntax error from the parser's problem, position and
    /// context (shared with ``StreamingModelReader``).
    static func syntaxDiagnostic(
        problem: String, line: Int, column: Int, context: (text: String, line: Int, column: Int)?, in source: SourceText
    ) -> Diagnostic {
        let code = looksLikeJSON(source) ? DiagnosticCode.jsonSyntax : DiagnosticCode.yamlSyntax
        if let hint = SyntaxHint.explain(problem: problem, line: line, column: column, in: source.text) {
            return Diagnostic(code: code, message: hint.message, location: SourceLocation(file: source.file, line: hint.line, column: hint.column))
        }
        var message = problem
        if let context { message += " (\(context.text) at line \(context.line), column \(context.column))" }
        return Diagnostic(code: code, message: message, location: SourceLocation(file: source.file, line: line, column: column))
    }

    private static func diagnostic(for error: YamlError, in source: SourceText) -> Diagnostic {
        let code = looksLikeJSON(source) ? DiagnosticCode.jsonSyntax : DiagnosticCode.yamlSyntax
        func located(_ problem: String, _ context: YamlError.Context?, _ mark: Mark) -> Diagnostic {
            syntaxDiagnostic(problem: problem, line: mark.line, column: mark.column,
                             context: context.map { ($0.text, $0.mark.line, $0.mark.column) }, in: source)
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            return located(problem, context, mark)
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? ""
            let location = SourceLocation(file: source.file, line: context.mark.line, column: context.mark.column)
            return Diagnostic(code: .duplicateKey, message: "key '\(key)' is given more than once in this mapping (this is its first place); keys must be unique", location: location)
        case let .reader(problem, offset, _, _):
            let location = offset.map(source.location(ofUTF8Offset:)) ?? SourceLocation(file: source.file, line: 1, column: 1)
            return Diagnostic(code: code, message: problem, location: location)
        default:
            return Diagnostic(code: code, message: "\(error)", location: SourceLocation(file: source.file, line: 1, column: 1))
        }
    }
}
