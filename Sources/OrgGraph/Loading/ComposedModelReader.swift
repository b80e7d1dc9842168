import Foundation
import Yams

/// Reads YAML and JSON models by composing the whole document into a Yams
/// node tree, which keeps the line and column of every key and value.
///
/// JSON is read through the same YAML parser (JSON is YAML's flow style), so
/// it gets the same checks and locations; it is first checked with
/// Foundation's strict JSON parser so that JSON-only syntax errors are not
/// accepted just because YAML would allow them.
struct ComposedModelReader: ModelReading {
    func read(_ source: SourceText) -> (organisation: Organisation?, diagnostics: [Diagnostic]) {
        let jsonProblem = Self.looksLikeJSON(source) ? Self.jsonSyntaxProblem(in: source) : nil
        let root: Node?
        do {
            root = try Parser(yaml: source.text).singleRoot()
        } catch let error as YamlError {
            // The YAML parser's position is the more precise one when both fail.
            return (nil, [Self.diagnostic(for: error, in: source)])
        } catch {
            let start = SourceLocation(file: source.file, line: 1, column: 1)
            return (nil, [Diagnostic(code: DiagnosticCode.yamlSyntax, message: "\(error)", location: start)])
        }
        if let jsonProblem { return (nil, [jsonProblem]) }
        guard let root else {
            let start = SourceLocation(file: source.file, line: 1, column: 1)
            return (nil, [Diagnostic(code: DiagnosticCode.emptyFile, message: "the file holds no YAML document", location: start)])
        }
        var reader = OrganisationReader(file: source.file)
        let (organisation, diagnostics) = reader.read(root)
        return (organisation, diagnostics)
    }

    /// A `.json` file, or text whose first meaningful character is `{`.
    static func looksLikeJSON(_ source: SourceText) -> Bool {
        if source.file.lowercased().hasSuffix(".json") { return true }
        let first = source.text.unicodeScalars.first { !$0.properties.isWhitespace && $0 != "\u{FEFF}" }
        return first == "{"
    }

    private static func jsonSyntaxProblem(in source: SourceText) -> Diagnostic? {
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

    /// The YAML parser refuses a mapping with a repeated key and gives only
    /// the first occurrence; the repeat is the next line that has the same key
    /// at the same column (block style), else the first is reported.
    private static func duplicateKey(_ key: String, first: Mark, in source: SourceText) -> Diagnostic {
        let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false)
        var location = SourceLocation(file: source.file, line: first.line, column: first.column)
        var message = "duplicate key '\(key)': keys must be unique within a mapping"
        for (offset, line) in lines.enumerated().dropFirst(first.line) {
            let scalars = Array(line.unicodeScalars)
            guard scalars.count >= first.column else { continue }
            let indent = scalars[..<(first.column - 1)]
            let rest = String(String.UnicodeScalarView(scalars[(first.column - 1)...]))
            if indent.allSatisfy({ $0 == " " || $0 == "-" }),
               rest.hasPrefix("\(key):") || rest.hasPrefix("\"\(key)\":") || rest.hasPrefix("'\(key)':") {
                location = SourceLocation(file: source.file, line: offset + 1, column: first.column)
                message = "duplicate key '\(key)' (first at line \(first.line), column \(first.column)); keys must be unique within a mapping"
                break
            }
        }
        return Diagnostic(code: DiagnosticCode.duplicateKey, message: message, location: location)
    }

    /// Foundation on Linux gives the position only in its message: "... around character 62."
    private static func characterOffset(in message: String) -> Int? {
        guard let range = message.range(of: "character ", options: .backwards) else { return nil }
        return Int(message[range.upperBound...].prefix(while: \.isNumber))
    }

    private static func diagnostic(for error: YamlError, in source: SourceText) -> Diagnostic {
        let code = looksLikeJSON(source) ? DiagnosticCode.jsonSyntax : DiagnosticCode.yamlSyntax
        func located(_ problem: String, _ context: YamlError.Context?, _ mark: Mark) -> Diagnostic {
            var message = problem
            if let context { message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))" }
            return Diagnostic(code: code, message: message, location: SourceLocation(file: source.file, line: mark.line, column: mark.column))
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            return located(problem, context, mark)
        case let .duplicatedKeysInMapping(duplicates, context):
            return duplicateKey(duplicates.first ?? "", first: context.mark, in: source)
        case let .reader(problem, offset, _, _):
            let location = offset.map(source.location(ofUTF8Offset:)) ?? SourceLocation(file: source.file, line: 1, column: 1)
            return Diagnostic(code: code, message: problem, location: location)
        default:
            return Diagnostic(code: code, message: "\(error)", location: SourceLocation(file: source.file, line: 1, column: 1))
        }
    }
}
