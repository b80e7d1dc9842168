extension ModelJSONWriter {
    /// The organisation as JSON in the YAML writer's tidy form, one entry
    /// per line: what ``ModelYAMLWriter`` leaves out is left out (a `name`
    /// equal to the id, empty lists, `status: ok`, `better: higher`; a link
    /// with nothing but its target is the target alone). At 100,000
    /// generated teams this is 9.7 MB against the normal form's 30 MB, so the
    /// benchmark's JSON and YAML files hold the same model at about the same
    /// size. ``ModelLoader`` reads it back into the same organisation (apart
    /// from source locations).
    package func tidyJSON(for organisation: Organisation) -> String {
        var out = TidyJSON()
        out.text("{\n  \"organisation\": ")
        out.string(organisation.name)
        if !organisation.charter.isEmpty {
            out.text(",\n  \"charter\": ")
            out.strings(organisation.charter)
        }
        out.text(",\n  \"customers\": [")
        for (index, customer) in organisation.customers.enumerated() {
            out.text(index == 0 ? "\n    {" : ",\n    {")
            out.member("id", customer.id, first: true)
            if customer.name != customer.id { out.member("name", customer.name) }
            out.text("}")
        }
        out.text("\n  ],\n  \"teams\": [")
        for (index, team) in organisation.teams.enumerated() {
            out.text(index == 0 ? "\n    {" : ",\n    {")
            write(team, to: &out)
            out.text("}")
        }
        out.text("\n  ]")
        if !organisation.suppressions.isEmpty {
            out.text(",\n  \"ignore\": [")
            for (index, suppression) in organisation.suppressions.enumerated() {
                out.text(index == 0 ? "\n    {" : ",\n    {")
                out.member("code", suppression.code, first: true)
                if let team = suppression.team { out.member("team", team) }
                out.text("}")
            }
            out.text("\n  ]")
        }
        out.text("\n}\n")
        return String(decoding: out.bytes, as: UTF8.self)
    }

    private func write(_ team: Team, to out: inout TidyJSON) {
        out.member("id", team.id, first: true)
        if team.name != team.id { out.member("name", team.name) }
        if let tier = team.declaredTier { out.member("tier", tier.rawValue) }
        if let department = team.department { out.member("department", department) }
        if let headcount = team.headcount { out.text(", \"headcount\": \(headcount)") }
        if !team.champions.isEmpty {
            out.text(", \"champions\": ")
            out.strings(team.champions)
        }
        if !team.reportsTo.isEmpty {
            out.text(", \"reports-to\": ")
            out.strings(team.reportsTo.map(\.value))
        }
        guard !team.serves.isEmpty else { return }
        out.text(", \"serves\": [")
        for (position, link) in team.serves.enumerated() {
            if position > 0 { out.text(", ") }
            guard link.delivers != nil || link.status != .ok || link.standard != nil else {
                out.string(link.to)
                continue
            }
            out.text("{")
            out.member("to", link.to, first: true)
            if let delivers = link.delivers { out.member("delivers", delivers) }
            if link.status != .ok { out.member("status", link.status.rawValue) }
            if let standard = link.standard {
                out.text(", \"standard\": {")
                out.member("measure", standard.measure, first: true)
                out.text(", \"target\": " + Formatting.number(standard.target))
                if let actual = standard.actual { out.text(", \"actual\": " + Formatting.number(actual)) }
                if let unit = standard.unit { out.member("unit", unit) }
                if standard.better != .higher { out.member("better", standard.better.rawValue) }
                out.text("}")
            }
            out.text("}")
        }
        out.text("]")
    }
}

/// The bytes of ``ModelJSONWriter/tidyJSON(for:)``, strings escaped as every
/// JSON document of the project is (``JSONValue``).
private struct TidyJSON {
    var bytes: [UInt8] = []

    mutating func text(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func string(_ value: String) { JSONValue.escape(value, into: &bytes) }

    /// `"key": "value"`, after `, ` unless it is the object's first member.
    mutating func member(_ key: String, _ value: String, first: Bool = false) {
        text(first ? "\"" + key + "\": " : ", \"" + key + "\": ")
        string(value)
    }

    /// `["a", "b"]`.
    mutating func strings(_ values: [String]) {
        text("[")
        for (index, value) in values.enumerated() {
            if index > 0 { text(", ") }
            string(value)
        }
        text("]")
    }
}
