import Foundation
import OrgGraph
import Testing
@testable import PyramidDiagram

@Suite struct OutputTests {
    @Test func twoNodesRenderToSVGInProcess() throws {
        let analysis = try TestModels.analysis(TestModels.twoNodes)
        let svg = String(decoding: try PyramidRenderer.render(analysis, format: .svg), as: UTF8.self)
        #expect(svg.hasPrefix("<?xml"))
        #expect(svg.contains("viewBox=\""))
        let reader = SVGReader(svg)
        #expect(reader.group("team-shop") != nil)
        #expect(reader.group("customer-buyers") != nil)
        #expect(reader.group("link-shop-buyers") != nil)
    }

    @Test(arguments: OutputFormat.allCases)
    func sameModelGivesIdenticalBytes(format: OutputFormat) throws {
        let analysis = try TestModels.analysis(TestModels.clinic)
        let options = DiagramOptions(detail: true, date: "2026-11-23", grouping: .department)
        let first = try PyramidRenderer.render(analysis, options: options, format: format)
        let second = try PyramidRenderer.render(try TestModels.analysis(TestModels.clinic), options: options, format: format)
        #expect(!first.isEmpty)
        #expect(first == second)
    }

    @Test func pngAndPDFStartWithTheirMagicBytes() throws {
        let analysis = try TestModels.analysis(TestModels.clinic)
        let png = try PyramidRenderer.render(analysis, format: .png)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let pdf = try PyramidRenderer.render(analysis, format: .pdf)
        #expect(Array(pdf.prefix(5)) == Array("%PDF-".utf8))
        // cairo's creation time is replaced by a fixed date of the same length.
        #expect(pdf.firstRange(of: Array("/CreationDate (D:19700101000000Z)".utf8)) != nil)
    }

    @Test func dotOutputIsExactlyTheTextThatIsLaidOut() throws {
        let analysis = try TestModels.analysis(TestModels.clinic)
        let rendered = try PyramidRenderer.renderDiagram(analysis, format: .svg)
        let dot = try PyramidRenderer.render(analysis, format: .dot)
        #expect(String(decoding: dot, as: UTF8.self) == rendered.dot)
        #expect(rendered.dot == (try PyramidRenderer.dot(analysis)))
    }

    @Test func svgHasNoTimestampOrPath() throws {
        let analysis = try TestModels.analysis(TestModels.clinic, file: "/tmp/secret/location/clinic.yaml")
        let svg = String(decoding: try PyramidRenderer.render(analysis, format: .svg), as: UTF8.self)
        #expect(!svg.contains("/tmp/secret"))
        #expect(!svg.contains("2026"))
    }

    @Test func svgFragmentIsJustTheSVGElement() throws {
        let analysis = try TestModels.analysis(TestModels.clinic)
        let fragment = String(decoding: try PyramidRenderer.render(analysis, options: DiagramOptions(svgFragment: true), format: .svg), as: UTF8.self)
        #expect(fragment.hasPrefix("<svg "))
        #expect(fragment.hasSuffix("</svg>\n"))
        #expect(!fragment.contains("<?xml"))
        #expect(!fragment.contains("<!DOCTYPE"))
        #expect(!fragment.contains("<!--"))
        let full = String(decoding: try PyramidRenderer.render(analysis, format: .svg), as: UTF8.self)
        #expect(SVGReader(fragment).groups.map(\.id) == SVGReader(full).groups.map(\.id))
    }

    @Test(arguments: [
        ("a.svg", OutputFormat.svg), ("dir.v2/A.PNG", .png), ("x.pdf", .pdf), ("x.dot", .dot), ("x.gv", .dot),
    ])
    func formatFollowsTheExtension(path: String, format: OutputFormat) {
        #expect(OutputFormat(fileExtensionOf: path) == format)
    }

    @Test(arguments: ["a.txt", "noextension", "dir.svg/file", "a."])
    func unknownExtensionsHaveNoFormat(path: String) {
        #expect(OutputFormat(fileExtensionOf: path) == nil)
    }
}

@Suite struct InstallationTests {
    @Test func theLinkedGraphvizHasWhatTheDiagramsNeed() throws {
        let installation = try GraphvizInstallation.current()
        #expect(installation.version.first?.isNumber == true)
        #expect(installation.hasDotLayout)
        for format in OutputFormat.allCases {
            #expect(installation.supports(format), "\(format)")
        }
    }

    @Test func aMissingPluginGivesAdviceInsteadOfFormatNotRecognized() {
        let bare = GraphvizInstallation(version: "2.43.0", layoutEngines: ["dot"], outputFormats: ["svg"])
        #expect(bare.supports(.svg))
        #expect(bare.supports(.dot), "DOT output needs no plugin")
        #expect(!bare.supports(.png))
        #expect(bare.advice(for: .png)?.contains("cairo") == true)
        #expect(throws: RenderError.missingPlugin(format: .pdf, advice: OutputFormat.pdf.installAdvice)) {
            try bare.check(.pdf)
        }
        let noLayout = GraphvizInstallation(version: "2.43.0", layoutEngines: [], outputFormats: ["svg"])
        #expect(throws: RenderError.missingLayoutEngine(advice: GraphvizInstallation.layoutAdvice)) {
            try noLayout.check(.svg)
        }
        #expect(throws: Never.self) { try noLayout.check(.dot) }
    }
}

@Suite struct DeterminismTests {
    /// cgraph's default ID discipline ordered clusters by heap address, so a
    /// render after other renders could lay clusters out differently. The
    /// creation-order discipline must make every render of the same text equal.
    @Test func clusterOrderDoesNotDependOnEarlierRenders() throws {
        // Eight departments, so a heap-dependent order would rarely come out the same twice.
        var yaml = "organisation: Many departments\ncustomers:\n  - id: c\nteams:\n"
        for index in 0..<8 {
            yaml += "  - id: t\(index)\n    department: D\(index)\n    serves: [\(index == 0 ? "c" : "t\(index - 1)")]\n"
        }
        let analysis = try TestModels.analysis(yaml)
        let options = DiagramOptions(grouping: .department)
        let first = try PyramidRenderer.render(analysis, options: options, format: .svg)
        for round in 0..<6 {
            // Churn Graphviz's heap with other graphs between renders.
            for other in [TestModels.twoNodes, TestModels.hostile, TestModels.clinic].prefix(round % 3 + 1) {
                _ = try PyramidRenderer.render(try TestModels.analysis(other), options: DiagramOptions(detail: true, grouping: .department), format: .svg)
            }
            let again = try PyramidRenderer.render(analysis, options: options, format: .svg)
            #expect(first == again, "round \(round)")
        }
        let clusters = SVGReader(String(decoding: first, as: UTF8.self)).groups.filter { $0.classes.first == "cluster" }.map(\.id)
        // Creation order, which is name order.
        #expect(clusters == (0..<8).map { "department-D\($0)" })
    }

    @Test func goldenMismatchesPrintAReadableDiff() {
        let diff = UnifiedDiff.make(expected: "a\nb\nc\nd\ne\nf", actual: "a\nB\nc\nd\ne\nf")
        #expect(diff == """
        --- expected
        +++ actual
         a
        -b
        +B
         c
         d
        """)
    }
}
