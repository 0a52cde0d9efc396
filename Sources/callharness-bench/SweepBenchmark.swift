import CallHarness
import Foundation

/// Sweep throughput: calls per minute at 1 and 2 parallel jobs, and what the on-disk
/// synthesis cache saves when a sweep is repeated (cold: empty cache; warm: every
/// sentence on disk, nothing in memory).
enum SweepBenchmark {
    static let scenarios = ["Scenarios/opening-hours.yaml", "Scenarios/doctor-info.yaml"]
    static let axes = ["voice=flite/slt,flite/awb,espeak/en-gb-scotland", "snr=30,10"]

    struct Measurement {
        var calls: Int
        var wall: Double
        var simulated: Double
        var usage: SpeechCache.Usage
    }

    static func run() throws {
        let work = NSTemporaryDirectory() + "callharness-bench-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: work) }
        let parsed = try axes.map { try SweepAxis(parsing: $0) }
        func sweep(jobs: Int, cache: String, axes: [SweepAxis], scenarios: [String]) throws -> Measurement {
            SpeechCache.forgetMemory()
            let before = SpeechCache.usage
            var options = RunOptions(paths: scenarios, outputDirectory: work + "/out", seed: 42, jobs: jobs)
            options.cacheDirectory = cache
            options.keepAudio = .failing
            let start = Date()
            let outcome = try SweepRun.execute(SweepOptions(run: options, axes: axes), version: "bench")
            let wall = Date().timeIntervalSince(start)
            let after = SpeechCache.usage
            var usage = after
            usage.memoryHits -= before.memoryHits
            usage.diskHits -= before.diskHits
            usage.syntheses -= before.syntheses
            usage.diskWrites -= before.diskWrites
            usage.rejectedFiles -= before.rejectedFiles
            return Measurement(calls: outcome.report.calls.count, wall: wall, simulated: outcome.report.summary.simulatedSeconds, usage: usage)
        }
        print("Sweep throughput: \(scenarios.count) scenarios × \(parsed.map(\.values.count).reduce(1, *)) cells (\(axes.joined(separator: " × "))), \(ProcessInfo.processInfo.activeProcessorCount) cores")
        // Load the recognizer and the engines once, with a cache of its own.
        _ = try sweep(jobs: 1, cache: work + "/warmup", axes: [try SweepAxis(parsing: "voice=flite/kal")], scenarios: [scenarios[0]])

        let cache = work + "/tts"
        let rows = [
            ("cold cache, --jobs 1", try sweep(jobs: 1, cache: cache, axes: parsed, scenarios: scenarios)),
            ("warm cache, --jobs 1", try sweep(jobs: 1, cache: cache, axes: parsed, scenarios: scenarios)),
            ("warm cache, --jobs 2", try sweep(jobs: 2, cache: cache, axes: parsed, scenarios: scenarios)),
        ]
        for (name, m) in rows {
            print(String(format: "  %@  %3d calls in %6.1f s  %6.1f calls/min  %5.1f call-s per wall-s  (syntheses %d, disk hits %d, memory hits %d)",
                         name as NSString, m.calls, m.wall, Double(m.calls) / m.wall * 60, m.simulated / m.wall,
                         m.usage.syntheses, m.usage.diskHits, m.usage.memoryHits))
        }
        let cold = rows[0].1, warm = rows[1].1, parallel = rows[2].1
        print(String(format: "  warm vs cold cache: %.2f× faster; --jobs 2 vs --jobs 1 (warm): %.2f× (ideal 2.00×)",
                     cold.wall / warm.wall, warm.wall / parallel.wall))
        print(String(format: "  peak memory %.0f MiB", Measure.peakMemoryMiB()))
    }
}
