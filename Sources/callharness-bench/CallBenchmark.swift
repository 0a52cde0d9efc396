import CallHarness
import Foundation

/// `callharness-bench calls [--scripted]`: the bundled suite at --jobs 1, twice (the
/// first run synthesizes and builds what the second finds cached), reporting simulated
/// call seconds per CPU second — the speed-up per core — and peak memory.
enum CallBenchmark {
    static func run(scripted: Bool) throws {
        let folder = NSTemporaryDirectory() + "callharness-bench-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let overrides: [(key: String, value: String)] = scripted ? [("stt.engine", "scripted")] : []
        print("Bundled suite, --jobs 1, STT \(scripted ? "scripted (text oracle)" : "pocketsphinx (domain LM)"), agent TTS flite, caller TTS flite")
        for pass in ["cold", "warm"] {
            let options = RunOptions(paths: ["Scenarios"], outputDirectory: folder, seed: 42, jobs: 1, overrides: overrides)
            let cpuStart = Measure.cpuSeconds(children: true)
            let wallStart = Date()
            let outcome = try ScenarioRun.execute(options, version: "bench")
            let cpu = Measure.cpuSeconds(children: true) - cpuStart
            let wall = Date().timeIntervalSince(wallStart)
            let simulated = outcome.report.summary.simulatedSeconds
            print(String(format: "  %@: %d calls, %.1f s simulated, %.2f CPU s, %.2f wall s → %.0f× real time per core",
                         pass as NSString, outcome.report.calls.count, simulated, cpu, wall, simulated / cpu))
        }
        print(String(format: "  peak memory %.0f MiB", Measure.peakMemoryMiB()))
    }
}
