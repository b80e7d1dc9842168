import Foundation
import OrgGraph
@testable import PyramidDiagram
import Testing

/// Draws the Mermaid flowchart of every example, the test clinic and the
/// hostile names with the real Mermaid library in headless Chromium (one
/// browser launch, one page for all), and checks that each parses, that
/// every customer and team appears with its exact name and its finding
/// classes, that the layers are stacked as the inverted pyramid, and that no user text
/// became markup. Needs Debian's `chromium` and the `mermaid.js` that the
/// PyPI package `mermaidx` ships (or `MERMAID_JS=/path/to/mermaid.min.js`);
/// `.ci/run` installs both.
@Suite struct MermaidBrowserTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test(.enabled(if: MermaidBrowser.missing == nil, Comment(rawValue: MermaidBrowser.missing ?? "")))
    func mermaidDrawsEveryTeamOfEveryExample() throws {
        var analyses: [(String, Analysis)] = []
        let folder = Self.repository.appendingPathComponent("org-models")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        where name.hasSuffix(".yaml") || name.hasSuffix(".json") {
            analyses.append((name, Analysis(try ModelLoader.load(contentsOf: folder.appendingPathComponent(name).path).organisation)))
        }
        #expect(analyses.count >= 6)
        analyses.append(("clinic", try TestModels.analysis(TestModels.clinic)))
        analyses.append(("hostile", MermaidTests.hostileAnalysis()))
        let texts = try analyses.map { try MermaidFlowchart.text($0.1, options: MermaidOptions(detail: $0.0 == "hostile")) }

        let drawn = try MermaidBrowser.draw(texts)
        try #require(drawn.count == analyses.count)
        for ((name, analysis), diagram) in zip(analyses, drawn) {
            #expect(diagram.error == nil, "\(name): Mermaid: \(diagram.error ?? "")")
            let nodes = Dictionary(diagram.nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let organisation = analysis.organisation
            #expect(nodes.count == organisation.customers.count + organisation.teams.count, "\(name)")
            for (position, customer) in organisation.customers.enumerated() {
                #expect(nodes["c\(position + 1)"].map { Self.spaced($0.text) } == Self.spaced(customer.name), "\(name): customer \(customer.id)")
            }
            for (position, team) in organisation.teams.enumerated() {
                let node = nodes["t\(position + 1)"]
                let headcount = team.headcount.map { "\($0) " + ($0 == 1 ? "person" : "people") } ?? ""
                #expect(node.map { Self.spaced($0.text) } == Self.spaced(team.name + headcount), "\(name): team \(team.id)")
                for code in analysis.teams[position].findingCodes {
                    #expect(node?.classes.contains("finding-" + code.rawValue) == true, "\(name): \(team.id) lacks \(code.rawValue)")
                }
            }
            // The inverted pyramid: each layer wholly below the one above it
            // (end customers, front line, support, leadership).
            var layers: [[Double]] = [organisation.customers.indices.compactMap { nodes["c\($0 + 1)"]?.y }, [], [], []]
            for (position, team) in analysis.teams.enumerated() {
                guard let y = nodes["t\(position + 1)"]?.y else { continue }
                switch team.tier {
                case .frontLine: layers[1].append(y)
                case .support: layers[2].append(y)
                case .leadership: layers[3].append(y)
                }
            }
            let stacked = layers.filter { !$0.isEmpty }
            for (upper, lower) in zip(stacked, stacked.dropFirst()) {
                #expect((upper.max() ?? 0) < (lower.min() ?? 0), "\(name): layers overlap: \(layers)")
            }
            #expect(diagram.markup == 0, "\(name): user text became markup")
        }
    }

    /// Whitespace collapsed: HTML shows runs of spaces and newlines as one space.
    static func spaced(_ text: String) -> String {
        MermaidTests.withoutJoiners(text).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// Headless Chromium with Mermaid, found on this machine.
enum MermaidBrowser {
    struct Node: Decodable {
        var id: String
        var text: String
        var classes: [String]
        /// The vertical centre on the page; larger is lower.
        var y: Double
    }

    struct Diagram: Decodable {
        var error: String?
        var nodes: [Node]
        /// Elements that only user text could have made: script, img, iframe, on* handlers.
        var markup: Int
    }

    static let chromium: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            for folder in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }()

    /// `MERMAID_JS`, else the copy in the `mermaidx` Python package.
    static let script: String? = {
        if let path = ProcessInfo.processInfo.environment["MERMAID_JS"], FileManager.default.fileExists(atPath: path) { return path }
        let locate = "import importlib.util as u; s = u.find_spec('mermaidx'); print(s.submodule_search_locations[0] if s else '')"
        guard let output = try? run("/usr/bin/env", ["python3", "-c", locate], timeout: 60) else { return nil }
        let folder = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let path = folder + "/assets/mermaid.js"
        return !folder.isEmpty && FileManager.default.fileExists(atPath: path) ? path : nil
    }()

    /// Why the browser test cannot run here, or `nil`.
    static let missing: String? = {
        var reasons: [String] = []
        if chromium == nil { reasons.append("no chromium on PATH (apt-get install chromium)") }
        if script == nil { reasons.append("no mermaid.js (pip install mermaidx, or set MERMAID_JS)") }
        return reasons.isEmpty ? nil : reasons.joined(separator: "; ")
    }()

    /// Draws every text on one page in one browser run.
    static func draw(_ texts: [String]) throws -> [Diagram] {
        let chromium = try #require(chromium)
        let script = try #require(script)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mermaid-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("page.html")
        try Data(html(texts, script: URL(fileURLWithPath: script).absoluteString).utf8).write(to: page)
        let dom = try run(chromium, [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--allow-file-access-from-files",
            "--user-data-dir=" + folder.appendingPathComponent("profile").path,
            "--virtual-time-budget=60000", "--dump-dom", page.absoluteString,
        ], timeout: 180)
        let text = String(decoding: dom, as: UTF8.self)
        let match = try #require(text.firstMatch(of: #/<pre id="result">([A-Za-z0-9+\/=]*)<\/pre>/#), "the page did not finish: \(text.prefix(2000))")
        let json = try #require(Data(base64Encoded: String(match.output.1)))
        return try JSONDecoder().decode([Diagram].self, from: json)
    }

    /// A page that renders each diagram in turn and writes what it drew as
    /// base64 JSON into `<pre id="result">`.
    static func html(_ texts: [String], script: String) throws -> String {
        let sources = String(decoding: try JSONEncoder().encode(texts), as: UTF8.self)
            .replacingOccurrences(of: "<", with: "\\u003c")
        return """
        <!doctype html>
        <html><head><meta charset="utf-8"><script src="\(script)"></script></head>
        <body><div id="diagrams"></div><pre id="result"></pre>
        <script>
        const sources = \(sources);
        mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });
        (async () => {
          const results = [];
          for (let i = 0; i < sources.length; i++) {
            const holder = document.createElement("div");
            document.getElementById("diagrams").appendChild(holder);
            try {
              const { svg } = await mermaid.render("d" + i, sources[i]);
              holder.innerHTML = svg;
              const nodes = [...holder.querySelectorAll("g.node")].map(node => {
                const match = /flowchart-([ct][0-9]+)-[0-9]+$/.exec(node.id);
                const box = node.getBoundingClientRect();
                return { id: match ? match[1] : node.id, text: node.textContent,
                         classes: [...node.classList], y: box.top + box.height / 2 };
              });
              const markup = holder.querySelectorAll("script, img, iframe, [onerror], [onload], [onclick]").length;
              results.push({ error: null, nodes, markup });
            } catch (error) {
              results.push({ error: String(error && error.message || error), nodes: [], markup: 0 });
            }
          }
          const bytes = new TextEncoder().encode(JSON.stringify(results));
          document.getElementById("result").textContent = btoa(Array.from(bytes, b => String.fromCharCode(b)).join(""));
        })();
        </script></body></html>
        """
    }

    /// Runs a program and returns its standard output; kills it after `timeout` seconds.
    static func run(_ executable: String, _ arguments: [String], timeout: Double) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        return data
    }
}
