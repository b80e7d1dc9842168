import OrgGraph

/// The short texts drawn on links.
enum LinkLabels {
    /// `80% < 95%` for a breached higher-is-better standard, `12 min > 10 min`
    /// for a lower-is-better one; `nil` when the standard holds or is unmeasured.
    static func breach(_ standard: ServiceStandard) -> String? {
        guard standard.isBreached, let actual = standard.actual else { return nil }
        let sign = standard.better == .higher ? "<" : ">"
        return quantity(actual, standard.unit) + " " + sign + " " + quantity(standard.target, standard.unit)
    }

    /// `notes ready same day: 97% (target 95%)`, or `...: target 95%` when unmeasured.
    static func detail(_ standard: ServiceStandard) -> String {
        let target = quantity(standard.target, standard.unit)
        guard let actual = standard.actual else { return standard.measure + ": target " + target }
        return standard.measure + ": " + quantity(actual, standard.unit) + " (target " + target + ")"
    }

    /// A number with its unit: `%` follows directly, other units after a space.
    static func quantity(_ value: Double, _ unit: String?) -> String {
        let number = format(value)
        guard let unit, !unit.isEmpty else { return number }
        return unit == "%" ? number + unit : number + " " + unit
    }

    /// Whole numbers without a decimal point, others as Swift prints them.
    static func format(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return String(value)
    }
}
