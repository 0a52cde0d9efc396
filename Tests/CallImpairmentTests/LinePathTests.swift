import Foundation
import CallAudio
import SimTime
import Testing
@testable import CallImpairment

@Suite("Line path: codec, delay, jitter, loss, jitter buffer")
struct LinePathTests {
    static let frame = SimDuration.milliseconds(20)

    /// Sends `count` frames of a ramp and receives on every tick; returns what played.
    func run(_ configuration: LineConfig, count: Int = 500, seed: UInt64 = 3) -> (frames: [LineFrame<Int>?], path: LinePath<Int>) {
        let path = LinePath<Int>(configuration, seed: seed)
        let length = configuration.codec.sampleRate / 50
        var played: [LineFrame<Int>?] = []
        for k in 0..<(count + 40) {
            let t = SimInstant.zero + Self.frame * k
            if k < count {
                let samples = (0..<length).map { Float(sin(Double(k * length + $0) * 0.05) * 0.3) }
                path.send(samples, tag: k, at: t)
            }
            played.append(path.receive(at: t))
        }
        return (played, path)
    }

    @Test("a perfect line delivers every frame in order after delay plus buffer")
    func perfect() {
        var c = LineConfig(codec: .pcm16, delayMs: 80)
        c.jitterBuffer.depthMs = 40
        let (frames, path) = run(c)
        let delivered = frames.compactMap { $0 }
        let first = frames.firstIndex { $0 != nil }!
        #expect(first == 6) // 80 ms + 40 ms = 120 ms = 6 frames
        #expect(delivered.prefix(500).map(\.tag) == (0..<500).map { $0 })
        #expect(path.stats.lost == 0 && path.stats.late == 0)
        #expect(path.stats.meanDelayMs == 120)
    }

    @Test("jitter-buffer output is continuous: one frame every tick, gaps concealed and counted",
          arguments: [LineConfig.JitterBuffer.Mode.fixed, .adaptive])
    func continuous(mode: LineConfig.JitterBuffer.Mode) {
        var c = LineConfig(codec: .mulaw, delayMs: 60)
        c.jitterMs = 60
        c.loss = .gilbert(p: 0.0309, r: 0.7, lossInBad: 1, lossInGood: 0) // 3% loss in short bursts
        c.jitterBuffer.mode = mode
        c.jitterBuffer.depthMs = 60
        let (frames, path) = run(c, count: 2000)
        let first = frames.firstIndex { $0 != nil }!
        let stream = frames[first...]
        #expect(stream.allSatisfy { $0 != nil && $0!.samples.count == 160 }, "a frame on every tick once playout started")
        let concealed = stream.filter { $0!.concealed }.count
        #expect(concealed == path.stats.concealed)
        #expect(path.stats.lost > 20)
        #expect(path.stats.concealed >= path.stats.lost + path.stats.late - 40, "every lost or late packet is concealed")
        let played = stream.filter { !$0!.concealed }.count
        #expect(played == path.stats.played)
        #expect(path.stats.sent == 2000)
    }

    @Test("packets later than the buffer allows are counted late, not played out of order")
    func late() {
        var c = LineConfig(codec: .pcm16, delayMs: 40)
        c.jitterMs = 40
        c.jitterDistribution = .pareto
        c.jitterBuffer.depthMs = 20
        let (frames, path) = run(c, count: 1000)
        #expect(path.stats.late > 0)
        let tags = frames.compactMap { $0?.tag }
        #expect(tags == tags.sorted(), "playout follows sequence order")
    }

    @Test("μ-law on the wire is G.711: what arrives is decode(encode(x))")
    func mulaw() {
        let path = LinePath<Int>(LineConfig(codec: .mulaw), seed: 1)
        let samples = (0..<160).map { Float(sin(Double($0) * 0.3) * 0.5) }
        path.send(samples, tag: 0, at: .zero)
        let out = path.receive(at: SimInstant.zero + .milliseconds(60))
        #expect(out?.samples == samples.map { PCM.float(MuLaw.decode(MuLaw.encode(PCM.int16($0)))) })
    }

    @Test("the same seed reproduces the line exactly; another seed differs")
    func reproducible() {
        var c = LineConfig(codec: .pcm16, delayMs: 50)
        c.jitterMs = 30
        c.loss = .bernoulli(rate: 0.05)
        let a = run(c, seed: 5).frames.map { $0?.samples ?? [] }
        let b = run(c, seed: 5).frames.map { $0?.samples ?? [] }
        let other = run(c, seed: 6).frames.map { $0?.samples ?? [] }
        #expect(a == b)
        #expect(a != other)
    }

    @Test("Opus on the wire: what plays is what a fresh Opus decoder makes of the sender's packets, losses concealed by it")
    func opus() {
        var c = LineConfig(codec: .opus, delayMs: 40)
        c.jitterBuffer.depthMs = 40
        c.loss = .bernoulli(rate: 0.1)
        let (frames, path) = run(c, count: 200)
        // The same packets through a separate encoder/decoder pair, losses where the line lost them.
        let reference = OpusCodec(bitrate: c.opusBitrateKbps * 1000)
        let played = frames.compactMap { $0 }.prefix(200)
        var expected: [[Float]] = []
        for (k, frame) in played.enumerated() {
            let samples = (0..<320).map { Float(sin(Double(k * 320 + $0) * 0.05) * 0.3) }
            let packet = reference.encode(samples)
            expected.append(reference.decode(frame.concealed ? nil : packet))
        }
        #expect(played.map(\.samples) == expected)
        #expect(path.stats.lost > 5 && path.stats.concealed >= path.stats.lost)
        #expect(played.filter(\.concealed).allSatisfy { Level.rms($0.samples) > -40 }, "concealment continues the signal")
        #expect(run(c, count: 200).frames.map { $0?.samples ?? [] } == frames.map { $0?.samples ?? [] })
    }
}
