internal import Foundation

/// Makes readable, unique ids from names: `Sales EMEA` -> `sales-emea`,
/// `Café Ops` -> `cafe-ops`, a second `Sales EMEA` -> `sales-emea-2`.
struct IdentifierMaker {
    private var used: Set<String>

    /// A maker that never returns one of `reserved`.
    init(reserved: Set<String> = []) {
        used = reserved
    }

    /// A new id for `name`; `fallback` when the name has no letters or digits.
    mutating func make(from name: String, fallback: String) -> String {
        var base = Self.slug(name)
        if base.isEmpty { base = fallback }
        var candidate = base
        var suffix = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(suffix)"
            suffix += 1
        }
        used.insert(candidate)
        return candidate
    }

    /// Lower-case ASCII letters and digits, accents folded, everything else one `-`.
    static func slug(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var result = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9":
                if pendingDash && !result.isEmpty { result += "-" }
                pendingDash = false
                result.unicodeScalars.append(scalar)
            case "A"..."Z":
                if pendingDash && !result.isEmpty { result += "-" }
                pendingDash = false
                result += String(scalar).lowercased()
            default:
                pendingDash = true
            }
        }
        return result
    }
}
