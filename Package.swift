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
        .library(name: "NewsLog", targets: ["NewsLog"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-system.git", from: "1.8.1"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-protobuf.git", from: "1.39.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CSystemd",
            pkgConfig: "libsystemd",
            providers: [.apt(["libsystemd-dev"])]
        ),
        .target(
            name: "NewsCore",
            dependencies: [
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
            ],
            exclude: ["Events/Schema/events.proto", "MODEL.md"],
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
        // A child process for the crash and full-disk tests: appends and reports each
        // acknowledged sequence number until the test kills it.
        .executableTarget(
            name: "newslog-child",
            dependencies: ["NewsLog"],
            path: "Tests/NewsLogChild",
            swiftSettings: strict
        ),
        .testTarget(
            name: "NewsLogTests",
            dependencies: [
                "NewsLog", "NewsCore", "newslog-child",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "NewsCoreTests",
            dependencies: [
                "NewsCore",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "CSystemdTests",
            dependencies: ["CSystemd"],
            swiftSettings: strict
        ),
    ]
)
