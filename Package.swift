// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "callharness",
    platforms: [.macOS(.v15)],
    targets: [
        .target(name: "SimTime"),
        .target(name: "CallText"),
        .testTarget(name: "SimTimeTests", dependencies: ["SimTime"]),
        .testTarget(name: "CallTextTests", dependencies: ["CallText"]),
    ]
)
