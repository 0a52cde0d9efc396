import Testing
@testable import CallAudio

@Suite("Resampling with speexdsp")
struct ResamplerTests {
    @Test("a 1 kHz sine survives 16k → 8k → 16k with at least 40 dB SNR")
    func roundTripSine() {
        let original = Signals.sine(hz: 1000, seconds: 1, rate: 16000)
        let down = Resampler.resample(original, to: 8000)
        let up = Resampler.resample(down, to: 16000)
        #expect(down.frameCount == 8000)
        #expect(up.frameCount == 16000)
        // Skip 10 ms at each end where the filter sees the edges of the signal.
        let snr = Signals.snr(original.samples, up.samples, from: 160, to: 16000 - 160)
        #expect(snr >= 40, "SNR \(snr) dB")
    }

    @Test("output is time-aligned: a click stays where it was", arguments: [8000, 22050, 44100, 48000])
    func aligned(rate: Int) {
        var samples = [Float](repeating: 0, count: 16000)
        samples[8000] = 1
        let out = Resampler.resample(AudioBuffer(samples: samples, sampleRate: 16000), to: rate)
        let peak = out.samples.indices.max { abs(out.samples[$0]) < abs(out.samples[$1]) }!
        let expected = Double(8000) * Double(rate) / 16000
        #expect(abs(Double(peak) - expected) <= 1.5, "peak at \(peak), expected \(expected)")
    }

    @Test("stereo buffers keep both channels")
    func stereo() {
        let left = Signals.sine(hz: 500, seconds: 0.5, rate: 16000)
        let right = Signals.sine(hz: 1500, amplitude: 0.25, seconds: 0.5, rate: 16000)
        let out = Resampler.resample(.interleaving([left, right]), to: 8000)
        #expect(out.channels == 2)
        #expect(abs(Level.rms(out.channel(0).samples) - Level.rms(left.samples)) < 0.2)
        #expect(abs(Level.rms(out.channel(1).samples) - Level.rms(right.samples)) < 0.2)
    }

    @Test("streaming: the same input in any chunk size gives the same output", arguments: [1, 7, 160, 320, 1000])
    func chunking(chunk: Int) {
        let input = Signals.sine(hz: 440, seconds: 0.3, rate: 8000).samples
        let whole = StreamingResampler(from: 8000, to: 16000).process(input)
        let stream = StreamingResampler(from: 8000, to: 16000)
        var pieces: [Float] = []
        var start = 0
        while start < input.count {
            pieces += stream.process(Array(input[start..<min(input.count, start + chunk)]))
            start += chunk
        }
        #expect(pieces == whole)
        #expect(whole.count >= input.count * 2 - 2 * stream.latency - 2)
    }
}
