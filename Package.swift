// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Raadsdashboard",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "raadsdashboard", targets: ["raadsdashboard"]),
        .library(name: "RaadsMetrics", targets: ["RaadsMetrics"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // ncurses, the one system library. Imported by NcursesBackend alone.
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        // The CSV reader's sixteen-byte scans (SSE2, or a plain loop elsewhere), inlined into
        // RaadsMetrics from the header, and a large data file's guarded mapping (issue 9).
        .target(name: "CScan"),
        // Loading, validation and the seven parameters. No terminal dependency. The default
        // dataset is embedded in the binary: `DefaultDataset` is a symlink to sample-data/zoetermeer.
        .target(name: "RaadsMetrics", dependencies: ["CScan"], resources: [.embedInCode("DefaultDataset")]),
        // Dutch/English wording, number formatting, text summary, dashboards, questions, export.
        // The built-in dashboards are embedded: `BuiltInDashboards` is a symlink to dashboards/.
        .target(name: "RaadsPresentation", dependencies: ["RaadsMetrics"], resources: [.embedInCode("BuiltInDashboards")]),
        // Pure terminal UI: view state, update(state, event), rendering into a cell buffer.
        .target(name: "RaadsTUI", dependencies: ["RaadsMetrics", "RaadsPresentation"]),
        // The griffie's archive of snapshots (issue 12): SQLite through GRDB, and the comparison.
        .target(
            name: "RaadsArchive",
            dependencies: ["RaadsMetrics", "RaadsPresentation", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Draws the cell buffer with ncurses and turns ncurses input into events.
        .target(name: "NcursesBackend", dependencies: ["CNcurses", "RaadsTUI"]),
        .executableTarget(
            name: "raadsdashboard",
            dependencies: [
                "RaadsMetrics", "RaadsPresentation", "RaadsTUI", "NcursesBackend", "RaadsArchive",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Times the dashboard's first frame and a year change in-process (Scripts/benchmark).
        .executableTarget(name: "raads-bench", dependencies: ["RaadsMetrics", "RaadsPresentation", "RaadsTUI"]),
        // What the test targets share: the repository's paths and the golden-file comparison.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "RaadsMetricsTests", dependencies: ["RaadsMetrics", "CScan", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "RaadsPresentationTests", dependencies: ["RaadsPresentation", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "RaadsTUITests", dependencies: ["RaadsTUI", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "RaadsArchiveTests", dependencies: ["RaadsArchive", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "EndToEndTests", dependencies: ["raadsdashboard"]),
        // Replays the fuzz reproducers (Fuzz/regressions) through the fuzz targets' code path
        // (Fuzz/Harness). The libFuzzer entry points in Fuzz/Targets are built by Scripts/fuzz only.
        .testTarget(
            name: "FuzzRegressionTests",
            dependencies: ["RaadsMetrics", "RaadsPresentation", "RaadsTUI"],
            path: "Fuzz",
            exclude: ["Targets", "corpus", "regressions", "raads.dict"],
            sources: ["Harness", "Tests"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
