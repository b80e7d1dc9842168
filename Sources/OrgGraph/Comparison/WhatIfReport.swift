/// The answer of `pyramid what-if`: a ``Scenario`` and the comparison of the
/// model with the model after it.
public struct WhatIfReport: Sendable {
    /// What was tried.
    public var scenario: Scenario
    /// The model (old) against the model with the scenario applied (new).
    public var comparison: ModelComparison
    /// The model with the scenario applied, analysed.
    public var result: Analysis

    /// Applies `scenario` to the analysed model and compares.
    ///
    /// - Throws: ``ScenarioError`` when the scenario names an unknown id or link.
    public init(_ scenario: Scenario, on analysis: Analysis) throws(ScenarioError) {
        self.scenario = scenario
        let changed = try scenario.apply(to: analysis.organisation)
        result = Analysis(changed, dependentLimit: analysis.dependentLimit)
        comparison = ModelComparison(old: analysis, new: result)
    }

    /// The teams that lose every intact path to the customer (new file order).
    public var losingPath: [String] { comparison.shape.newlyCutOff }

    /// The report as text: the scenario, the teams losing their path to the
    /// customer, the new orientation score, then the groups of
    /// ``ModelComparison/text(colour:)``.
    public func text(colour: Bool = false) -> String {
        let style = TextStyle(colour: colour)
        var out = style.bold("What if \(comparison.oldFile) (\(comparison.oldName)): \(scenario.summary)") + "\n"
        if losingPath.isEmpty {
            out += "No team loses its path to the customer.\n"
        } else {
            out += style.bad("\(Formatting.count(losingPath.count, "team")) lose their path to the customer:") + " "
                + Formatting.list(losingPath, limit: .max) + "\n"
        }
        out += "Orientation score: \(ModelComparison.score(comparison.shape.newOrientation))"
            + " (was \(ModelComparison.score(comparison.shape.oldOrientation)))\n"
        out += "Findings: \(comparison.introduced.count) appear, \(comparison.fixed.count) disappear\n"
        comparison.body(into: &out, style: style)
        return out
    }

    /// The report as JSON: `{"model", "scenario": {"remove": [id], "break":
    /// [{"from", "to"}]}, "losingPath": [id], "orientation": {"old", "new"}
    /// (scores in percent or null)}`, then the members of
    /// ``ModelComparison/json()`` from `"summary"` on.
    public func json() -> String {
        let score: (OrganisationStats.Orientation) -> JSONValue = { $0.score.map { .number(($0 * 10).rounded() / 10) } ?? .null }
        var members: [(String, JSONValue)] = [
            ("model", .string(comparison.oldFile)),
            ("scenario", .object([
                ("remove", .array(scenario.removedTeams.map { .string($0) })),
                ("break", .array(scenario.brokenLinks.map { .object([("from", .string($0.from)), ("to", .string($0.to))]) })),
            ])),
            ("losingPath", .array(losingPath.map { .string($0) })),
            ("orientation", .object([("old", score(comparison.shape.oldOrientation)), ("new", score(comparison.shape.newOrientation))])),
        ]
        members += comparison.jsonMembers().filter { $0.0 != "old" && $0.0 != "new" }
        return JSONValue.object(members).rendered()
    }
}
