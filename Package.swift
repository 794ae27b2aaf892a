// swift-tools-version: 6.2
import PackageDescription

/// Our own targets build in Swift 6 language mode with every warning an error.
let strict: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "newsd",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "NewsCore", targets: ["NewsCore"]),
        .library(name: "NewsExtract", targets: ["NewsExtract"]),
        .library(name: "NewsLog", targets: ["NewsLog"]),
        .library(name: "NewsIPC", targets: ["NewsIPC"]),
        .library(name: "NewsSystemd", targets: ["NewsSystemd"]),
        .library(name: "NewsDaemon", targets: ["NewsDaemon"]),
        .executable(name: "newsd", targets: ["newsd"]),
        .executable(name: "newsctl", targets: ["newsctl"]),
        .executable(name: "newsbench", targets: ["newsbench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-system.git", from: "1.8.1"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-protobuf.git", from: "1.39.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CSystemd",
            pkgConfig: "libsystemd",
            providers: [.apt(["libsystemd-dev"])]
        ),
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(
            name: "NewsCore",
            dependencies: [
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
                // SHA-256 for article ids and digests: pure computation, no I/O.
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            exclude: ["Events/Schema/events.proto", "MODEL.md"],
            swiftSettings: strict
        ),
        .target(
            name: "NewsExtract",
            dependencies: ["NewsCore"],
            exclude: ["EXTRACTION.md"],
            swiftSettings: strict
        ),
        .target(
            name: "NewsLog",
            dependencies: [
                "NewsCore",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["FORMAT.md"],
            swiftSettings: strict
        ),
        .target(
            name: "NewsSystemd",
            dependencies: [
                "CSystemd",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "NewsIPC",
            dependencies: [
                "NewsCore",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "NewsDaemon",
            dependencies: [
                "NewsCore", "NewsExtract", "NewsLog", "NewsIPC", "NewsSystemd",
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "newsd",
            dependencies: [
                "NewsDaemon",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "newsctl",
            dependencies: [
                "NewsIPC", "NewsCore", "NewsExtract", "NewsLog",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "newsbench",
            dependencies: [
                "NewsCore", "NewsExtract", "NewsLog", "NewsIPC", "CSQLite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        // A child process for the crash and full-disk tests: appends and reports each
        // acknowledged sequence number until the test kills it.
        .executableTarget(
            name: "newslog-child",
            dependencies: ["NewsLog"],
            path: "Tests/NewsLogChild",
            swiftSettings: strict
        ),
        // What the test targets share: temporary directories, the built executables, the process
        // runner, the daemon and child-process harnesses, and waits that never block the
        // cooperative pool (Tests/NewsTestSupport/OffPool.swift).
        .target(
            name: "NewsTestSupport",
            dependencies: [
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/NewsTestSupport",
            swiftSettings: strict
        ),
        .testTarget(
            name: "NewsLogTests",
            dependencies: [
                "NewsLog", "NewsCore", "NewsTestSupport", "newslog-child",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "NewsCoreTests",
            dependencies: [
                // NewsIPC for its query JSON writer, held to JSONEncoder on random projections.
                "NewsCore", "NewsIPC", "NewsTestSupport",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "NewsExtractTests",
            dependencies: ["NewsExtract", "NewsCore", "NewsTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "NewsSystemdTests",
            dependencies: [
                "NewsSystemd", "CSystemd", "NewsTestSupport", .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "NewsIPCTests",
            dependencies: [
                "NewsIPC", "NewsCore", "NewsTestSupport",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOTestUtils", package: "swift-nio"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "NewsDaemonTests",
            dependencies: [
                "NewsDaemon", "NewsCore", "NewsExtract", "NewsIPC", "NewsLog", "NewsTestSupport",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "newsd", "newsctl", "NewsCore", "NewsIPC", "NewsLog", "NewsTestSupport",
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
    ]
)
