internal import Yams

/// Writes an organisation as tidy, stable YAML in the key order of docs/model-format.md.
///
/// ```swift
/// let text = ModelYAMLWriter().yaml(for: organisation, header: ["Imported from people.csv"])
/// ```
///
/// The output reads back with ``ModelLoader`` to the same organisation, apart
/// from source locations. Keys come in the documented order (`organisation`,
/// `charter`, `customers`, `teams`, `ignore`; within a team `id`, `name`,
/// `tier`, `department`, `headcount`, `champions`, `reports-to`, `serves`);
/// defaults are left out (a name equal to the id, `status: ok`,
/// `better: higher`); a single `reports-to` is written as one id, several as a
/// list; a `serves` link with only `to` is written in the short form. Every
/// scalar YAML could misread is double-quoted. The same organisation always
/// gives the same bytes.
///
/// Yams' emitter is not used: it cannot write comments, which the import
/// needs for its header and its guesses.
public struct ModelYAMLWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The YAML text of `organisation`, ending with a newline.
    /// - header: comment lines written at the top of the file (without the leading "# ").
    /// - teamComments: comment lines written just above a team's entry, by team id.
    public func yaml(for organisation: Organisation, header: [String] = [], teamComments: [String: [String]] = [:]) -> String {
        var out = YAMLLines()
        for line in header { out.comment(line, indent: 0) }
        out.line("organisation: " + Self.scalar(organisation.name))
        if !organisation.charter.isEmpty {
            out.line("charter:")
            for promise in organisation.charter { out.line("  - " + Self.scalar(promise)) }
        }
        if organisation.customers.isEmpty {
            out.line("customers: []")
        } else {
            out.line("customers:")
            for customer in organisation.customers {
                out.line("  - id: " + Self.scalar(customer.id))
                if customer.name != customer.id { out.line("    name: " + Self.scalar(customer.name)) }
            }
        }
        if organisation.teams.isEmpty {
            out.line("teams: []")
        } else {
            out.line("teams:")
            for team in organisation.teams {
                for line in teamComments[team.id] ?? [] { out.comment(line, indent: 2) }
                write(team, to: &out)
            }
        }
        if !organisation.suppressions.isEmpty {
            out.line("ignore:")
            for suppression in organisation.suppressions {
                out.line("  - code: " + Self.scalar(suppression.code))
                if let team = suppression.team { out.line("    team: " + Self.scalar(team)) }
            }
        }
        return out.text
    }

    private func write(_ team: Team, to out: inout YAMLLines) {
        out.line("  - id: " + Self.scalar(team.id))
        if team.name != team.id { out.line("    name: " + Self.scalar(team.name)) }
        if let tier = team.declaredTier { out.line("    tier: " + tier.rawValue) }
        if let department = team.department { out.line("    department: " + Self.scalar(department)) }
        if let headcount = team.headcount { out.line("    headcount: \(headcount)") }
        if !team.champions.isEmpty {
            out.line("    champions:")
            for champion in team.champions { out.line("      - " + Self.scalar(champion)) }
        }
        switch team.reportsTo.count {
        case 0: break
        case 1: out.line("    reports-to: " + Self.scalar(team.reportsTo[0].value))
        default:
            out.line("    reports-to:")
            for leader in team.reportsTo { out.line("      - " + Self.scalar(leader.value)) }
        }
        if !team.serves.isEmpty {
            out.line("    serves:")
            for link in team.serves { write(link, to: &out) }
        }
    }

    private func write(_ link: ServiceLink, to out: inout YAMLLines) {
        guard link.delivers != nil || link.status != .ok || link.standard != nil else {
            out.line("      - " + Self.scalar(link.to))
            return
        }
        out.line("      - to: " + Self.scalar(link.to))
        if let delivers = link.delivers { out.line("        delivers: " + Self.scalar(delivers)) }
        if link.status != .ok { out.line("        status: " + link.status.rawValue) }
        if let standard = link.standard {
            out.line("        standard:")
            out.line("          measure: " + Self.scalar(standard.measure))
            out.line("          target: " + Self.number(standard.target))
            if let actual = standard.actual { out.line("          actual: " + Self.number(actual)) }
            if let unit = standard.unit { out.line("          unit: " + Self.scalar(unit)) }
            if standard.better != .higher { out.line("          better: " + standard.better.rawValue) }
        }
    }

    // MARK: Scalars

    /// `text` as a plain scalar when YAML reads it back as the same text,
    /// otherwise double-quoted with escapes.
    static func scalar(_ text: String) -> String {
        needsQuotes(text) ? doubleQuoted(text) : text
    }

    /// A number as YAML reads it: whole numbers without a decimal point.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int(value))
        }
        return String(value)
    }

    /// Characters that change a plain scalar's meaning when they start it.
    private static let indicators: Set<Character> = [
        "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`",
    ]

    static func needsQuotes(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last else { return true }
        if indicators.contains(first) || first.isWhitespace || last.isWhitespace || last == ":" { return true }
        if text.contains(": ") || text.contains(" #") || text.contains(":\t") || text.contains("\t#") { return true }
        for scalar in text.unicodeScalars where !isPlainSafe(scalar) { return true }
        // yes/no/on/off, null and ~, numbers, dates, `<<` and `=`: read as something other than text.
        return Resolver.default.resolveTag(of: Node(text)) != .str
    }

    /// Printable and not a line break, tab, BOM or other special character.
    private static func isPlainSafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E: true
        case 0x85, 0xA0, 0x2028, 0x2029, 0xFEFF: false
        case 0xA1...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF:
            scalar.properties.generalCategory != .format && scalar.properties.generalCategory != .control
        default: false
        }
    }

    static func doubleQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\u{85}": result += "\\N"
            case "\u{A0}": result += "\\_"
            case "\u{2028}": result += "\\L"
            case "\u{2029}": result += "\\P"
            default:
                if isPlainSafe(scalar) || scalar == " " {
                    result.unicodeScalars.append(scalar)
                } else if scalar.value <= 0xFF {
                    result += "\\x" + hex(scalar.value, digits: 2)
                } else if scalar.value <= 0xFFFF {
                    result += "\\u" + hex(scalar.value, digits: 4)
                } else {
                    result += "\\U" + hex(scalar.value, digits: 8)
                }
            }
        }
        return result + "\""
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}

/// The output being built, one line at a time.
private struct YAMLLines {
    private(set) var text = ""

    mutating func line(_ line: String) {
        text += line
        text += "\n"
    }

    /// A comment; a line break inside the comment starts a new comment line.
    mutating func comment(_ comment: String, indent: Int) {
        let pad = String(repeating: " ", count: indent)
        let parts = comment.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for part in parts {
            let cleaned = part.filter { !$0.unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\t" } }
            line(cleaned.isEmpty ? pad + "#" : pad + "# " + cleaned)
        }
    }
}
