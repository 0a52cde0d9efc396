import CallHarness
import MediaStreamCalls
import Foundation
import ReportModel

/// A load test of `callharness serve` on this machine: the bundled receptionist served by
/// the `callharness` binary beside this one (its own process, so this one's CPU is the
/// harness's alone), called at rising concurrency with the booking scenario, the caller
/// hearing it through the phrase-file model. Prints each level's TTFA against the single
/// call's, the largest level whose TTFA P95 stays within 10% of it, the harness's own
/// pacing, and the CPU the harness spends per call in flight.
enum ServeLoadBenchmark {
    static func run(levels: [Int], scenario: String) throws {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("callharness").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            print("serve-load: \(binary) not found; build it with `swift build -c release --product callharness`")
            exit(2)
        }
        let serve = Process()
        serve.executableURL = URL(fileURLWithPath: binary)
        serve.arguments = ["serve", "--port", "0", "--agent", "Scenarios/agents/receptionist.yaml"]
        let output = Pipe()
        serve.standardOutput = output
        try serve.run()
        defer { serve.terminate() }
        guard let port = readPort(output.fileHandleForReading) else {
            print("serve-load: callharness serve did not say where it listens")
            exit(1)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("callharness-serve-load-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let agent = folder.appendingPathComponent("served.yaml").path
        try "name: served\nexternal:\n  url: ws://127.0.0.1:\(port)/media\n  escalation: { closedAfterMark: transfer }\n  today: \"2025-06-02\"\n"
            .write(toFile: agent, atomically: true, encoding: .utf8)

        var options = RunOptions(paths: [scenario], agentPath: agent, outputDirectory: folder.appendingPathComponent("out").path, seed: 42)
        options.agents = ExternalAgent.maker
        options.listening = .recognition(try CallerRecognition.phrases(file: "Scenarios/agents/receptionist-phrases.txt"))
        options.keepAudio = .failing
        options.load = LoadPlan(steps: levels.map { LoadStep(concurrency: $0, calls: max(2 * $0, 3)) }, seed: 42)
        print("serve-load: \(scenario) against callharness serve (receptionist, its own process) on 127.0.0.1:\(port), levels \(levels)")
        let cpu = Measure.cpuSeconds()
        let report = try ScenarioRun.execute(options, version: "bench").report
        let used = Measure.cpuSeconds() - cpu
        guard let load = report.load, let single = load.steps.first?.ttfaMs.p95 else {
            print("serve-load: no load section")
            exit(1)
        }
        print("level  calls  failed  completed  TTFA P50  TTFA P95  P95/single  harness P99")
        for step in load.steps {
            let p95 = step.ttfaMs.p95 ?? .infinity
            print(String(format: "%5d  %5d  %6d  %9d  %8.0f  %8.0f  %10.2f  %8.1f ms", step.concurrency, step.calls, step.failures.total, step.completed,
                         step.ttfaMs.p50 ?? 0, p95, p95 / single, step.harnessJitterP99Ms ?? 0))
        }
        let callSeconds = report.calls.map(\.durationMs).reduce(0, +) / 1000
        print(String(format: "largest level with TTFA P95 within 10%% of one call's: %d", largestWithin(load.steps, of: single)))
        print(String(format: "harness CPU: %.1f s for %.0f s of calls = %.1f%% of a core per call in flight", used, callSeconds, used / callSeconds * 100))
        if let harness = load.harness { print("harness pacing within \(Int(harness.limitMs)) ms P99 up to \(harness.calls) calls in flight (tried up to \(harness.triedUpTo))") }
    }

    /// The highest level, in order, before the first whose P95 exceeds 1.1 × `single`.
    static func largestWithin(_ steps: [LoadStepReport], of single: Double) -> Int {
        steps.prefix { ($0.ttfaMs.p95 ?? .infinity) <= single * 1.1 }.map(\.concurrency).max() ?? 0
    }

    /// The port from serve's first line, `serving … on ws://127.0.0.1:PORT/`.
    static func readPort(_ handle: FileHandle) -> Int? {
        var text = ""
        while !text.contains("\n") {
            let data = handle.availableData
            if data.isEmpty { return nil }
            text += String(decoding: data, as: UTF8.self)
        }
        guard let range = text.range(of: "127.0.0.1:") else { return nil }
        return Int(text[range.upperBound...].prefix { $0.isNumber })
    }
}
