import OrgGraph
import PyramidDiagram

/// The report's HTML sections. Every user string goes through ``HTMLEscaping``.
enum ReportSections {
    private static func e(_ text: String) -> String { HTMLEscaping.text(text) }

    /// Findings by severity (error, warning, info), then code (in the order
    /// of ``FindingCode/allCases``), then their own order.
    static func ordered(_ findings: [Finding]) -> [Finding] {
        let severityRank: [Severity: Int] = [.error: 0, .warning: 1, .info: 2]
        let codeRank = Dictionary(uniqueKeysWithValues: FindingCode.allCases.enumerated().map { ($1, $0) })
        return findings.enumerated().sorted { a, b in
            let ka = (severityRank[a.element.severity] ?? 3, codeRank[a.element.code] ?? 0, a.offset)
            let kb = (severityRank[b.element.severity] ?? 3, codeRank[b.element.code] ?? 0, b.offset)
            return ka < kb
        }.map(\.element)
    }

    static func header(_ analysis: Analysis, stats: OrganisationStats, findings: [Finding], date: String?) -> String {
        let organisation = analysis.organisation
        var out = "<header class=\"cover\">\n<p class=\"kicker\">Inverted pyramid report</p>\n"
        out += "<h1>\(e(organisation.name))</h1>\n"
        if let date { out += "<p class=\"date\">\(e(date))</p>\n" }
        out += "<nav aria-label=\"Sections\"><a href=\"#diagram-section\">Diagram</a> <a href=\"#shape\">Shape</a> "
        out += "<a href=\"#findings\">Findings</a> <a href=\"#teams\">Teams</a></nav>\n</header>\n"

        out += "<section id=\"summary\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">Summary</h2>\n<dl class=\"figures\">\n"
        let headcount = organisation.teams.reduce(0) { $0 + ($1.headcount ?? 0) }
        let counts = Dictionary(grouping: findings, by: \.severity).mapValues(\.count)
        var figures: [(String, String, String)] = [
            ("end customers", "\(stats.customers)", ""),
            ("teams", "\(stats.teams)", ""),
        ]
        if headcount > 0 { figures.append(("people", "\(headcount)", "")) }
        figures.append(("face the customer", stats.orientation.score.map(ShapeChart.percent) ?? "n/a", ""))
        figures.append(("cut off from the customer", "\(stats.cutOff)", stats.cutOff > 0 ? "bad" : ""))
        figures.append(("errors", "\(counts[.error] ?? 0)", (counts[.error] ?? 0) > 0 ? "bad" : ""))
        figures.append(("warnings", "\(counts[.warning] ?? 0)", (counts[.warning] ?? 0) > 0 ? "warn" : ""))
        figures.append(("notes (info)", "\(counts[.info] ?? 0)", ""))
        for (label, value, kind) in figures {
            out += "<div class=\"" + (kind.isEmpty ? "figure" : "figure " + kind) + "\"><dt>\(label)</dt><dd>\(e(value))</dd></div>\n"
        }
        out += "</dl>\n<div class=\"columns\">\n<div>\n<h3>Charter</h3>\n"
        if organisation.charter.isEmpty {
            out += "<p class=\"muted\">The model states no charter.</p>\n"
        } else {
            out += "<ul class=\"charter\">\n"
            for promise in organisation.charter { out += "<li>\(e(promise))</li>\n" }
            out += "</ul>\n"
        }
        out += "</div>\n<div>\n<h3>Champions</h3>\n"
        let withChampions = organisation.teams.filter { !$0.champions.isEmpty }
        if withChampions.isEmpty {
            out += "<p class=\"muted\">The model names no champions.</p>\n"
        } else {
            out += "<ul class=\"champions\">\n"
            for team in withChampions {
                out += "<li>\(e(team.champions.joined(separator: ", "))) <span class=\"muted\">in</span> "
                out += teamButton(team) + "</li>\n"
            }
            out += "</ul>\n"
        }
        out += "</div>\n</div>\n</section>\n"
        return out
    }

    static func teamButton(_ team: Team) -> String {
        "<button type=\"button\" class=\"team-link\" data-team=\"\(HTMLEscaping.attribute(team.id))\">\(e(team.name))</button>"
    }

    static func diagram(svg: String, summarised: Bool, teamCount: Int, viewBox: String?, teams: [Team]) -> String {
        var out = "<section id=\"diagram-section\" class=\"diagram-page\" aria-labelledby=\"diagram-h\">\n"
        out += "<h2 id=\"diagram-h\">The inverted pyramid</h2>\n"
        if summarised {
            out += "<p class=\"note\">\(teamCount) teams are too many for one readable picture: the overview shows one box per department "
            out += "with its teams, headcount and findings, and one link per pair of departments. Each department has a section below; "
            out += "find or select a team to see its chains to the customer under the overview.</p>\n"
        }
        out += "<p class=\"hint screen-only\">Customers on top, the front line below them, support below that, leaders at the base. "
        out += "Select a team (click, or Tab and Enter) to highlight its chains to the customer; drag to pan, use the wheel or the buttons to zoom.</p>\n"
        out += "<div class=\"toolbar screen-only\" role=\"toolbar\" aria-label=\"Diagram\">\n"
        out += "<label for=\"team-search\">Find a team</label> "
        out += "<input id=\"team-search\" type=\"search\" list=\"team-names\" placeholder=\"name or id\" autocomplete=\"off\">\n"
        out += "<datalist id=\"team-names\">"
        for team in teams { out += "<option value=\"\(HTMLEscaping.attribute(team.name))\"></option>" }
        out += "</datalist>\n"
        out += "<button type=\"button\" id=\"zoom-in\" aria-label=\"Zoom in\">+</button>"
        out += "<button type=\"button\" id=\"zoom-out\" aria-label=\"Zoom out\">&#8722;</button>"
        out += "<button type=\"button\" id=\"zoom-reset\">Whole picture</button>"
        out += "<button type=\"button\" id=\"clear-highlight\">Clear selection</button>\n"
        out += "<span id=\"diagram-status\" role=\"status\" aria-live=\"polite\"></span>\n</div>\n"
        // The frame takes the picture's proportions, so a wide diagram is not letterboxed.
        let numbers = (viewBox ?? "").split(separator: " ").compactMap { Double($0) }
        let ratio = numbers.count == 4 && numbers[3] > 0 ? "aspect-ratio: \(Int(numbers[2].rounded())) / \(Int(numbers[3].rounded()))" : "height: 72vh"
        out += "<div class=\"viewport\" id=\"viewport\" style=\"\(ratio)\" tabindex=\"0\" aria-label=\"Diagram: arrow keys pan, + and - zoom\">\n"
        out += svg
        out += "\n</div>\n"
        out += "<aside id=\"explain\" class=\"explain screen-only\" aria-live=\"polite\"><p class=\"muted\">Select a team to see its chains to the customer here.</p></aside>\n"
        out += "</section>\n"
        return out
    }

    /// One section per department (teams without one under "No department"),
    /// for organisations whose overview is a summary: the department's
    /// figures, its diagram (its teams and their one-link neighbours, ids
    /// prefixed with `department-N-`) and its teams, each a click away from
    /// its chains.
    static func departments(_ analysis: Analysis) throws(RenderError) -> String {
        var order: [String] = []
        var members: [String: [Int]] = [:]
        for (t, team) in analysis.organisation.teams.enumerated() {
            let key = team.department ?? ""
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(t)
        }
        var findingCount: [String: Int] = [:]
        for finding in analysis.findings { if let team = finding.team { findingCount[team, default: 0] += 1 } }
        var out = "<section id=\"departments\" aria-labelledby=\"departments-h\">\n<h2 id=\"departments-h\">Departments</h2>\n"
        for (d, key) in order.enumerated() {
            let teams = members[key] ?? []
            let headcount = teams.reduce(0) { $0 + (analysis.organisation.teams[$1].headcount ?? 0) }
            let findings = teams.reduce(0) { $0 + (findingCount[analysis.organisation.teams[$1].id] ?? 0) }
            let cutOff = teams.count { analysis.teams[$0].distance == nil }
            out += "<section class=\"department\" id=\"department-section-\(d + 1)\">\n"
            out += "<h3>\(key.isEmpty ? "No department" : e(key))</h3>\n"
            out += "<p class=\"muted\">\(teams.count) team\(teams.count == 1 ? "" : "s"), headcount \(headcount), "
            out += "\(findings) finding\(findings == 1 ? "" : "s"), \(cutOff) cut off from the customer.</p>\n"
            out += try departmentDiagram(analysis, department: key, number: d + 1)
            out += "<ul class=\"department-teams\">"
            for t in teams {
                let team = analysis.organisation.teams[t]
                let cut = analysis.teams[t].distance == nil ? " <span class=\"bad\">cut off</span>" : ""
                out += "<li>" + teamButton(team) + cut + "</li>"
            }
            out += "</ul>\n</section>\n"
        }
        return out + "</section>\n"
    }

    /// The diagram of one department, embedded like the overview but with
    /// every id prefixed by `department-N-`.
    static func departmentDiagram(_ analysis: Analysis, department: String, number: Int) throws(RenderError) -> String {
        let options = DiagramOptions(legend: false, title: false, svgFragment: true, focusDepartment: department)
        let fragment = String(decoding: try PyramidRenderer.render(analysis, options: options, format: .svg), as: UTF8.self)
        let id = "department-\(number)"
        let name = department.isEmpty ? "No department" : department
        let description = "The teams of \(name), with the customers and teams they serve and the leaders they report to. "
            + "Select a team to see its chains to the customer."
        let svg = DiagramEmbedding.embed(DiagramEmbedding.prefixingIDs(fragment, with: id + "-"), id: id, title: "\(name) of \(analysis.organisation.name)",
                                         description: description, classes: "diagram department-diagram")
            ?? DiagramEmbedding.prefixingIDs(fragment, with: id + "-")
        let numbers = (DiagramEmbedding.attribute("viewBox", in: Substring(svg.prefix(400))) ?? "").split(separator: " ").compactMap { Double($0) }
        let ratio = numbers.count == 4 && numbers[3] > 0 ? " style=\"aspect-ratio: \(Int(numbers[2].rounded())) / \(Int(numbers[3].rounded()))\"" : ""
        return "<div class=\"department-view\"\(ratio)>\n" + svg + "\n</div>\n"
    }

    static func shape(_ stats: OrganisationStats) -> String {
        var out = "<section id=\"shape\" aria-labelledby=\"shape-h\">\n<h2 id=\"shape-h\">Shape of the pyramid</h2>\n"
        out += "<p>Teams by customer distance: the front line serves end customers directly, distance 2 serves the front line, and so on. "
        out += "A healthy inverted pyramid is widest at the front line; bar width is the number of people on each layer (teams when the model gives no headcounts). Orientation is the share of <em>serves</em> links that face the customer.</p>\n"
        out += ShapeChart.svg(stats) + "\n"
        out += "<p class=\"muted\">Teams per tier: " + stats.teamsPerTier.map { "\($0.tier.rawValue) \($0.teams)" }.joined(separator: ", ")
        if let longest = stats.longestChain {
            out += ". Longest chain: \(longest.links) link\(longest.links == 1 ? "" : "s") (from \(e(longest.team)))"
        }
        out += ".</p>\n</section>\n"
        return out
    }

    static func findings(_ findings: [Finding], analysis: Analysis) -> String {
        let teamsByID = Dictionary(analysis.organisation.teams.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var out = "<section id=\"findings\" aria-labelledby=\"findings-h\">\n<h2 id=\"findings-h\">Findings</h2>\n"
        if findings.isEmpty {
            out += "<p>No findings: every team reaches the customer over intact links.</p>\n"
        } else {
            out += "<p>Select a finding to show its team or link in the diagram.</p>\n"
        }
        if !analysis.suppressed.isEmpty {
            out += "<p class=\"muted\">\(analysis.suppressed.count) further finding\(analysis.suppressed.count == 1 ? " is" : "s are") accepted by the model's <code>ignore</code> entries and not listed.</p>\n"
        }
        var index = 0
        var start = 0
        while start < findings.count {
            let code = findings[start].code
            var end = start
            while end < findings.count, findings[end].code == code { end += 1 }
            let severity = code.severity.rawValue
            out += "<section class=\"finding-group \(severity)\" id=\"code-\(code.rawValue)\">\n"
            out += "<h3><span class=\"badge \(severity)\">\(severity)</span> \(code.rawValue) <span class=\"count\">(\(end - start))</span></h3>\n"
            out += "<p class=\"why\">\(e(code.explanation))</p>\n<p class=\"fix\"><strong>Fix:</strong> \(e(code.fix))</p>\n<ol>\n"
            for finding in findings[start..<end] {
                out += "<li><button type=\"button\" class=\"finding\" data-finding=\"\(index)\">\(e(finding.message))</button>"
                out += "<div class=\"meta\">"
                if let id = finding.team, let team = teamsByID[id] {
                    out += "<span class=\"muted\">Chains of</span> " + teamButton(team) + " <span class=\"muted\">&#183;</span> "
                }
                out += "<span class=\"where\">\(e(finding.location.description))</span></div></li>\n"
                index += 1
            }
            out += "</ol>\n</section>\n"
            start = end
        }
        return out + "</section>\n"
    }

    static func teams(_ analysis: Analysis) -> String {
        var out = "<section id=\"teams\" aria-labelledby=\"teams-h\">\n<h2 id=\"teams-h\">Teams</h2>\n"
        out += "<p class=\"screen-only muted\">Select a column heading to sort; select a team to highlight its chains.</p>\n"
        out += "<table class=\"teams\">\n<thead><tr>"
        let columns: [(String, String)] = [("Team", "text"), ("Tier", "tier"), ("Department", "text"), ("Headcount", "number"), ("Distance", "number"), ("Findings", "number")]
        for (i, column) in columns.enumerated() {
            out += "<th scope=\"col\" aria-sort=\"none\"><button type=\"button\" class=\"sort\" data-column=\"\(i)\" data-type=\"\(column.1)\">\(column.0)</button></th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        let tierRank: [Tier: Int] = [.frontLine: 0, .support: 1, .leadership: 2]
        var findingCount: [String: Int] = [:]
        for finding in analysis.findings { if let team = finding.team { findingCount[team, default: 0] += 1 } }
        for (t, team) in analysis.organisation.teams.enumerated() {
            let info = analysis.teams[t]
            let distance = info.distance.map(String.init) ?? ""
            let shownDistance = info.distance.map(String.init) ?? "cut off"
            let codes = info.findingCodes.map(\.rawValue).joined(separator: ", ")
            out += "<tr data-team-row=\"\(HTMLEscaping.attribute(team.id))\">"
            out += "<td data-sort=\"\(HTMLEscaping.attribute(team.name))\">\(teamButton(team))</td>"
            out += "<td data-sort=\"\(tierRank[info.tier] ?? 3)\">\(info.tier.rawValue)</td>"
            out += "<td data-sort=\"\(HTMLEscaping.attribute(team.department ?? ""))\">\(e(team.department ?? ""))</td>"
            out += "<td class=\"num\" data-sort=\"\(team.headcount.map(String.init) ?? "")\">\(team.headcount.map(String.init) ?? "")</td>"
            out += "<td class=\"\(info.distance == nil ? "num bad" : "num")\" data-sort=\"\(distance)\">\(shownDistance)</td>"
            let count = findingCount[team.id] ?? 0
            out += "<td class=\"num\" data-sort=\"\(count)\" title=\"\(HTMLEscaping.attribute(codes))\">\(count)</td>"
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n</section>\n"
        return out
    }
}
