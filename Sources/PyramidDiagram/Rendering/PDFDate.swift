/// Makes PDF output reproducible: cairo writes the time of rendering as the
/// document's `/CreationDate`. It is replaced by a fixed date of the same
/// length (1970-01-01T00:00:00Z), so no byte offset in the file moves.
enum PDFDate {
    static let fixed = Array("D:19700101000000Z".utf8)

    static func normalise(_ pdf: [UInt8]) -> [UInt8] {
        let key = Array("/CreationDate (".utf8)
        guard let found = pdf.firstRange(of: key) else { return pdf }
        let start = found.upperBound
        guard let close = pdf[start...].firstIndex(of: UInt8(ascii: ")")),
              close - start == fixed.count,
              pdf[start..<close].starts(with: Array("D:".utf8))
        else { return pdf }
        var result = pdf
        result.replaceSubrange(start..<close, with: fixed)
        return result
    }
}
