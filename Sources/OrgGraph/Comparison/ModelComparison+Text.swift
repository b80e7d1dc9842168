extension ModelComparison {
    /// The comparison as text, in four groups: teams (and end customers),
    /// links, findings, numbers. Each change is one line, marked `+` added,
    /// `-` removed, `>` renamed, `~` changed, followed by its changed fields;
    /// findings fixed and introduced are printed as
    /// `FILE:LINE:COL: severity: [code] message` (fixed: the old location).
    ///
    /// - Parameter colour: ANSI colour (added and fixed green, removed and
    ///   introduced red, changed amber); the caller decides (a terminal, `NO_COLOR`).
    public func text(colour: Bool = false) -> String {
        let style = TextStyle(colour: colour)
        var out = style.bold("\(oldFile) -> \(newFile)") + (oldName == newName ? " (\(newName))" : " ('\(oldName)' -> '\(newName)')") + "\n"
        body(into: &out, style: style)
        return out
    }

    /// The groups after the heading, shared with ``WhatIfReport``.
    func body(into out: inout String, style: TextStyle) {
        out += "\n" + style.bold("Teams:") + " " + Self.counts(teams) + "\n"
        nodeLines(teams, style: style, into: &out)
        out += style.bold("End customers:") + " " + Self.counts(customers) + "\n"
        nodeLines(customers, style: style, into: &out)

        out += "\n" + style.bold("Links:") + " " + Self.counts(links.map(\.kind), renames: false) + "\n"
        for link in links {
            out += "  " + style.change(link.kind, "\(Self.marker(link.kind)) \(link.from) -> \(link.to)") + "\n"
            fieldLines(link.fields, into: &out)
        }

        out += "\n" + style.bold("Findings:") + " \(fixed.count) fixed, \(introduced.count) introduced\n"
        for finding in fixed {
            out += "  " + style.ok("fixed") + "       " + finding.description + "\n"
        }
        for finding in introduced {
            out += "  " + style.bad("introduced") + "  " + finding.description + "\n"
        }

        out += "\n" + style.bold("Numbers:") + "\n"
        out += "  Orientation score: \(Self.score(shape.oldOrientation)) -> \(Self.score(shape.newOrientation))"
        if let change = shape.scoreChange, (change * 10).rounded() == 0 {
            out += " (unchanged)"
        } else if let change = shape.scoreChange {
            out += " (\(change >= 0 ? "+" : "-")\(Formatting.number((abs(change) * 10).rounded() / 10)) points)"
        }
        out += "\n"
        out += "  Teams cut off from the customer: \(shape.oldCutOff) -> \(shape.newCutOff)\n"
        if !shape.newlyCutOff.isEmpty {
            out += "    " + style.bad("losing their path:") + " " + Formatting.list(shape.newlyCutOff, limit: .max) + "\n"
        }
        if !shape.reconnected.isEmpty {
            out += "    " + style.ok("reconnected:") + " " + Formatting.list(shape.reconnected, limit: .max) + "\n"
        }
        out += "  Longest chain: \(Self.chain(shape.oldLongestChain)) -> \(Self.chain(shape.newLongestChain))\n"
        if shape.distances.isEmpty {
            out += "  Customer distances: unchanged\n"
        } else {
            out += "  Customer distances (links to the nearest end customer over intact links):\n"
            let width = shape.distances.map(\.team.count).max() ?? 0
            for distance in shape.distances {
                out += "    " + (distance.team + ":").padding(width + 1)
                    + " \(distance.old.map(String.init) ?? "cut off") -> \(distance.new.map(String.init) ?? "cut off")\n"
            }
        }
    }

    private func nodeLines(_ nodes: [NodeChange], style: TextStyle, into out: inout String) {
        for node in nodes {
            let subject = node.kind == .renamed ? "\(node.oldID ?? "") -> \(node.id)" : node.id
            let name = node.name == node.id ? "" : " (\(node.name))"
            out += "  " + style.change(node.kind, "\(Self.marker(node.kind)) \(subject)\(name)") + "\n"
            fieldLines(node.fields.filter { $0.field != "id" }, into: &out)
        }
    }

    private func fieldLines(_ fields: [FieldChange], into out: inout String) {
        for field in fields {
            let quoted = Self.textFields.contains(field.field)
            out += "      \(field.field): \(Self.value(field.old, quoted)) -> \(Self.value(field.new, quoted))\n"
        }
    }

    static func marker(_ kind: ChangeKind) -> String {
        switch kind {
        case .added: "+"
        case .removed: "-"
        case .renamed: ">"
        case .changed: "~"
        }
    }

    /// Free-text fields, quoted in the text so spaces and empty values show.
    private static let textFields: Set<String> = ["name", "department", "delivers", "standard.measure", "standard.unit"]

    private static func value(_ value: String?, _ quoted: Bool) -> String {
        guard let value else { return "none" }
        return quoted ? "'\(value)'" : value
    }

    private static func counts(_ nodes: [NodeChange]) -> String {
        counts(nodes.map(\.kind), renames: true)
    }

    private static func counts(_ kinds: [ChangeKind], renames: Bool) -> String {
        guard !kinds.isEmpty else { return "no changes" }
        let shown: [ChangeKind] = renames ? [.added, .removed, .renamed, .changed] : [.added, .removed, .changed]
        return shown.map { kind in "\(kinds.count { $0 == kind }) \(kind.rawValue)" }.joined(separator: ", ")
    }

    static func score(_ orientation: OrganisationStats.Orientation) -> String {
        orientation.score.map(OrganisationStats.percent) ?? "n/a"
    }

    private static func chain(_ chain: ShapeChange.Chain?) -> String {
        guard let chain else { return "none" }
        return "\(Formatting.count(chain.links, "link")) (from \(chain.team))"
    }
}

extension TextStyle {
    /// A change line: added green, removed red, renamed and changed amber.
    func change(_ kind: ChangeKind, _ text: String) -> String {
        guard colour else { return text }
        let code = switch kind {
        case .added: "32"
        case .removed: "31"
        case .renamed, .changed: "33"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
