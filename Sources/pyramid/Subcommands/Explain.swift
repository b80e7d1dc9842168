import ArgumentParser
import OrgGraph

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show a team's chains to the customer, link by link.",
        discussion: """
        Prints the team's supplier -> customer chains, the shortest intact \
        one first: what each link delivers, its service standard and whether \
        it holds. When no chain reaches a customer it says why, and it lists \
        the team's findings.

        Exits 0, or 2 when the model is invalid or has no such team.

        Example:
          pyramid explain org-models/retail-chain.yaml trade-credit
        """
    )

    @Argument(help: ArgumentHelp("The model file (YAML or JSON).", valueName: "model"))
    var model: String

    @Argument(help: ArgumentHelp("The id of the team to explain.", valueName: "team"))
    var team: String

    @Option(help: ArgumentHelp("The most chains to show.", valueName: "n"))
    var limit: Int = 5

    @Option(help: ArgumentHelp("The output format.", valueName: "format"))
    var format: ReportFormat = .text

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1.") }
    }

    func run() throws {
        let analysis = Analysis(try ModelLoader.loadOrExit(model).organisation)
        let explanation: TeamExplanation
        do {
            explanation = try analysis.explain(team: team, limit: limit)
        } catch {
            Terminal.error("error: \(error.description)")
            throw ExitCode(2)
        }
        switch format {
        case .text: Terminal.write(explanation.text(colour: Terminal.colourAllowed()))
        case .json: Terminal.write(explanation.json())
        }
    }
}
