import CallAudio

/// Turns 20 ms frames at one rate into 20 ms frames at another, exactly one frame out
/// for each frame in (silence first, while the resampler fills): the bridge between a
/// line at 16 kHz and a stream at 8 kHz, or back. Nil when the two rates are the same.
final class FrameResampler {
    private let resampler: StreamingResampler
    private let outputFrame: Int
    private var pending: [Float]

    /// A bridge from `inputRate` to `outputRate`, nil when no resampling is needed.
    init?(from inputRate: Int, to outputRate: Int) {
        guard inputRate != outputRate else { return nil }
        resampler = StreamingResampler(from: inputRate, to: outputRate)
        outputFrame = outputRate / 50
        pending = [Float](repeating: 0, count: outputFrame)
    }

    /// The next frame at the output rate.
    func process(_ frame: [Float]) -> [Float] {
        pending += resampler.process(frame)
        let count = min(outputFrame, pending.count)
        var out = Array(pending.prefix(count))
        pending.removeFirst(count)
        if out.count < outputFrame { out += [Float](repeating: 0, count: outputFrame - out.count) }
        return out
    }
}
