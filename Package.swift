// swift-tools-version:5.9
// rtranslate: the RPython 3 to C translator. One module per pipeline stage
// (see ../shared/DESIGN.md); stages meet only through their output types.
import PackageDescription

let package = Package(
    name: "rtranslate",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "rtranslate", targets: ["rtranslate"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
    ],
    targets: [
        .target(name: "Syntax"),
        .target(name: "InitTime", dependencies: [
            "Syntax", .product(name: "OrderedCollections", package: "swift-collections"),
        ]),
        .target(name: "Flow", dependencies: ["Syntax", "InitTime"]),
        .target(name: "Annotator", dependencies: [
            "Syntax", "InitTime", "Flow", .product(name: "OrderedCollections", package: "swift-collections"),
        ]),
        .target(name: "RTyper", dependencies: [
            "Syntax", "InitTime", "Flow", "Annotator", .product(name: "OrderedCollections", package: "swift-collections"),
        ]),
        .target(name: "CBackend", dependencies: ["Flow", "InitTime", "Annotator", "RTyper"]),
        .target(name: "Driver", dependencies: ["Syntax", "InitTime", "Flow", "Annotator", "RTyper", "CBackend"]),
        .executableTarget(name: "rtranslate", dependencies: [
            "Driver",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "SyntaxTests", dependencies: ["Syntax"]),
        .testTarget(name: "InitTimeTests", dependencies: ["InitTime", "Syntax"]),
        .testTarget(name: "TranslatorTests", dependencies: [
            "Syntax", "InitTime", "Flow", "Annotator", "RTyper", "CBackend", "Driver",
        ]),
    ]
)
