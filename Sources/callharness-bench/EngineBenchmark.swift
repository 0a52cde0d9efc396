import CallAudio
import CallSpeech
import Foundation

/// Real-time factors of the local engines: CPU seconds per audio second, median of 5.
enum EngineBenchmark {
    static let text = "Thank you for calling the clinic. I can book you with Doctor Patel on Tuesday at three in the afternoon, or with Doctor Lee on Friday morning."

    static func run() throws {
        print("Real-time factors (CPU seconds per audio second, median of 5 runs; lower is faster)")
        var speech: AudioBuffer?
        for voice in ["flite/kal", "flite/kal16", "flite/slt", "flite/rms", "flite/awb", "espeak/en-us", "espeak/en-gb-scotland"] {
            let synth = try Voices.synthesizer(for: voice)
            var audio = AudioBuffer.silence(frames: 1, sampleRate: synth.sampleRate)
            let cpu = try Measure.medianCPU(children: voice.hasPrefix("espeak")) { audio = try synth.synthesize(text) }
            if voice == "flite/awb" { speech = audio }
            print(String(format: "  synthesize %-22@ %.4f  (%.1f s of audio%@)", voice as NSString, cpu / audio.duration, audio.duration,
                         voice.hasPrefix("espeak") ? ", includes starting the espeak-ng process" : ""))
        }
        guard let speech else { return }
        for (from, to) in [(16000, 8000), (8000, 16000), (22050, 16000), (44100, 16000)] {
            let input = Resampler.resample(speech, to: from)
            let cpu = Measure.medianCPU { _ = Resampler.resample(input, to: to) }
            print(String(format: "  resample %5d → %5d Hz          %.5f", from, to, cpu / input.duration))
        }
        let wideband = Resampler.resample(speech, to: OpusCodec.sampleRate).samples
        for bitrate in [12000, 24000] {
            let cpu = Measure.medianCPU {
                let codec = OpusCodec(bitrate: bitrate)
                for start in stride(from: 0, to: wideband.count, by: OpusCodec.frameLength) {
                    _ = codec.decode(codec.encode(Array(wideband[start..<min(wideband.count, start + OpusCodec.frameLength)])))
                }
            }
            print(String(format: "  opus encode + decode %2d kbit/s     %.4f", bitrate / 1000, cpu / speech.duration))
        }
        let loadStart = Measure.cpuSeconds()
        let recognizer = try PocketSphinxRecognizer()
        let load = Measure.cpuSeconds() - loadStart
        let cpu = Measure.medianCPU { _ = recognizer.recognize(speech.samples, chunk: 320) }
        print(String(format: "  pocketsphinx decode (generic LM, 20 ms chunks) %.4f  (decoder load %.2f s)", cpu / speech.duration, load))
        let domain = try PocketSphinxRecognizer(configuration: DomainLanguageModel.build(corpus: text.split(separator: ".").map(String.init)))
        let domainCPU = Measure.medianCPU { _ = domain.recognize(speech.samples, chunk: 320) }
        print(String(format: "  pocketsphinx decode (domain LM, 20 ms chunks)  %.4f", domainCPU / speech.duration))
        print(String(format: "  peak memory %.0f MiB", Measure.peakMemoryMiB()))
    }
}
