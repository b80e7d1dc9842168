// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "InvertedPyramid",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "OrgGraph", targets: ["OrgGraph"]),
        .library(name: "PyramidDiagram", targets: ["PyramidDiagram"]),
        .library(name: "PyramidImport", targets: ["PyramidImport"]),
        .library(name: "PyramidReport", targets: ["PyramidReport"]),
        .executable(name: "pyramid", targets: ["pyramid"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        // The model, loading, validation and analysis. Its only C is libyaml's
        // event API (Loading/Events/LibYAMLCalls.swift).
        .target(
            name: "OrgGraph",
            dependencies: [
                "CYAML",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // libyaml's event parser, found through pkg-config. Only OrgGraph imports it.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // Graphviz's C library (libgvc + libcgraph), found through pkg-config.
        // Only PyramidDiagram imports it.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // Turns an analysed organisation into a Graphviz graph and renders it in-process.
        .target(
            name: "PyramidDiagram",
            dependencies: ["OrgGraph", "CGraphviz"]
        ),
        // Turns an HR export (CSV) into a model. Keeps OrgGraph free of CSV.
        .target(
            name: "PyramidImport",
            dependencies: [
                "OrgGraph",
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // The self-contained HTML report: diagram, shape, findings, teams.
        .target(
            name: "PyramidReport",
            dependencies: ["OrgGraph", "PyramidDiagram"]
        ),
        .executableTarget(
            name: "pyramid",
            dependencies: [
                "OrgGraph",
                "PyramidDiagram",
                "PyramidImport",
                "PyramidReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Times load, analysis, check and render on seeded random organisations,
        // and writes them as YAML/JSON: swift run -c release pyramid-benchmark --help
        .executableTarget(
            name: "pyramid-benchmark",
            dependencies: [
                "OrgGraph",
                "PyramidDiagram",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "OrgGraphTests",
            dependencies: ["OrgGraph"],
            // The schema test runs this script with python3, from the source tree.
            exclude: ["Schema/validate_models.py"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "PyramidImportTests",
            dependencies: ["PyramidImport", "OrgGraph"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "PyramidDiagramTests",
            dependencies: ["PyramidDiagram", "OrgGraph"],
            // Golden DOT files are read and re-recorded through #filePath.
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "PyramidReportTests",
            dependencies: ["PyramidReport", "PyramidDiagram", "OrgGraph"],
            // The browser script is run from the source tree (through #filePath).
            exclude: ["Browser"]
        ),
        .testTarget(
            name: "PyramidCLITests",
            dependencies: ["pyramid"],
            // Read from the source tree (through #filePath) so golden files can be re-recorded.
            exclude: ["Golden", "Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("MemberImportVisibility"),
        .enableUpcomingFeature("InternalImportsByDefault"),
    ]
}
