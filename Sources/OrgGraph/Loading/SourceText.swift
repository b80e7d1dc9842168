/// The bytes of a model file checked to be non-empty UTF-8 text.
///
/// This is the first step of loading: everything after it works on `text`.
struct SourceText {
    /// The path, as the user gave it.
    var file: String
    /// The decoded text.
    var text: String

    /// Decodes `bytes`, reporting `empty-file` or `invalid-utf8` with the
    /// position of the first bad byte.
    ///
    /// A UTF-8 byte order mark (`EF BB BF`, which Windows editors write) is
    /// dropped: it is not part of the text, and an editor shows the first
    /// line's columns without it, as every later step counts them.
    ///
    /// Generic so that a file's `Data` is validated and copied into the text
    /// once, without an array of its bytes in between.
    static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes, file: String) -> Result<SourceText, InvalidModel> {
        let start = SourceLocation(file: file, line: 1, column: 1)
        let bytes = bytes.starts(with: byteOrderMark) ? bytes.dropFirst(byteOrderMark.count) : bytes[...]
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let location = invalidUTF8Location(in: bytes, file: file)
            return .failure(InvalidModel(Diagnostic(
                code: DiagnosticCode.invalidUTF8,
                message: "the file is not valid UTF-8 text (save it as UTF-8)",
                location: location
            )))
        }
        // Line by line up to the first meaningful one (not the whole text:
        // a large model's first line is meaningful). Bytes, not Characters:
        // "\r\n" is one Character, so a Windows file has no "\n" Character.
        let utf8 = text.utf8
        var meaningful = false
        var lineStart = utf8.startIndex
        while !meaningful, lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            let trimmed = utf8[lineStart ..< lineEnd].drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
            meaningful = !trimmed.isEmpty && trimmed.first != UInt8(ascii: "#")
            lineStart = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : utf8.endIndex
        }
        guard meaningful else {
            return .failure(InvalidModel(Diagnostic(
                code: DiagnosticCode.emptyFile,
                message: "the file is empty; a model needs at least 'organisation', 'customers' and 'teams'",
                location: start
            )))
        }
        return .success(SourceText(file: file, text: text))
    }

    /// UTF-8's byte order mark.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The line and column (in Unicode scalars) of the first byte that is not
    /// part of a valid UTF-8 sequence.
    private static func invalidUTF8Location(in bytes: some Sequence<UInt8>, file: String) -> SourceLocation {
        var line = 1
        var column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput, .error:
                break loop
            }
        }
        return SourceLocation(file: file, line: line, column: column)
    }

    /// The 1-based line and column of a UTF-8 byte offset into `text`.
    func location(ofUTF8Offset offset: Int) -> SourceLocation {
        var line = 1
        var column = 1
        var consumed = 0
        for scalar in text.unicodeScalars {
            if consumed >= offset { break }
            consumed += UTF8.width(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}
