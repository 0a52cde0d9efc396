import CSpeexDSP

/// Sample-rate conversion with the speexdsp resampler (quality 5).
///
/// `resample(_:to:)` converts a whole buffer and compensates the filter delay, so the
/// output is time-aligned with the input and exactly `frames × out / in` long (rounded).
/// `StreamingResampler` converts a stream chunk by chunk and keeps the filter's delay,
/// as a real-time resampler would.
public enum Resampler {
    /// speexdsp quality 0…10; 5 is its "default voice" setting.
    public static let quality: Int32 = 5

    /// Converts a whole buffer to `rate`, time-aligned, every channel.
    public static func resample(_ buffer: AudioBuffer, to rate: Int) -> AudioBuffer {
        if rate == buffer.sampleRate || buffer.isEmpty {
            return AudioBuffer(samples: buffer.samples, sampleRate: rate, channels: buffer.channels)
        }
        var error: Int32 = 0
        guard let state = speex_resampler_init(UInt32(buffer.channels), UInt32(buffer.sampleRate), UInt32(rate), quality, &error) else {
            fatalError("speex_resampler_init failed: \(error)")
        }
        defer { speex_resampler_destroy(state) }
        speex_resampler_skip_zeros(state)

        let channels = buffer.channels
        let inFrames = buffer.frameCount
        let outFrames = Int((Int64(inFrames) * Int64(rate) + Int64(buffer.sampleRate) / 2) / Int64(buffer.sampleRate))
        let flush = Int(speex_resampler_get_input_latency(state))
        var input = buffer.samples
        input.append(contentsOf: [Float](repeating: 0, count: (flush + 1) * channels))
        var output = [Float](repeating: 0, count: (outFrames + 64) * channels)

        var consumed = 0, produced = 0
        let totalIn = input.count / channels
        while consumed < totalIn && produced < outFrames {
            var inLen = UInt32(totalIn - consumed)
            var outLen = UInt32(output.count / channels - produced)
            input.withUnsafeBufferPointer { inPtr in
                output.withUnsafeMutableBufferPointer { outPtr in
                    _ = speex_resampler_process_interleaved_float(
                        state, inPtr.baseAddress! + consumed * channels, &inLen,
                        outPtr.baseAddress! + produced * channels, &outLen)
                }
            }
            if inLen == 0 && outLen == 0 { break }
            consumed += Int(inLen)
            produced += Int(outLen)
        }
        var samples = Array(output.prefix(min(produced, outFrames) * channels))
        if produced < outFrames { samples.append(contentsOf: [Float](repeating: 0, count: (outFrames - produced) * channels)) }
        return AudioBuffer(samples: samples, sampleRate: rate, channels: channels)
    }
}

/// A mono resampler fed chunk by chunk; the same input in any chunking gives the same output.
public final class StreamingResampler {
    private let state: OpaquePointer
    /// Input rate.
    public let inputRate: Int
    /// Output rate.
    public let outputRate: Int

    /// Creates a resampler from `inputRate` to `outputRate` (mono).
    public init(from inputRate: Int, to outputRate: Int) {
        var error: Int32 = 0
        guard let state = speex_resampler_init(1, UInt32(inputRate), UInt32(outputRate), Resampler.quality, &error) else {
            fatalError("speex_resampler_init failed: \(error)")
        }
        self.state = state
        self.inputRate = inputRate
        self.outputRate = outputRate
    }

    deinit { speex_resampler_destroy(state) }

    /// The delay the filter adds, in output samples.
    public var latency: Int { Int(speex_resampler_get_output_latency(state)) }

    /// Converts the next chunk; returns whatever output is ready.
    public func process(_ chunk: [Float]) -> [Float] {
        if chunk.isEmpty { return [] }
        var output = [Float](repeating: 0, count: chunk.count * outputRate / inputRate + 16)
        var consumed = 0, produced = 0
        while consumed < chunk.count {
            var inLen = UInt32(chunk.count - consumed)
            var outLen = UInt32(output.count - produced)
            chunk.withUnsafeBufferPointer { inPtr in
                output.withUnsafeMutableBufferPointer { outPtr in
                    _ = speex_resampler_process_float(state, 0, inPtr.baseAddress! + consumed, &inLen, outPtr.baseAddress! + produced, &outLen)
                }
            }
            consumed += Int(inLen)
            produced += Int(outLen)
            if produced == output.count { output.append(contentsOf: [Float](repeating: 0, count: 64)) }
            if inLen == 0 && outLen == 0 { break }
        }
        return Array(output.prefix(produced))
    }
}
