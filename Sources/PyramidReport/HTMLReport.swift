public import OrgGraph
public import PyramidDiagram

/// `pyramid report`: one self-contained HTML file with the organisation,
/// its charter and champions, the diagram (searchable, zoomable, teams
/// clickable to highlight their chains to the customer), the pyramid's
/// shape as a chart, the findings grouped by severity and code with their
/// explanation and fix, and a sortable table of teams. An organisation of
/// more than ``DiagramOptions/summaryThreshold`` teams gets the summary
/// overview (one box per department) and a section per department with
/// that department's own diagram (``DiagramOptions/focusDepartment``).
///
/// ```swift
/// let analysis = Analysis(try ModelLoader.load(contentsOf: "org.yaml").organisation)
/// let html = try HTMLReport.render(analysis, options: HTMLReport.Options(date: "2026-11-24"))
/// try AtomicFile.write(html, to: "report.html")
/// ```
///
/// The file makes no request of any kind: CSS, SVG and script are inline and
/// a Content-Security-Policy forbids everything else. Every user string is
/// escaped for its context (``HTMLEscaping``). The same analysis and options
/// give the same bytes.
public enum HTMLReport {
    /// What the report shows.
    public struct Options: Hashable, Sendable {
        /// The date printed under the title (e.g. `2026-11-24`); never taken from the clock.
        public var date: String?

        /// Creates options.
        public init(date: String? = nil) {
            self.date = date
        }
    }

    /// The Content-Security-Policy written into the report.
    public static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"

    /// The report as UTF-8 bytes.
    /// - Throws: ``RenderError`` when the diagram cannot be rendered.
    public static func render(_ analysis: Analysis, options: Options = Options()) throws(RenderError) -> [UInt8] {
        Array(try html(analysis, options: options).utf8)
    }

    /// The report as text.
    /// - Throws: ``RenderError`` when the diagram cannot be rendered.
    public static func html(_ analysis: Analysis, options: Options = Options()) throws(RenderError) -> String {
        let organisation = analysis.organisation
        let diagramOptions = DiagramOptions(title: false, svgFragment: true)
        let fragment = String(decoding: try PyramidRenderer.render(analysis, options: diagramOptions, format: .svg), as: UTF8.self)
        // Above DiagramOptions.summaryThreshold teams the overview is a summary
        // by department; the departments then get sections of their own.
        let summarised = diagramOptions.summarises(teamCount: organisation.teams.count)
        let stats = analysis.stats()
        let findings = ReportSections.ordered(analysis.findings)
        let data = ReportData(analysis, findings: findings)
        let description = "The inverted pyramid of \(organisation.name): \(stats.customers) end customers on top, "
            + "\(stats.teams) teams below by customer distance, leaders at the base. "
            + "\(findings.count) findings. Select a team to highlight its chains to the customer."
        let diagram = DiagramEmbedding.embed(fragment, id: "diagram", title: "Inverted pyramid of \(organisation.name)", description: description)
            ?? fragment

        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"\(contentSecurityPolicy)\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"generator\" content=\"pyramid report\">\n"
        out += "<link rel=\"icon\" href=\"data:,\">\n"
        out += "<title>\(HTMLEscaping.text(organisation.name)): inverted pyramid report</title>\n"
        out += "<style>\n\(ReportAssets.css)</style>\n</head>\n<body>\n"
        out += ReportSections.header(analysis, stats: stats, findings: findings, date: options.date)
        out += ReportSections.diagram(svg: diagram, summarised: summarised, teamCount: organisation.teams.count, viewBox: DiagramEmbedding.attribute("viewBox", in: Substring(diagram.prefix(400))), teams: organisation.teams)
        if summarised { out += try ReportSections.departments(analysis) }
        out += ReportSections.shape(stats)
        out += ReportSections.findings(findings, analysis: analysis)
        out += ReportSections.teams(analysis)
        out += "<footer><p>Made with <code>pyramid report</code> from \(HTMLEscaping.text(organisation.file)). "
        out += "Works offline; it loads nothing from the network.</p></footer>\n"
        out += "<script type=\"application/json\" id=\"report-data\">\(data.scriptJSON())</script>\n"
        out += "<script>\n\(ReportAssets.script)</script>\n</body>\n</html>\n"
        return out
    }
}
