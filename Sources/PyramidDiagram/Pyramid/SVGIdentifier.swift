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
