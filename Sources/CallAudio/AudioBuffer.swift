/// Interleaved PCM audio: samples in [-1, 1] with a sample rate and a channel count.
///
/// 16-bit values map to floats as `s / 32768`, which is exact both ways, so a 16-bit
/// file read into a buffer and written back is bit-identical.
public struct AudioBuffer: Sendable, Equatable {
    /// Interleaved samples, frame after frame.
    public var samples: [Float]
    /// Frames per second.
    public var sampleRate: Int
    /// Samples per frame.
    public var channels: Int

    /// Creates a buffer from interleaved float samples.
    public init(samples: [Float], sampleRate: Int, channels: Int = 1) {
        precondition(sampleRate > 0 && channels > 0, "sample rate and channel count must be positive")
        precondition(samples.count % channels == 0, "sample count must be a multiple of the channel count")
        self.samples = samples
        self.sampleRate = sampleRate
        self.channels = channels
    }

    /// Creates a buffer from interleaved 16-bit samples.
    public init(int16 values: [Int16], sampleRate: Int, channels: Int = 1) {
        self.init(samples: values.map(PCM.float), sampleRate: sampleRate, channels: channels)
    }

    /// A silent mono buffer of the given length.
    public static func silence(frames: Int, sampleRate: Int) -> AudioBuffer {
        AudioBuffer(samples: [Float](repeating: 0, count: frames), sampleRate: sampleRate)
    }

    /// Number of frames (samples per channel).
    public var frameCount: Int { samples.count / channels }

    /// Duration in seconds.
    public var duration: Double { Double(frameCount) / Double(sampleRate) }

    /// True when the buffer holds no frames.
    public var isEmpty: Bool { samples.isEmpty }

    /// The samples as 16-bit integers, rounded and clipped.
    public var int16Samples: [Int16] { samples.map(PCM.int16) }

    /// One channel as a mono buffer.
    public func channel(_ index: Int) -> AudioBuffer {
        precondition(index >= 0 && index < channels, "channel \(index) out of range")
        if channels == 1 { return self }
        var out = [Float]()
        out.reserveCapacity(frameCount)
        for frame in 0..<frameCount { out.append(samples[frame * channels + index]) }
        return AudioBuffer(samples: out, sampleRate: sampleRate)
    }

    /// The average of all channels as a mono buffer.
    public func mono() -> AudioBuffer {
        if channels == 1 { return self }
        var out = [Float](repeating: 0, count: frameCount)
        let scale = 1 / Float(channels)
        for frame in 0..<frameCount {
            var sum: Float = 0
            for c in 0..<channels { sum += samples[frame * channels + c] }
            out[frame] = sum * scale
        }
        return AudioBuffer(samples: out, sampleRate: sampleRate)
    }

    /// Interleaves mono buffers of the same rate into one multi-channel buffer,
    /// padding shorter ones with silence.
    public static func interleaving(_ channels: [AudioBuffer]) -> AudioBuffer {
        precondition(!channels.isEmpty, "need at least one channel")
        let rate = channels[0].sampleRate
        precondition(channels.allSatisfy { $0.sampleRate == rate && $0.channels == 1 }, "channels must be mono at one rate")
        let frames = channels.map(\.frameCount).max() ?? 0
        var out = [Float](repeating: 0, count: frames * channels.count)
        for (c, buffer) in channels.enumerated() {
            for (i, s) in buffer.samples.enumerated() { out[i * channels.count + c] = s }
        }
        return AudioBuffer(samples: out, sampleRate: rate, channels: channels.count)
    }

    /// A slice of frames `[start, start + count)`, clamped to the buffer.
    public func frames(_ start: Int, count: Int) -> AudioBuffer {
        let lower = max(0, min(start, frameCount))
        let upper = max(lower, min(start + count, frameCount))
        return AudioBuffer(samples: Array(samples[(lower * channels)..<(upper * channels)]), sampleRate: sampleRate, channels: channels)
    }

    /// Appends another buffer of the same format.
    public mutating func append(_ other: AudioBuffer) {
        precondition(other.sampleRate == sampleRate && other.channels == channels, "format mismatch")
        samples.append(contentsOf: other.samples)
    }
}
