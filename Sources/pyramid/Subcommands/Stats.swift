import ArgumentParser
import OrgGraph

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the pyramid's shape and how much of it faces the customer.",
        discussion: """
        Prints teams per tier and per customer distance, headcount per layer, \
        the orientation score (the share of serves links that face the \
        customer; a link serving one's own leader never does), the longest chain, the teams cut off, and which end \
        customers each team's chains reach. docs/findings.md defines each figure.

        Examples:
          pyramid stats org-models/insurer-before.yaml
          pyramid stats --format json org-models/insurer-after.yaml
        """
    )

    @Argument(help: ArgumentHelp("The model file (YAML or JSON).", valueName: "model"))
    var model: String

    @Option(help: ArgumentHelp("The output format.", valueName: "format"))
    var format: ReportFormat = .text

    func run() throws {
        let stats = Analysis(try ModelLoader.loadOrExit(model).organisation).stats()
        switch format {
        case .text: Terminal.write(stats.text())
        case .json: Terminal.write(stats.json())
        }
    }
}
