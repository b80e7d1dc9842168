/// The service standard measured on a supplier -> customer link.
public struct ServiceStandard: Hashable, Sendable {
    /// Which direction of a measure is good.
    public enum Direction: String, Hashable, Sendable, Codable, CaseIterable {
        /// More is better (the default): breached when `actual < target`.
        case higher
        /// Less is better: breached when `actual > target`.
        case lower
    }

    /// What is measured, e.g. `notes ready same day`.
    public var measure: String
    /// The promised level.
    public var target: Double
    /// The measured level; `nil` when not measured yet, which never breaches.
    public var actual: Double?
    /// The unit shown after numbers, e.g. `%` or `min`.
    public var unit: String?
    /// Whether higher or lower values are better.
    public var better: Direction

    /// Creates a standard.
    public init(measure: String, target: Double, actual: Double? = nil, unit: String? = nil, better: Direction = .higher) {
        self.measure = measure
        self.target = target
        self.actual = actual
        self.unit = unit
        self.better = better
    }

    /// Whether the measured level misses the target.
    public var isBreached: Bool {
        guard let actual else { return false }
        switch better {
        case .higher: return actual < target
        case .lower: return actual > target
        }
    }

    /// How far the measured level is from the target, in the good direction:
    /// negative when breached, zero or positive when met; `nil` when not measured.
    public var margin: Double? {
        guard let actual else { return nil }
        switch better {
        case .higher: return actual - target
        case .lower: return target - actual
        }
    }
}
