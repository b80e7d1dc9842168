/// The report of `pyramid check` over one or more models, in text, JSON or
/// SARIF, and the run's exit code.
///
/// ```swift
/// let outcomes = paths.map(CheckOutcome.load(contentsOf:))
/// let report = CheckReport(outcomes, policy: CheckPolicy(failOn: .warning))
/// print(report.rendered(as: .text, colour: isTerminal), terminator: "")
/// exit(report.exitCode)
/// ```
public struct CheckReport: Sendable {
    /// The models checked, in the order given.
    public let outcomes: [CheckOutcome]
    /// What is shown and when the run fails.
    public let policy: CheckPolicy

    /// Creates a report.
    public init(_ outcomes: [CheckOutcome], policy: CheckPolicy = CheckPolicy()) {
        self.outcomes = outcomes
        self.policy = policy
    }

    /// The findings `--only`/`--ignore` let through, over all models, sorted by location then code.
    public var shownFindings: [Finding] {
        outcomes.flatMap { outcome -> [Finding] in
            guard case .analysed(let analysis, _) = outcome else { return [] }
            return analysis.findings.filter(policy.shows)
        }.sorted(by: Finding.precedes)
    }

    /// The findings the models' `ignore` lists suppressed, over all models.
    public var suppressedFindings: [Finding] {
        outcomes.flatMap { outcome -> [Finding] in
            guard case .analysed(let analysis, _) = outcome else { return [] }
            return analysis.suppressed
        }.sorted(by: Finding.precedes)
    }

    /// The analyses of the valid models.
    public var analyses: [Analysis] {
        outcomes.compactMap { if case .analysed(let analysis, _) = $0 { analysis } else { nil } }
    }

    /// `2` when any model is invalid, `1` when a shown finding is at or above
    /// ``CheckPolicy/failOn``, else `0`.
    public var exitCode: Int32 {
        if outcomes.contains(where: { if case .invalid = $0 { true } else { false } }) { return 2 }
        return policy.fails(on: analyses.flatMap(\.findings)) ? 1 : 0
    }

    /// The report in `format`; `colour` applies to text only.
    public func rendered(as format: CheckFormat, colour: Bool = false) -> String {
        switch format {
        case .text: text(colour: colour)
        case .json: json()
        case .sarif: sarif()
        }
    }

    /// Writes the report in `format` to `sink` in chunks (UTF-8), cut
    /// between entries, so that a large report is never held whole: the
    /// chunks joined are exactly ``rendered(as:colour:)``. JSON and SARIF
    /// are made entry by entry as they are written; text line by line.
    ///
    /// ```swift
    /// report.write(as: .json) { chunk in FileHandle.standardOutput.write(Data(chunk)) }
    /// ```
    public func write(as format: CheckFormat, colour: Bool = false, to sink: ([UInt8]) -> Void) {
        switch format {
        case .text: writeText(colour: colour, includeDiagnostics: true, to: sink)
        case .json: jsonValue().write(to: sink)
        case .sarif: sarifValue().write(to: sink)
        }
    }

    // MARK: - Text

    /// Compiler-style lines `FILE:LINE:COL: severity: [code] message` for the
    /// loader's diagnostics and the shown findings, sorted by location, then
    /// the summary line, e.g. `3 errors, 2 warnings, 1 info in 12 teams (2 suppressed)`.
    ///
    /// - Parameter includeDiagnostics: whether the loader's diagnostics are
    ///   among the lines; the CLI leaves them out and prints them on standard error.
    public func text(colour: Bool = false, includeDiagnostics: Bool = true) -> String {
        var out: [UInt8] = []
        writeText(colour: colour, includeDiagnostics: includeDiagnostics) { out.append(contentsOf: $0) }
        return String(decoding: out, as: UTF8.self)
    }

    /// ``text(colour:includeDiagnostics:)`` written to `sink` in chunks of
    /// whole lines.
    public func writeText(colour: Bool = false, includeDiagnostics: Bool = true, to sink: ([UInt8]) -> Void) {
        let style = TextStyle(colour: colour)
        var lines: [(location: SourceLocation, code: String, text: String)] = []
        for outcome in outcomes where includeDiagnostics {
            for d in outcome.diagnostics {
                lines.append((d.location, d.code.rawValue, style.line(location: d.location, severity: d.severity, code: d.code.rawValue, message: d.message)))
            }
        }
        let findings = shownFindings
        for f in findings {
            lines.append((f.location, f.code.rawValue, style.line(location: f.location, severity: f.severity, code: f.code.rawValue, message: f.message)))
        }
        lines.sort { ($0.location, $0.code) < ($1.location, $1.code) }
        var out: [UInt8] = []
        out.reserveCapacity(JSONOutput.defaultChunkSize + JSONOutput.defaultChunkSize / 4)
        for line in lines {
            out.append(contentsOf: line.text.utf8)
            out.append(UInt8(ascii: "\n"))
            if out.count >= JSONOutput.defaultChunkSize {
                sink(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        out.append(contentsOf: style.bold(summary(findings)).utf8)
        out.append(UInt8(ascii: "\n"))
        sink(out)
    }

    /// `3 errors, 2 warnings, 1 info in 12 teams (2 suppressed); 1 model invalid`.
    func summary(_ findings: [Finding]) -> String {
        let errors = findings.count { $0.severity == .error }
        let warnings = findings.count { $0.severity == .warning }
        let infos = findings.count { $0.severity == .info }
        let teams = analyses.reduce(0) { $0 + $1.teams.count }
        var text = "\(Formatting.count(errors, "error")), \(Formatting.count(warnings, "warning")), \(infos) info in \(Formatting.count(teams, "team"))"
        let suppressed = suppressedFindings.count
        if suppressed > 0 { text += " (\(suppressed) suppressed)" }
        let invalid = outcomes.count { if case .invalid = $0 { true } else { false } }
        if invalid > 0 { text += "; \(Formatting.count(invalid, "model")) invalid" }
        return text
    }

    // MARK: - JSON

    /// One JSON object per model (a single object for one model, an array of
    /// them for several), keys in the documented order; see `docs/findings.md`.
    public func json() -> String {
        jsonValue().rendered()
    }

    /// The JSON report as a value whose long arrays (teams, findings) are
    /// made entry by entry as they are written.
    private func jsonValue() -> JSONValue {
        if outcomes.count == 1, let only = outcomes.first { return jsonDocument(only) }
        return .generated(count: outcomes.count) { jsonDocument(outcomes[$0]) }
    }

    private func jsonDocument(_ outcome: CheckOutcome) -> JSONValue {
        switch outcome {
        case .invalid(let file, let diagnostics):
            return .object([
                ("file", .string(file)),
                ("valid", .bool(false)),
                ("diagnostics", .array(diagnostics.map(JSONValue.diagnostic))),
            ])
        case .analysed(let analysis, let warnings):
            let findings = analysis.findings.filter(policy.shows)
            return .object([
                ("organisation", .string(analysis.organisation.name)),
                ("file", .string(analysis.organisation.file)),
                ("valid", .bool(true)),
                ("summary", .object([
                    ("teams", .int(analysis.teams.count)),
                    ("customers", .int(analysis.organisation.customers.count)),
                    ("errors", .int(findings.count { $0.severity == .error })),
                    ("warnings", .int(findings.count { $0.severity == .warning })),
                    ("infos", .int(findings.count { $0.severity == .info })),
                    ("suppressed", .int(analysis.suppressed.count)),
                ])),
                ("teams", .written(Self.teamRows(analysis.teams))),
                ("findings", .written(Self.findingRows(findings))),
                ("suppressed", .written(Self.findingRows(analysis.suppressed))),
                ("diagnostics", .array(warnings.map(JSONValue.diagnostic))),
            ])
        }
    }

    static let teamKeys = ["id", "tier", "distance", "nominalDistance", "reachesCustomer"]
    static let findingKeys = ["code", "severity", "message", "team", "link", "location"]
    static let linkKeys = ["from", "to"]
    static let locationKeys = ["file", "line", "column"]

    /// The `teams` array: `{"id", "tier", "distance", "nominalDistance",
    /// "reachesCustomer"}` per team, written as `JSONValue.object` would
    /// write it, without making one per team.
    static func teamRows(_ teams: TeamAnalyses) -> WrittenArray {
        var template: JSONObjectTemplate?
        return WrittenArray(count: teams.count) { index, out, indent in
            let row = JSONObjectTemplate.reused(template, keys: teamKeys, indent: indent)
            template = row
            let team = teams[index]
            row.key(0, into: &out)
            JSONValue.escape(team.id, into: &out)
            row.key(1, into: &out)
            JSONValue.escape(team.tier.rawValue, into: &out)
            row.key(2, into: &out)
            writeInt(team.distance, to: &out)
            row.key(3, into: &out)
            writeInt(team.nominalDistance, to: &out)
            row.key(4, into: &out)
            out.append(contentsOf: (team.reachesCustomer ? "true" : "false").utf8)
            row.close(into: &out)
        }
    }

    /// A findings array, each written as ``JSONValue/finding(_:)`` would be.
    static func findingRows(_ findings: [Finding]) -> WrittenArray {
        var templates: (row: JSONObjectTemplate, link: JSONObjectTemplate, location: JSONObjectTemplate)?
        return WrittenArray(count: findings.count) { index, out, indent in
            let made = templates.flatMap { $0.row.indent == indent ? $0 : nil } ?? (
                row: JSONObjectTemplate(keys: findingKeys, indent: indent),
                link: JSONObjectTemplate(keys: linkKeys, indent: indent + 2),
                location: JSONObjectTemplate(keys: locationKeys, indent: indent + 2))
            templates = made
            let finding = findings[index]
            made.row.key(0, into: &out)
            JSONValue.escape(finding.code.rawValue, into: &out)
            made.row.key(1, into: &out)
            JSONValue.escape(finding.severity.rawValue, into: &out)
            made.row.key(2, into: &out)
            JSONValue.escape(finding.message, into: &out)
            made.row.key(3, into: &out)
            if let team = finding.team { JSONValue.escape(team, into: &out) } else { out.append(contentsOf: "null".utf8) }
            made.row.key(4, into: &out)
            if let link = finding.link {
                made.link.key(0, into: &out)
                JSONValue.escape(link.from, into: &out)
                made.link.key(1, into: &out)
                JSONValue.escape(link.to, into: &out)
                made.link.close(into: &out)
            } else {
                out.append(contentsOf: "null".utf8)
            }
            made.row.key(5, into: &out)
            let location = finding.location
            made.location.key(0, into: &out)
            JSONValue.escape(location.file, into: &out)
            made.location.key(1, into: &out)
            JSONValue.append(location.line, to: &out)
            made.location.key(2, into: &out)
            JSONValue.append(location.column, to: &out)
            made.location.close(into: &out)
            made.row.close(into: &out)
        }
    }

    private static func writeInt(_ value: Int?, to out: inout [UInt8]) {
        if let value { JSONValue.append(value, to: &out) } else { out.append(contentsOf: "null".utf8) }
    }

    // MARK: - SARIF

    /// A SARIF 2.1.0 log with one run: one rule per finding code (and per
    /// validation code that occurs), one result per shown finding, loader
    /// diagnostic and suppressed finding (the latter marked with a
    /// `suppressions` entry of kind `inSource`).
    public func sarif() -> String {
        sarifValue().rendered()
    }

    /// The SARIF log as a value whose results are made one at a time as they are written.
    private func sarifValue() -> JSONValue {
        var rules: [(id: String, rule: JSONValue)] = FindingCode.allCases.map { code in
            (code.rawValue, Sarif.rule(id: code.rawValue, name: code.ruleName, summary: code.summary, severity: code.severity))
        }
        let diagnostics = outcomes.flatMap(\.diagnostics)
        for code in Set(diagnostics.map(\.code)).sorted() {
            rules.append((code.rawValue, Sarif.rule(id: code.rawValue, name: code.ruleName, summary: code.summary, severity: code.severity)))
        }
        rules.sort { $0.id < $1.id }
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })

        // Each result is described here and made as JSON when it is written.
        enum Source {
            case diagnostic(Diagnostic)
            case finding(Finding, suppressed: Bool)
        }
        var results: [(location: SourceLocation, code: String, source: Source)] = []
        for d in diagnostics {
            results.append((d.location, d.code.rawValue, .diagnostic(d)))
        }
        for f in shownFindings {
            results.append((f.location, f.code.rawValue, .finding(f, suppressed: false)))
        }
        for f in suppressedFindings where policy.shows(f) {
            results.append((f.location, f.code.rawValue, .finding(f, suppressed: true)))
        }
        results.sort { ($0.location, $0.code) < ($1.location, $1.code) }
        let result = { (index: Int) -> JSONValue in
            switch results[index].source {
            case .diagnostic(let d):
                Sarif.result(ruleID: d.code.rawValue, index: ruleIndex[d.code.rawValue] ?? 0, severity: d.severity, message: d.message, location: d.location, suppressed: false)
            case .finding(let f, let suppressed):
                Sarif.result(ruleID: f.code.rawValue, index: ruleIndex[f.code.rawValue] ?? 0, severity: f.severity, message: f.message, location: f.location, suppressed: suppressed)
            }
        }

        return JSONValue.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([
                .object([
                    ("tool", .object([
                        ("driver", .object([
                            ("name", .string("pyramid")),
                            ("rules", .array(rules.map(\.rule))),
                        ])),
                    ])),
                    ("results", .generated(count: results.count, element: result)),
                ]),
            ])),
        ])
    }
}
