/// An attribute value: program-made text, or a label built from user text.
enum DOTValue: Hashable, Sendable {
    /// A value this package makes (a colour, a style, a number, a sanitised id).
    case string(String)
    /// A label whose lines are user text, escaped for Graphviz.
    case label(DOTLabel)
    /// A tooltip made of user text (SVG `xlink:title`), escaped for
    /// Graphviz's tooltip processing (``DOTEscaping/tooltipText(_:)``).
    case tooltip(String)

    /// The value as it appears in DOT text, quoted.
    var dotText: String {
        switch self {
        case .string(let value): DOTEscaping.quoted(value)
        case .label(let label): DOTEscaping.quotedEscString(label.escString)
        case .tooltip(let text): DOTEscaping.quotedEscString(DOTEscaping.tooltipText(text))
        }
    }
}

/// A set of attributes, always written in name order so output is canonical.
struct DOTAttributes: Hashable, Sendable, ExpressibleByDictionaryLiteral {
    private(set) var values: [DOTAttribute: DOTValue] = [:]

    init() {}

    init(dictionaryLiteral elements: (DOTAttribute, DOTValue)...) {
        for (key, value) in elements { values[key] = value }
    }

    subscript(key: DOTAttribute) -> DOTValue? {
        get { values[key] }
        set { values[key] = newValue }
    }

    /// Sets a program-made value.
    mutating func set(_ key: DOTAttribute, _ value: String) {
        values[key] = .string(value)
    }

    /// Sets a label.
    mutating func set(_ key: DOTAttribute, label: DOTLabel) {
        values[key] = .label(label)
    }

    var isEmpty: Bool { values.isEmpty }

    /// The attributes sorted by name.
    var sorted: [(DOTAttribute, DOTValue)] {
        values.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
