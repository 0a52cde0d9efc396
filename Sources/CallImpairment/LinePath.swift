import CallAudio
import Foundation
import SimTime

/// One direction of a call's line: 20 ms packets go in with `send`, the receiver's jitter
/// buffer plays one frame per 20 ms tick out of `receive`, concealing what is missing.
///
/// Each packet carries a `Tag` (ground-truth metadata such as which reply it belongs to),
/// which arrives with it or is lost with it.
public final class LinePath<Tag> {
    /// The line's behaviour.
    public let configuration: LineConfig
    /// The one-way delay before jitter: the transport delay plus the line's own.
    public let delay: SimDuration
    /// What happened so far.
    public private(set) var stats = LineStats()
    /// The jitter buffer's current playout delay.
    public private(set) var depth: SimDuration
    /// Start times of the frames the receiver concealed (the first 2,000).
    public private(set) var concealedFrames: [SimInstant] = []

    private struct Packet {
        var samples: [Float]
        /// The encoded bytes, for a codec decoded at the receiver (Opus).
        var payload: [UInt8]?
        var tag: Tag?
        var sentAt: SimInstant
        var arrival: SimInstant
        var observed = false
    }

    private var packets: [Int: Packet] = [:]
    private var sequence = 0
    private var loss: LossProcess
    private var rng: SeededGenerator
    private var playoutBase: SimInstant?
    private var baseSequence = 0
    private var lastPlayed = -1
    private var lastFrame: [Float]
    private var repeats = 0
    private var transits: [Int64] = [] // µs, of the last packets to arrive
    private var transitIndex = 0
    private var recentLate = false
    private var stragglers: [(arrival: SimInstant, transit: Int64)] = []
    private let transitWindow = 100
    private let frame: SimDuration = .milliseconds(20)
    private let frameLength: Int
    /// The Opus encoder (sender) and decoder (receiver), for the `opus` codec.
    private let opus: OpusCodec?

    /// A path with its own seeded random streams (loss, jitter), delayed by `transport`
    /// (the network's one-way delay) on top of the line's own `delayMs`.
    public init(_ configuration: LineConfig, transport: SimDuration = .zero, seed: UInt64) {
        self.configuration = configuration
        self.delay = transport + .milliseconds(configuration.delayMs)
        self.depth = configuration.bufferDepth
        self.loss = LossProcess(configuration.loss, seed: Seed.derive(seed, "loss"))
        self.rng = SeededGenerator(seed: Seed.derive(seed, "jitter"))
        self.frameLength = configuration.codec.sampleRate / 50
        self.lastFrame = [Float](repeating: 0, count: frameLength)
        self.opus = configuration.codec == .opus ? OpusCodec(bitrate: configuration.opusBitrateKbps * 1000) : nil
    }

    /// Sends one 20 ms frame (at the codec's rate) at `time`.
    public func send(_ samples: [Float], tag: Tag?, at time: SimInstant) {
        let seq = sequence
        sequence += 1
        stats.sent += 1
        // The encoder sees every frame, lost or not: loss happens after it.
        let payload = opus?.encode(samples)
        if loss.nextIsLost() {
            stats.lost += 1
            return
        }
        var encoded = samples
        switch configuration.codec {
        case .mulaw: encoded = samples.map { PCM.float(MuLaw.decode(MuLaw.encode(PCM.int16($0)))) }
        case .opus: encoded = []
        case .pcm16: break
        }
        var delay = self.delay + jitter()
        if configuration.reorder > 0, rng.nextUnit() < configuration.reorder { delay = delay + frame * 2 }
        packets[seq] = Packet(samples: encoded, payload: payload, tag: tag, sentAt: time, arrival: time + delay)
    }

    private func jitter() -> SimDuration {
        guard configuration.jitterMs > 0 else { return .zero }
        let ms: Double
        switch configuration.jitterDistribution {
        case .normal:
            ms = rng.nextGaussian() * configuration.jitterMs
        case .pareto:
            // Shape 3, scaled so the mean extra delay is jitterMs.
            let scale = 2 * configuration.jitterMs
            ms = scale / pow(max(1 - rng.nextUnit(), 1e-12), 1.0 / 3) - scale
        }
        return .milliseconds(max(-delay.milliseconds, ms))
    }

    /// The frame to play in the 20 ms that begin at `tick` (a multiple of 20 ms), or nil
    /// before the first packet has arrived and waited out the buffer.
    public func receive(at tick: SimInstant) -> LineFrame<Tag>? {
        if playoutBase == nil {
            guard let first = packets.filter({ $0.value.arrival <= tick }).min(by: { $0.key < $1.key }) else { return nil }
            playoutBase = Self.alignUp(first.value.arrival + depth)
            baseSequence = first.key
        }
        observeArrivals(by: tick)
        guard let base = playoutBase, tick >= base else { return nil }
        let seq = baseSequence + Int((tick - base).microseconds / frame.microseconds)
        var out: LineFrame<Tag>
        if seq <= lastPlayed {
            // The adaptive buffer just grew: play a gap frame.
            out = conceal(at: tick)
        } else if let packet = packets[seq], packet.arrival <= tick {
            stats.played += 1
            stats.delaySum += (tick - packet.sentAt).microseconds
            repeats = 0
            let samples = opus.map { $0.decode(packet.payload) } ?? packet.samples
            lastFrame = samples
            out = LineFrame(samples: samples, tag: packet.tag, concealed: false, sentAt: packet.sentAt)
        } else {
            if let packet = packets[seq], packet.arrival > tick {
                stats.late += 1
                recentLate = true
            }
            out = conceal(at: tick)
        }
        lastPlayed = max(lastPlayed, seq)
        for key in packets.keys where key <= lastPlayed {
            // A packet dropped before it arrived still arrives, and its delay still counts.
            if let packet = packets[key], !packet.observed { stragglers.append((packet.arrival, (packet.arrival - packet.sentAt).microseconds)) }
            packets[key] = nil
        }
        if configuration.jitterBuffer.mode == .adaptive { adapt(after: out) }
        return out
    }

    private func conceal(at tick: SimInstant) -> LineFrame<Tag> {
        stats.concealed += 1
        if concealedFrames.count < 2000 { concealedFrames.append(tick) }
        repeats += 1
        let samples: [Float]
        if let opus {
            return LineFrame(samples: opus.decode(nil), tag: nil, concealed: true, sentAt: nil)
        }
        switch configuration.concealment {
        case .repeat:
            let gain = Float(pow(0.5, Double(repeats)))
            samples = lastFrame.map { $0 * gain }
        case .noise:
            let level = Level.gain(db: Level.rms(lastFrame) - 20)
            samples = (0..<frameLength).map { _ in Float(rng.nextGaussian() * level) }
        case .silence:
            samples = [Float](repeating: 0, count: frameLength)
        }
        return LineFrame(samples: samples, tag: nil, concealed: true, sentAt: nil)
    }

    /// Records the transit time of every packet that has arrived by `tick`, late or not:
    /// the receiver sees them all, whatever it then does with them.
    private func observeArrivals(by tick: SimInstant) {
        var arrived: [(SimInstant, Int64)] = []
        for key in packets.keys where !packets[key]!.observed && packets[key]!.arrival <= tick {
            packets[key]!.observed = true
            arrived.append((packets[key]!.arrival, (packets[key]!.arrival - packets[key]!.sentAt).microseconds))
        }
        arrived += stragglers.filter { $0.arrival <= tick }.map { ($0.arrival, $0.transit) }
        stragglers.removeAll { $0.arrival <= tick }
        for (_, transit) in arrived.sorted(by: { ($0.0, $0.1) < ($1.0, $1.1) }) {
            if transits.count < transitWindow {
                transits.append(transit)
            } else {
                transits[transitIndex] = transit
                transitIndex = (transitIndex + 1) % transitWindow
            }
        }
    }

    /// Grows the playout delay to cover the 99th percentile of the recent delay variation
    /// (transit time above the fastest recent packet), one frame at a time: in silence,
    /// or at once when packets have just come too late (a real buffer would stretch the
    /// audio; here a concealed frame is played). Shrinks one frame at a time, in silence
    /// only, when the target is two frames below the current delay.
    private func adapt(after played: LineFrame<Tag>) {
        guard let base = playoutBase, transits.count >= 10 else { return }
        let silent = Level.rms(played.samples) < -45
        guard silent || recentLate else { return }
        let sorted = transits.sorted()
        let spread = sorted[min(sorted.count - 1, sorted.count * 99 / 100)] - sorted[0]
        let wanted = Self.alignUp(SimInstant(microseconds: spread)) - SimInstant.zero
        let target = min(max(wanted, configuration.bufferDepth), configuration.maxBufferDepth)
        if target > depth {
            depth = depth + frame
            playoutBase = base + frame
        } else if silent && target + frame * 2 < depth {
            depth = depth - frame
            playoutBase = base - frame
        }
        recentLate = false
    }

    static func alignUp(_ time: SimInstant) -> SimInstant {
        let f: Int64 = 20_000
        return SimInstant(microseconds: (time.microseconds + f - 1) / f * f)
    }
}

/// A frame out of the jitter buffer.
public struct LineFrame<Tag> {
    /// 20 ms of samples at the codec's rate.
    public var samples: [Float]
    /// The sender's tag, nil for concealed frames.
    public var tag: Tag?
    /// True when the frame was made up by the receiver.
    public var concealed: Bool
    /// When the sender sent it.
    public var sentAt: SimInstant?
}
