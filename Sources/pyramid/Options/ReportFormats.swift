public import ArgumentParser
public import OrgGraph

extension CheckFormat: ExpressibleByArgument {}
extension CheckPolicy.FailLevel: ExpressibleByArgument {}

/// `--format text|json` for the commands that have no SARIF form.
enum ReportFormat: String, CaseIterable, ExpressibleByArgument {
    case text
    case json
}
