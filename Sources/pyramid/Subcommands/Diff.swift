import ArgumentParser
import OrgGraph

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare two versions of a model: teams, links, findings and numbers.",
        discussion: """
        Matches teams, end customers and serves links by id (a team whose id \
        disappears while one with the same name appears is a rename), and \
        findings by code and subject, never by line. Prints the changes \
        grouped as teams, links, findings (fixed and introduced) and numbers \
        (orientation score, cut-off teams, customer distances); coloured on \
        a terminal unless NO_COLOR is set.

        Exits 0, or 1 when --fail-on-new is given and the new version \
        introduces a finding at or above that level, 2 when a model cannot \
        be read or is invalid.

        Examples:
          pyramid diff org-models/insurer-before.yaml org-models/insurer-after.yaml
          pyramid diff --format json old.yaml new.yaml
          pyramid diff --fail-on-new warning main.yaml branch.yaml
          pyramid diff old.yaml new.yaml --render diff.svg
        """
    )

    @Argument(help: ArgumentHelp("The old version of the model (YAML or JSON).", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("The new version of the model.", valueName: "new"))
    var new: String

    @OptionGroup var output: ComparisonOutput

    func run() throws {
        let oldModel = try? ModelLoader.loadOrExit(old)
        let newModel = try? ModelLoader.loadOrExit(new)
        guard let oldModel, let newModel else { throw ExitCode(2) }
        let oldAnalysis = Analysis(oldModel.organisation)
        let newAnalysis = Analysis(newModel.organisation)
        let comparison = ModelComparison(old: oldAnalysis, new: newAnalysis)
        switch output.format {
        case .text: Terminal.write(comparison.text(colour: Terminal.colourAllowed()))
        case .json: Terminal.write(comparison.json())
        }
        try output.render(comparison, old: oldAnalysis, new: newAnalysis)
        try output.exitForNewFindings(comparison)
    }
}
