import CallHarness
import Foundation
import SimTime

/// The harness's own pacing ceiling: calls in flight (one thread and one monotonic
/// scheduler each, doing the carrier side of every 20 ms frame) until the P99 lateness of
/// their ticks exceeds 5 ms, with the CPU each concurrent call costs.
enum LoadBenchmark {
    static func run(seconds: Double) {
        print("harness pacing: 20 ms ticks on one monotonic scheduler per call, \(seconds) s a level, limit P99 5 ms")
        print("calls  jitter P99  CPU per call")
        var ceiling = 0, tried = 0
        for calls in [1, 2, 4, 8, 16, 32, 64, 128, 256, 512] {
            let cpu = Measure.cpuSeconds()
            let late = PacingProbe.lateness(calls: calls, duration: .seconds(seconds))
            let used = Measure.cpuSeconds() - cpu
            let sorted = late.sorted()
            let p99 = sorted.isEmpty ? 0 : sorted[min(sorted.count, Int((0.99 * Double(sorted.count)).rounded(.up))) - 1]
            print(String(format: "%5d  %7.2f ms  %6.2f%% of a core", calls, p99, used / seconds / Double(calls) * 100))
            tried = calls
            if p99 > 5 { break }
            ceiling = calls
        }
        let above = ceiling == tried ? " or more" : ""
        print("ceiling: \(ceiling)\(above) calls in flight within 5 ms pacing jitter P99 on this machine")
    }
}
