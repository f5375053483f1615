// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "squatwatch",
  products: [
    .executable(name: "squatwatch", targets: ["squatwatch"]),
    .executable(name: "squatwatch-fixtures", targets: ["squatwatch-fixtures"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
  ],
  targets: [
    // C libraries: discovery only (pkg-config); the shim target includes the headers.
    .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
    .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
    .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
    .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
    .systemLibrary(name: "CCJSON", pkgConfig: "libcjson", providers: [.apt(["libcjson-dev"])]),
    .target(name: "CSquatwatchShims", dependencies: ["CCurl", "CLibXML2", "CZlib", "CCrypto", "CCJSON"]),

    // Core library: all of squatwatch's logic.
    .target(
      name: "SquatwatchKit",
      dependencies: [
        "CSquatwatchShims",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "TOMLKit", package: "TOMLKit"),
      ],
      resources: [.copy("Resources/known-commands.json"), .copy("Resources/english-words.txt")]
    ),

    // The command-line tool: option parsing only.
    .executableTarget(
      name: "squatwatch",
      dependencies: [
        "SquatwatchKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // Fixture generation: registries, wheels and sdists for tests, the sample mirror and benchmarks.
    .target(name: "SquatwatchFixtures", dependencies: ["SquatwatchKit"]),
    .executableTarget(
      name: "squatwatch-fixtures",
      dependencies: [
        "SquatwatchFixtures",
        "SquatwatchKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // Test support: a real HTTP server on 127.0.0.1 that can misbehave on purpose.
    .target(
      name: "SquatwatchTestSupport",
      dependencies: [
        "SquatwatchKit",
        "SquatwatchFixtures",
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
      ]
    ),

    // Tests
    .testTarget(
      name: "SquatwatchKitTests",
      dependencies: ["SquatwatchKit", "SquatwatchFixtures", "SquatwatchTestSupport"]
    ),
  ]
)

// libFuzzer targets (Fuzz/), declared only for `make fuzz` (SQUATWATCH_FUZZ=1 swift build --sanitize=fuzzer):
// they have no `main` of their own, so a normal build or `make test` must not see them.
if Context.environment["SQUATWATCH_FUZZ"] == "1" {
  for name in ["FuzzHTMLIndex", "FuzzJSONPage", "FuzzZipDirectory", "FuzzTar", "FuzzEntryPoints", "FuzzMetadata"] {
    package.targets.append(
      .executableTarget(name: name, dependencies: ["SquatwatchKit"], path: "Fuzz/\(name)"))
    package.products.append(.executable(name: name, targets: [name]))
  }
}

// Swift 6 language mode plus the SSWG upcoming features, on every Swift target (declared above or for fuzzing), in
// one place as swift-log does. The C shim target ignores them; system libraries take none.
for target in package.targets {
  switch target.type {
  case .regular, .executable, .test:
    target.swiftSettings =
      (target.swiftSettings ?? []) + [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("MemberImportVisibility"),
        .enableUpcomingFeature("InternalImportsByDefault"),
      ]
  case .system, .binary, .plugin, .macro:
    break
  @unknown default:
    break
  }
}
