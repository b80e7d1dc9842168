/// Small text helpers shared by finding messages and reports.
enum Formatting {
    /// An id as messages show it: `'id'`.
    static func quote(_ id: String) -> String { "'\(id)'" }

    /// A number without a spurious `.0`: `95`, `80.5`.
    static func number(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            return String(Int(value))
        }
        return "\(value)"
    }

    /// A measured value with its unit: `80%`, `12 min`, `3`.
    static func measured(_ value: Double, unit: String?) -> String {
        guard let unit, !unit.isEmpty else { return number(value) }
        return unit == "%" ? number(value) + "%" : number(value) + " " + unit
    }

    /// `'a', 'b', 'c' and 4 more` (at most `limit` names).
    static func list(_ ids: some Collection<String>, total: Int? = nil, limit: Int = 5) -> String {
        let shown = ids.prefix(limit).map(quote)
        let total = total ?? ids.count
        var text = shown.joined(separator: ", ")
        if total > shown.count { text += " and \(total - shown.count) more" }
        return text
    }

    /// `1 team`, `3 teams`.
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? singular : (plural ?? singular + "s"))
    }

    /// What a standard measures and how the measurement compares, e.g.
    /// `'notes ready same day': actual 80% against a target of 95% (15% short)`.
    static func standard(_ standard: ServiceStandard) -> String {
        var text = "'\(standard.measure)': target \(measured(standard.target, unit: standard.unit))"
        if standard.better == .lower { text += " or less" }
        guard let actual = standard.actual else { return text + ", not measured yet" }
        text = "'\(standard.measure)': actual \(measured(actual, unit: standard.unit)) against a target of "
            + measured(standard.target, unit: standard.unit)
        if let margin = standard.margin, margin < 0 {
            text += " (\(measured(-margin, unit: standard.unit)) \(standard.better == .higher ? "short" : "over"))"
        }
        return text
    }
}
