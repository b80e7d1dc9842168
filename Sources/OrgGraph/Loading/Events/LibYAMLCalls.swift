internal import CYAML

/// Every call into libyaml's C event API, in one place, so the C surface is
/// small and auditable.
///
/// A ``LibYAMLEventParser`` owns one `yaml_parser_t`; it frees the parser
/// when it goes away, on every path (finished, failed or abandoned half
/// way), and frees each event as soon as it is copied out. It reads the
/// caller's bytes in place: use it only through ``parse(_:_:)``, which keeps
/// them alive for as long as the parser exists.
final class LibYAMLEventParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private var isInitialized: Bool

    /// Runs `body` with a parser over `bytes` (UTF-8), read without a copy.
    static func parse<Result>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (LibYAMLEventParser) -> Result) -> Result {
        let parser = LibYAMLEventParser(bytes)
        return withExtendedLifetime(parser) { body(parser) }
    }

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        isInitialized = yaml_parser_initialize(parser) == 1
        guard isInitialized else { return }
        guard let base = bytes.baseAddress else {
            // No storage (an empty buffer): callers pass at least one byte.
            yaml_parser_delete(parser)
            isInitialized = false
            return
        }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, base, bytes.count)
    }

    deinit {
        if isInitialized { yaml_parser_delete(parser) }
        parser.deallocate()
    }

    /// The next event, or the parser's error. After an error, no more events.
    /// A scalar's text is appended to `text`; the event's ``YAMLEvent/value``
    /// is where it went.
    func next(appendingTextTo text: inout [UInt8]) -> Result<YAMLEvent, YAMLParseError> {
        guard isInitialized else { return .failure(YAMLParseError(kind: .memory, problem: "cannot allocate the YAML parser")) }
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else {
            return .failure(currentError())
        }
        defer { yaml_event_delete(&event) }
        return .success(Self.copy(event, text: &text))
    }

    private func currentError() -> YAMLParseError {
        let state = parser.pointee
        let kind: YAMLParseError.Kind = switch state.error {
        case YAML_READER_ERROR: .reader
        case YAML_SCANNER_ERROR: .scanner
        case YAML_PARSER_ERROR: .parser
        case YAML_COMPOSER_ERROR: .composer
        default: .memory
        }
        var error = YAMLParseError(kind: kind, problem: state.problem.map { String(cString: $0) } ?? "cannot allocate memory")
        error.line = Int(state.problem_mark.line) + 1
        error.column = Int(state.problem_mark.column) + 1
        error.byteOffset = Int(state.problem_offset)
        if let context = state.context {
            error.context = (String(cString: context), Int(state.context_mark.line) + 1, Int(state.context_mark.column) + 1)
        }
        return error
    }

    private static func copy(_ event: yaml_event_t, text: inout [UInt8]) -> YAMLEvent {
        var copied = YAMLEvent(
            kind: .streamEnd,
            line: Int(event.start_mark.line) + 1,
            column: Int(event.start_mark.column) + 1)
        switch event.type {
        case YAML_STREAM_START_EVENT: copied.kind = .streamStart
        case YAML_STREAM_END_EVENT: copied.kind = .streamEnd
        case YAML_DOCUMENT_START_EVENT:
            copied.kind = .documentStart
            copied.isImplicit = event.data.document_start.implicit != 0
        case YAML_DOCUMENT_END_EVENT:
            copied.kind = .documentEnd
            copied.isImplicit = event.data.document_end.implicit != 0
        case YAML_ALIAS_EVENT:
            copied.kind = .alias
            copied.anchor = event.data.alias.anchor.map { String(cString: $0) }
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            copied.kind = .scalar
            copied.anchor = scalar.anchor.map { String(cString: $0) }
            copied.tag = scalar.tag.map { String(cString: $0) }
            let start = text.count
            if let value = scalar.value {
                text.append(contentsOf: UnsafeBufferPointer(start: value, count: scalar.length))
            }
            copied.value = start ..< text.count
            copied.style = switch scalar.style {
            case YAML_PLAIN_SCALAR_STYLE: .plain
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
            default: .block
            }
        case YAML_SEQUENCE_START_EVENT:
            copied.kind = .sequenceStart
            copied.anchor = event.data.sequence_start.anchor.map { String(cString: $0) }
            copied.tag = event.data.sequence_start.tag.map { String(cString: $0) }
            copied.style = event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE ? .flow : .block
        case YAML_SEQUENCE_END_EVENT: copied.kind = .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            copied.kind = .mappingStart
            copied.anchor = event.data.mapping_start.anchor.map { String(cString: $0) }
            copied.tag = event.data.mapping_start.tag.map { String(cString: $0) }
            copied.style = event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE ? .flow : .block
        case YAML_MAPPING_END_EVENT: copied.kind = .mappingEnd
        default: copied.kind = .streamEnd
        }
        return copied
    }

    /// libyaml's version, e.g. `0.2.5` (whichever copy the process linked).
    static var version: String {
        yaml_get_version_string().map { String(cString: $0) } ?? "unknown"
    }
}

/// One libyaml event, copied out of C memory.
struct YAMLEvent {
    enum Kind { case streamStart, streamEnd, documentStart, documentEnd, alias, scalar, sequenceStart, sequenceEnd, mappingStart, mappingEnd }
    enum Style { case plain, singleQuoted, doubleQuoted, block, flow }

    var kind: Kind
    /// 1-based line and column (in Unicode scalars) of the event's start.
    var line: Int
    var column: Int
    var anchor: String?
    var tag: String?
    /// A scalar's text: where ``LibYAMLEventParser/next(appendingTextTo:)`` put its UTF-8 bytes.
    var value: Range<Int> = 0 ..< 0
    var style: Style = .plain
    /// A document start or end not written out (`---`, `...`).
    var isImplicit = true
}

/// libyaml's error: its kind, problem, location and context.
struct YAMLParseError: Error {
    enum Kind { case memory, reader, scanner, parser, composer }
    var kind: Kind
    var problem: String
    var line = 1
    var column = 1
    /// For reader errors: the offset of the bad byte.
    var byteOffset = 0
    var context: (text: String, line: Int, column: Int)?
}
