import ArgumentParser
import OrgGraph

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check that model files are well-formed.",
        discussion: """
        Reads each model and reports every problem, not just the first, as
        FILE:LINE:COL: error: [code] message on standard error: unknown keys \
        (with a suggestion), wrong types, missing keys, bad or duplicate ids, \
        references to unknown teams, reporting cycles.

        Exits 0 when every model is valid, 2 when any is not.

        Example:
          pyramid validate org-models/*.yaml
        """
    )

    @OptionGroup var files: ModelFiles

    @Flag(name: .shortAndLong, help: "Print nothing for valid models.")
    var quiet = false

    func run() throws {
        var invalid = 0
        for path in files.models {
            // loadOrExit prints the diagnostics; every model is read before exiting.
            guard let model = try? ModelLoader.loadOrExit(path) else {
                invalid += 1
                continue
            }
            if !quiet { Terminal.write(Self.summary(of: model.organisation, at: path) + "\n") }
        }
        if invalid > 0 {
            if files.models.count > 1 {
                Terminal.error("\(invalid) of \(files.models.count) models are invalid")
            }
            throw ExitCode(2)
        }
    }

    static func summary(of organisation: Organisation, at path: String) -> String {
        let links = organisation.teams.reduce(0) { $0 + $1.serves.count }
        return "\(path): ok: \(organisation.name): \(plural(organisation.customers.count, "customer")), \(plural(organisation.teams.count, "team")), \(plural(links, "serves link"))"
    }
}

func plural(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}
