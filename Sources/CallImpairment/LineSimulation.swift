import CallAudio
import SimTime

/// Sends a whole recording over a line, 20 ms packets at real pace, and returns what the
/// receiver played: the audio a listener on the far end hears (starting at time zero,
/// so the line's delay shows as leading silence).
public enum LineSimulation {
    /// The received audio at the codec's rate, and the line's statistics.
    public static func transmit(_ audio: AudioBuffer, over configuration: LineConfig, seed: UInt64) -> (AudioBuffer, LineStats) {
        let rate = configuration.codec.sampleRate
        let input = Resampler.resample(audio.mono(), to: rate).samples
        let frame = rate / 50
        let frames = (input.count + frame - 1) / frame
        let path = LinePath<Int>(configuration, seed: seed)
        var output: [Float] = []
        let tail = Int((path.delay + configuration.maxBufferDepth).milliseconds / 20) + Int(configuration.jitterMs * 5 / 20) + 10
        for k in 0..<(frames + tail) {
            let tick = SimInstant.zero + .milliseconds(20 * k)
            if k < frames {
                var samples = Array(input[(k * frame)..<min(input.count, (k + 1) * frame)])
                if samples.count < frame { samples += [Float](repeating: 0, count: frame - samples.count) }
                path.send(samples, tag: k, at: tick + .milliseconds(20))
            }
            output += path.receive(at: tick)?.samples ?? [Float](repeating: 0, count: frame)
        }
        return (AudioBuffer(samples: output, sampleRate: rate), path.stats)
    }
}
