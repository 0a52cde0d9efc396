// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "callharness",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "callharness", targets: ["callharness"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // WebSocket client and server on SwiftNIO (MediaSockets); swift-nio and swift-nio-ssl
        // come with it and are named for the server bootstrap and TLS trust roots.
        .package(url: "https://github.com/vapor/websocket-kit", from: "2.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ],
    targets: [
        // System libraries (Debian -dev packages; scripts/setup installs them).
        .systemLibrary(name: "CSndfile", pkgConfig: "sndfile"),
        .systemLibrary(name: "CSpeexDSP", pkgConfig: "speexdsp"),
        .systemLibrary(name: "COpus", pkgConfig: "opus"),
        .systemLibrary(name: "CPocketSphinx", pkgConfig: "pocketsphinx"),
        .systemLibrary(name: "CFlite"),
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl"),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3"),
        .systemLibrary(name: "CFileSwap"),

        // Libraries, lowest first.
        .target(name: "SimTime"),
        .target(name: "CallText"),
        .target(name: "CallAudio", dependencies: ["CSndfile", "CSpeexDSP", "COpus"]),
        .target(name: "CallSpeech", dependencies: ["CallAudio", "CallText", "CFlite", "CPocketSphinx"]),
        .target(name: "CallDatabase", dependencies: ["CSQLite", "Digest"]),
        .target(name: "AgentTools", dependencies: ["CallDatabase", "CallText"]),
        // The reference hospital receptionist's domain (its backend and tools); the generic layers never import it.
        .target(name: "Receptionist", dependencies: ["AgentTools", "CallDatabase", "CallText"]),
        // The agent seam: what a call loop exchanges with any agent, in process or elsewhere.
        .target(name: "AgentInterface", dependencies: ["SimTime", "AgentTools"]),
        // The reports' model: run, call, sweep and replay reports, reading and writing them, and comparing two.
        .target(name: "ReportModel"),
        // SHA-256, for cassette keys and the history's file hashes.
        .target(name: "Digest"),
        .target(name: "CallScenario", dependencies: ["SimTime", "CallImpairment", "VoicePipeline", "AgentTools", .product(name: "Yams", package: "Yams")]),
        .target(name: "CallImpairment", dependencies: ["CallAudio", "SimTime"]),
        .target(name: "VoicePipeline", dependencies: ["AgentInterface", "CallAudio", "CallSpeech", "CallText", "SimTime", "AgentTools"]),
        .target(name: "CallProviders", dependencies: ["Digest", "CCurl", "AgentTools", "VoicePipeline", "CallAudio", "CallSpeech", "CallText", "SimTime"]),
        .target(name: "CallHarness", dependencies: ["ReportModel", "AgentInterface", "CallDatabase", "VoicePipeline", "CallImpairment", "CallScenario", "CallAudio", "CallSpeech", "CallText", "SimTime", "AgentTools", "CallProviders", "CFileSwap"]),
        .target(name: "CallReports", dependencies: ["ReportModel", "CallText"]),
        .target(name: "CallStore", dependencies: ["CallDatabase", "ReportModel", "Digest"]),
        // Telephony media-stream protocols (Twilio, Telnyx, raw PCM16) and the carrier's session
        // state machine: pure logic, no sockets.
        .target(name: "MediaStreams", dependencies: ["SimTime", "CallAudio"]),
        // WebSocket client and server that carry media streams, and the link joining a stream's
        // session to its socket on a call's scheduler.
        .target(name: "MediaSockets", dependencies: [
            "MediaStreams", "SimTime",
            .product(name: "WebSocketKit", package: "websocket-kit"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
            .product(name: "NIOWebSocket", package: "swift-nio"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
        ]),
        // Calls to an agent that runs elsewhere, over a media-stream socket in real time, and
        // the in-process pipeline served as such an agent (`callharness serve`).
        .target(name: "MediaStreamCalls", dependencies: [
            "CallHarness", "MediaSockets", "MediaStreams", "AgentInterface", "CallScenario", "CallAudio", "CallText", "SimTime", "VoicePipeline",
        ]),

        // The command-line tool and benchmarks.
        .executableTarget(name: "callharness", dependencies: [
            "CallAudio", "CallSpeech", "CallText", "SimTime", "CallScenario", "CallHarness", "AgentTools", "CallDatabase",
            "CallReports", "CallStore", "CallProviders", "Receptionist", "ReportModel", "MediaStreamCalls",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "callharness-bench", dependencies: ["CallAudio", "CallSpeech", "SimTime", "CallHarness", "Receptionist", "MediaSockets",
                                                                   "MediaStreams", "MediaStreamCalls"]),

        // Helpers shared by the test targets (temporary folders).
        .target(name: "TestSupport", path: "Tests/TestSupport"),

        .testTarget(name: "SimTimeTests", dependencies: ["SimTime"]),
        .testTarget(name: "DigestTests", dependencies: ["Digest"]),
        .testTarget(name: "ReportModelTests", dependencies: ["ReportModel"]),
        .testTarget(name: "CallTextTests", dependencies: ["CallText"]),
        .testTarget(name: "CallAudioTests", dependencies: ["CallAudio", "SimTime", "CSndfile"]),
        .testTarget(name: "CallSpeechTests", dependencies: ["CallSpeech", "CallAudio", "CallText"]),
        .testTarget(name: "CallScenarioTests", dependencies: ["TestSupport", "CallScenario", "CallImpairment", "VoicePipeline", "AgentTools"]),
        .testTarget(name: "CallImpairmentTests", dependencies: ["CallImpairment", "CallAudio", "SimTime"]),
        .testTarget(name: "AgentToolsTests", dependencies: ["AgentTools", "CallDatabase", "CallText"]),
        .testTarget(name: "ReceptionistTests", dependencies: ["Receptionist", "AgentTools", "CallDatabase", "CallText"]),
        .testTarget(name: "VoicePipelineTests", dependencies: ["AgentInterface", "VoicePipeline", "CallAudio", "CallSpeech", "SimTime", "AgentTools", "CallText"]),
        .testTarget(name: "CallHarnessTests", dependencies: ["TestSupport", "ReportModel", "CallHarness", "CallScenario", "VoicePipeline", "CallAudio", "SimTime", "Receptionist", "CallDatabase", "AgentTools"]),
        .testTarget(name: "CallReportsTests", dependencies: ["CallReports", "ReportModel", "CallHarness"], exclude: ["Snapshots"]),
        .testTarget(name: "CallStoreTests", dependencies: ["CallStore", "ReportModel", "CallReports", "CallHarness", "CallDatabase"]),
        .testTarget(name: "CallProvidersTests", dependencies: ["TestSupport", "Digest", "CallProviders", "AgentTools", "VoicePipeline", "SimTime", "Receptionist", "CallScenario", "CallText"]),
        .testTarget(name: "MediaStreamsTests", dependencies: ["MediaStreams", "CallAudio", "SimTime"]),
        .testTarget(name: "MediaSocketsTests", dependencies: ["TestSupport", "MediaSockets", "MediaStreams", "SimTime"]),
        .testTarget(name: "MediaStreamCallsTests", dependencies: ["TestSupport", "MediaStreamCalls", "MediaSockets", "MediaStreams", "CallHarness",
                                                                 "CallScenario", "ReportModel", "SimTime", "AgentInterface", "Receptionist"]),
        .testTarget(name: "CommandLineTests", dependencies: ["CallAudio", "SimTime", "CallDatabase", "CallStore"]),
    ]
)
