// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableExperimentalFeature("StrictConcurrency=complete"),
]

let package = Package(
    name: "confidant",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "confidant", targets: ["confidant"]),
        .library(name: "ConfidantCore", targets: ["ConfidantCore"]),
        .library(name: "ConfidantStore", targets: ["ConfidantStore"]),
        .library(name: "ConfidantSQLite", targets: ["ConfidantSQLite"]),
        .library(name: "ConfidantPostgres", targets: ["ConfidantPostgres"]),
        .library(name: "ConfidantHTTP", targets: ["ConfidantHTTP"]),
        .library(name: "TransparencyLog", targets: ["TransparencyLog"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-configuration.git", from: "1.4.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/adam-fowler/compress-nio.git", from: "1.5.0"),
    ],
    targets: [
        // Pure domain: values, validation, errors. Foundation only.
        .target(name: "ConfidantCore", swiftSettings: swiftSettings),
        // RFC 9162 Merkle tree, C2SP signed notes, checkpoints, tiles and receipts; the sequencer.
        .target(
            name: "TransparencyLog",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        // Registry file formats (CSV, FHIR R4 Bundle): parse, validate, write.
        .target(
            name: "ConfidantRegistryIO",
            dependencies: ["ConfidantCore", "ConfidantStore", "ConfidantTrace"],
            swiftSettings: swiftSettings
        ),
        // The deterministic synthetic registry shared by `seed` and the tests.
        .target(
            name: "ConfidantSynthetic", dependencies: ["ConfidantCore", "ConfidantStore"], swiftSettings: swiftSettings),
        // Storage protocols and StoreError; no driver imports.
        .target(
            name: "ConfidantStore", dependencies: ["ConfidantCore", "ConfidantTrace", "TransparencyLog"],
            swiftSettings: swiftSettings),
        // Matching: normalisation, phonetics, similarity, blocking, the match model, evaluation. No I/O.
        .target(name: "ConfidantTrace", dependencies: ["ConfidantCore"], swiftSettings: swiftSettings),
        // The one C function: SQLite's process-wide settings (`sqlite3_config` is variadic).
        .target(name: "CSQLiteSetup", linkerSettings: [.linkedLibrary("sqlite3")]),
        .target(
            name: "ConfidantSQLite",
            dependencies: [
                "ConfidantStore", "ConfidantTrace", "TransparencyLog", "CSQLiteSetup",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ConfidantPostgres",
            dependencies: [
                "ConfidantStore", "ConfidantTrace", "TransparencyLog",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        // The disclosure process: authentication, trace, policy, the lifecycle's events in the log.
        .target(
            name: "ConfidantGateway",
            dependencies: [
                "ConfidantCore", "ConfidantStore", "ConfidantTrace", "TransparencyLog",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ConfidantHTTP",
            dependencies: [
                "ConfidantStore", "ConfidantGateway", "ConfidantRegistryIO", "TransparencyLog",
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        // The store conformance suite and fixtures, run against every adapter.
        .target(
            name: "ConfidantTesting",
            dependencies: [
                "ConfidantStore", "ConfidantSynthetic", "ConfidantRegistryIO", "ConfidantGateway", "ConfidantTrace",
                "TransparencyLog", "ConfidantPostgres", .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "confidant",
            dependencies: [
                "ConfidantCore", "ConfidantRegistryIO", "ConfidantSynthetic", "ConfidantStore",
                "ConfidantSQLite", "ConfidantPostgres", "ConfidantHTTP", "ConfidantTrace", "TransparencyLog",
                "ConfidantGateway",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ConfidantCoreTests",
            dependencies: ["ConfidantCore", .product(name: "PropertyBased", package: "swift-property-based")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ConfidantTraceTests",
            dependencies: [
                "ConfidantTrace", "ConfidantSynthetic",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TransparencyLogTests",
            dependencies: ["TransparencyLog", .product(name: "Crypto", package: "swift-crypto")],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ConfidantRegistryIOTests",
            dependencies: [
                "ConfidantRegistryIO", "ConfidantSynthetic", "ConfidantSQLite", "ConfidantPostgres", "ConfidantTesting",
                "ConfidantStore", "TransparencyLog", "ConfidantHTTP", .product(name: "Logging", package: "swift-log"),
                .product(name: "PropertyBased", package: "swift-property-based"),
                // `log verify` is tested against a live server whose database a test tampers with.
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ConfidantSyntheticTests",
            dependencies: ["ConfidantSynthetic", .product(name: "PropertyBased", package: "swift-property-based")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ConfidantStoreTests",
            dependencies: [
                "ConfidantTesting", "ConfidantSQLite", "ConfidantPostgres", "ConfidantSynthetic", "ConfidantTrace",
                "TransparencyLog", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ConfidantHTTPTests",
            dependencies: [
                "ConfidantHTTP", "ConfidantSQLite", "ConfidantPostgres", "ConfidantTesting", "ConfidantSynthetic",
                "ConfidantTrace", "ConfidantGateway", "TransparencyLog",
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
