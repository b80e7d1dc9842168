/// Turns model ids into identifiers safe for DOT node names and SVG `id`
/// attributes.
///
/// ASCII letters, digits, `-`, `_` and `.` (everything a valid model id may
/// contain) are kept; every other byte of the UTF-8 form becomes `~` and two
/// uppercase hex digits. The mapping is injective, stable across runs and
/// never yields quotes, backslashes, spaces or markup. The diagram's SVG
/// ids are `team-`, `customer-`, `link-<from>-<to>` and
/// `support-<leader>-<team>` followed by slugs (docs/rendering.md).
public enum SVGIdentifier {
    /// The identifier-safe form of a model id, e.g. `team-` + `slug("a b")` is `team-a~20b`.
    public static func slug(_ id: String) -> String {
        var result = ""
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += "~" + hex(byte >> 4) + hex(byte & 0xF)
            }
        }
        return result
    }

    /// ``slug(_:)`` for a name that may be very long (a department): names
    /// of up to 64 UTF-8 bytes are slugged whole; a longer one keeps its
    /// first 48 bytes and adds `~~` and the 16 hex digits of an FNV-1a hash of
    /// the whole name, so ids stay short, stable and (practically) unique.
    static func boundedSlug(_ name: String) -> String {
        let bytes = Array(name.utf8)
        guard bytes.count > 64 else { return slug(name) }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        // (A character cut in half decodes as U+FFFD; the hash keeps ids apart.)
        return slug(String(decoding: bytes.prefix(48), as: UTF8.self)) + "~~" + (0..<16).reversed().map { hex(UInt8((hash >> (UInt64($0) * 4)) & 0xF)) }.joined()
    }

    private static let hexDigits: [Character] = Array("0123456789ABCDEF")

    private static func hex(_ nibble: UInt8) -> String {
        String(hexDigits[Int(nibble & 0xF)])
    }

    /// A DOT node name for the layout's own helper nodes. A slug's `~` is
    /// always followed by two hex digits, so `~x-...` cannot clash with a
    /// team or customer.
    static func helper(_ name: String) -> String {
        "~x-" + name
    }
}
