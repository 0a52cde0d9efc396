import Foundation
import MediaSockets
import MediaStreams
import SimTime
import Synchronization

/// Real-time calls: how evenly the caller's 20 ms frames leave on a monotonic scheduler
/// over a long call (send-time error against the ideal grid: drift at the end, jitter
/// P50/P99/max), as the agent's server receives them, and the loopback round trip of a
/// WebSocket message.
enum PacingBenchmark {
    static func run(seconds: Int) throws {
        let received = Mutex<[Int64]>([])
        let server = try MediaSocketServer.start(MediaSocketServer.Options()) { connection in
            { event in
                guard case .message(let wire) = event else { return }
                if case .text(let text) = wire, text.hasPrefix("ping") { connection.send(wire); return }
                received.withLock { $0.append(MonotonicClock.now()) }
            }
        }
        defer { server.stop() }
        let url = try MediaSocketURL("ws://127.0.0.1:\(server.port)/")

        // Pacing: one call of `seconds`, a frame every 20 ms, as the call loop sends them.
        let scheduler = Scheduler(clock: .monotonic)
        let link = try MediaStreamLink(scheduler: scheduler, session: CarrierSession(dialect: TwilioDialect(), stream: .derived(seed: 1)),
                                       options: MediaSocketClient.Options(url: url))
        scheduler.restartClock()
        let frames = seconds * 50
        var sent: [Int64] = []
        sent.reserveCapacity(frames)
        let origin = MonotonicClock.now()
        let silence = [Float](repeating: 0, count: 160)
        scheduler.schedule(at: .zero) { link.open() }
        func tick(_ k: Int) {
            sent.append(MonotonicClock.now())
            link.callerAudio(silence, frameStart: scheduler.now)
            _ = link.nextFrame()
            if k + 1 < frames { scheduler.schedule(after: .milliseconds(20)) { tick(k + 1) } }
        }
        scheduler.schedule(at: .zero) { tick(0) }
        scheduler.runUntilIdle()
        link.close()
        Thread.sleep(forTimeInterval: 0.5)
        let arrivals = received.withLock { Array($0.suffix(frames)) }
        print("pacing over \(seconds) s (\(frames) frames of 20 ms, monotonic scheduler, loopback):")
        report("  send time vs the 20 ms grid", sent, origin: origin)
        if arrivals.count == frames { report("  arrival at the agent's server", arrivals, origin: arrivals[0]) }

        // Round trip: a text message to the server and back.
        let echoes = Mutex<[Int64]>([])
        let client = try MediaSocketClient.connect(MediaSocketClient.Options(url: url)) { event in
            if case .message = event { echoes.withLock { $0.append(MonotonicClock.now()) } }
        }
        var rtts: [Double] = []
        for i in 0..<1000 {
            let start = MonotonicClock.now()
            client.send(.text("ping \(i)"))
            while echoes.withLock({ $0.count }) <= i { usleep(50) }
            rtts.append(Double(echoes.withLock { $0[i] } - start) / 1000)
        }
        client.close()
        rtts.sort()
        print(String(format: "loopback WebSocket round trip (1000 messages): p50 %.3f ms, p99 %.3f ms, max %.3f ms",
                     rtts[499], rtts[989], rtts[999]))
    }

    /// Error of each time against `origin` + k × 20 ms: the drift at the end and the spread.
    static func report(_ label: String, _ times: [Int64], origin: Int64) {
        let errors = times.enumerated().map { k, t in Double(t - origin - Int64(k) * 20_000) / 1000 }
        let sorted = errors.map(abs).sorted()
        func p(_ q: Double) -> Double { sorted[min(sorted.count - 1, Int((q * Double(sorted.count)).rounded(.up)) - 1)] }
        let tail = errors.suffix(50).reduce(0, +) / Double(min(50, errors.count))
        print(String(format: "%@: drift at the end %.3f ms (mean of the last second), |error| p50 %.3f ms, p99 %.3f ms, max %.3f ms",
                     label, tail, p(0.5), p(0.99), sorted.last ?? 0))
    }
}
