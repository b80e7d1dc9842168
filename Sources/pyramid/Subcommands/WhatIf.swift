import ArgumentParser
import OrgGraph

struct WhatIf: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "what-if",
        abstract: "Show what happens to the chains if teams go or links break.",
        discussion: """
        Applies the change in memory (the model file is never touched): \
        --remove drops a team, its serves links, the links serving it and the \
        reports-to entries naming it; --break marks a serves link \
        'status: broken'. Prints the teams that lose their path to the \
        customer, the findings that appear and disappear, the new \
        orientation score, and the changes as `pyramid diff` shows them.

        Exits 0, or 1 when --fail-on-new is given and the change introduces \
        a finding at or above that level, 2 when the model is invalid or \
        names no such team or link (with the nearest id as a suggestion), \
        64 when --break is not FROM:TO or nothing is asked.

        Examples:
          pyramid what-if org-models/insurer-after.yaml --remove finance
          pyramid what-if org-models/hospital.yaml --break pharmacy:wards --format json
          pyramid what-if org.yaml --remove it-service --render what-if.svg
        """
    )

    @Argument(help: ArgumentHelp("The model file (YAML or JSON).", valueName: "model"))
    var model: String

    @Option(help: ArgumentHelp("Remove this team (repeatable).", valueName: "team-id"))
    var remove: [String] = []

    @Option(name: .customLong("break"), help: ArgumentHelp("Break the serves link FROM -> TO (repeatable).", valueName: "from:to"))
    var breaks: [String] = []

    @OptionGroup var output: ComparisonOutput

    func validate() throws {
        if remove.isEmpty, breaks.isEmpty {
            throw ValidationError("Say what to change: --remove TEAM and/or --break FROM:TO.")
        }
        for value in breaks where Scenario.link(from: value) == nil {
            throw ValidationError("--break takes FROM:TO, two ids joined by a colon (e.g. billing:renewals); got '\(value)'.")
        }
    }

    func run() throws {
        let analysis = Analysis(try ModelLoader.loadOrExit(model).organisation)
        let scenario = Scenario(removing: remove, breaking: breaks.compactMap(Scenario.link(from:)))
        let report: WhatIfReport
        do {
            report = try WhatIfReport(scenario, on: analysis)
        } catch {
            switch error {
            case .noSuchLink: Terminal.error(error.description)
            default: Terminal.error("error: \(error.description)")
            }
            throw ExitCode(2)
        }
        switch output.format {
        case .text: Terminal.write(report.text(colour: Terminal.colourAllowed()))
        case .json: Terminal.write(report.json())
        }
        try output.render(report.comparison, old: analysis, new: report.result)
        try output.exitForNewFindings(report.comparison)
    }
}
