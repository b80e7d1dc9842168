import ArgumentParser
import PyramidDiagram

struct Doctor: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Report the Graphviz library found and what it can draw.",
        discussion: """
        Prints the version of the Graphviz library pyramid is linked with, its \
        layout engines and output formats, and for each format `pyramid render` \
        writes whether it works, or what to install. DOT output never needs a plugin.

        Exits 0 when everything pyramid renders is available, 1 otherwise.

        Example:
          pyramid doctor
        """
    )

    func run() throws {
        let installation: GraphvizInstallation
        do {
            installation = try GraphvizInstallation.current()
        } catch {
            Terminal.error("error: \(error)")
            throw ExitCode.failure
        }
        var report = "Graphviz \(installation.version)\n"
        report += "layout engines: \(installation.layoutEngines.joined(separator: " "))\n"
        report += "output formats: \(installation.outputFormats.joined(separator: " "))\n"
        var missing = 0
        report += "dot layout: " + (installation.hasDotLayout ? "ok" : "missing") + "\n"
        if !installation.hasDotLayout { missing += 1 }
        for format in OutputFormat.allCases {
            if let advice = installation.advice(for: format) {
                missing += 1
                report += "\(format.rawValue): missing: \(advice)\n"
            } else {
                report += "\(format.rawValue): ok" + (format == .dot ? " (written without Graphviz)" : "") + "\n"
            }
        }
        Terminal.write(report)
        if missing > 0 { throw ExitCode.failure }
    }
}
