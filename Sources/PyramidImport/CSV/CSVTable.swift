internal import CSV
internal import Foundation
internal import OrgGraph

/// A CSV file read into a header and records, each record with its row
/// number (the header is row 1) and the line it starts on.
///
/// Parsing is CSV.swift's (yaslab/CSV.swift): quoted fields with commas,
/// line breaks and doubled quotes, CRLF or LF. This type adds what exports
/// from spreadsheets need around it: a UTF-8 byte order mark is dropped, and
/// the separator is `,`, `;` (European Excel) or a tab, whichever the header
/// line uses most.
public struct CSVTable: Hashable, Sendable {
    /// One data row.
    public struct Record: Hashable, Sendable {
        /// The fields, exactly as written (not trimmed).
        public var fields: [String]
        /// The row number as a spreadsheet shows it: the header is row 1.
        public var row: Int
        /// The line of the file the row starts on (quoted line breaks make a row span several).
        public var line: Int
    }

    /// The header's fields, as written.
    public var header: [String]
    /// The data rows, in file order.
    public var records: [Record]
    /// The separator used.
    public var separator: Character
    /// Whether the file started with a byte order mark.
    public var hadByteOrderMark: Bool
    /// Whether a quoted field in the last row ran to the end of the file.
    public var lastFieldUnclosed: Bool

    /// Reads `bytes`; `file` names the file in issues.
    ///
    /// - Throws: ``ImportError`` when the bytes are not UTF-8 text or there is no header.
    public init(bytes: [UInt8], file: String) throws(ImportError) {
        var bytes = bytes[...]
        hadByteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        if hadByteOrderMark { bytes = bytes.dropFirst(3) }
        guard let text = String(bytes: bytes, encoding: .utf8) else {
            throw ImportError([ImportIssue(.error, .unreadableFile, "the file is not UTF-8 text; save it from the spreadsheet as \"CSV UTF-8\"",
                                           row: nil, location: SourceLocation(file: file, line: 1, column: 1))])
        }
        guard !text.allSatisfy(\.isWhitespace) else {
            throw ImportError([ImportIssue(.error, .emptyFile, "the file is empty: expected a header row and one row per person or team",
                                           row: nil, location: SourceLocation(file: file, line: 1, column: 1))])
        }
        separator = Self.separator(of: text)
        var rows: [[String]] = []
        do {
            let reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false,
                                       delimiter: separator.unicodeScalars.first ?? ",", whitespaces: [])
            while let row = reader.next() { rows.append(row) }
            if let error = reader.error { throw error }
        } catch {
            throw ImportError([ImportIssue(.error, .unreadableFile, "cannot read the file as CSV: \(error)",
                                           row: nil, location: SourceLocation(file: file, line: 1, column: 1))])
        }
        let header = rows.first ?? []
        self.header = header
        var line = 1 + Self.lineBreaks(in: header)
        var records: [Record] = []
        records.reserveCapacity(rows.count)
        for (index, fields) in rows.enumerated().dropFirst() {
            line += 1
            records.append(Record(fields: fields, row: index + 1, line: line))
            line += Self.lineBreaks(in: fields)
        }
        // A quote that never closes swallows the rest of the file into one field.
        // Its tell: the last field holds a line break, yet the file does not end with the closing quote.
        let ending = text.last { !$0.isWhitespace }
        lastFieldUnclosed = records.last.map { last in
            (last.fields.last?.contains(where: \.isNewline) ?? false) && ending != "\""
        } ?? false
        self.records = records
    }

    /// The separator the header line uses most: `,`, `;` or a tab.
    static func separator(of text: String) -> Character {
        let firstLine = text.prefix { !$0.isNewline }
        let counts: [(Character, Int)] = [",", ";", "\t"].map { candidate in
            (candidate, firstLine.reduce(0) { $0 + ($1 == candidate ? 1 : 0) })
        }
        return counts.max { $0.1 < $1.1 }.flatMap { $0.1 > 0 ? $0.0 : nil } ?? ","
    }

    /// The line breaks inside quoted fields (CRLF counts once).
    private static func lineBreaks(in fields: [String]) -> Int {
        fields.reduce(0) { total, field in total + field.reduce(0) { $0 + ($1.isNewline ? 1 : 0) } }
    }
}
