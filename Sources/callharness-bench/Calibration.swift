import CallAudio
import CallSpeech
import CallText
import Foundation

/// `callharness-bench calibrate`: derives the recognizer's telephone-band starting
/// cepstral mean from real human speech (Debian's LibriVox test recordings) sent
/// through an 8 kHz G.711 line, and shows its effect on flite voices over that line.
enum Calibration {
    static func telephone(_ audio: AudioBuffer) -> [Float] {
        let narrow = Resampler.resample(audio, to: 8000)
        let coded = AudioBuffer(int16: MuLaw.decode(MuLaw.encode(narrow.int16Samples)), sampleRate: 8000)
        return Resampler.resample(coded, to: 16000).samples
    }

    static func run() throws {
        let calibration = try PocketSphinxRecognizer()
        calibration.reset()
        calibration.begin()
        let folder = "/usr/share/pocketsphinx/test/data/librivox/"
        for file in try FileManager.default.contentsOfDirectory(atPath: folder).filter({ $0.hasSuffix(".wav") }).sorted() {
            _ = calibration.accept(telephone(try AudioFile.read(folder + file, mono: true)))
        }
        _ = calibration.end()
        let mean = calibration.currentCepstralMean()
        print("telephone-band cepstral mean (LibriVox through G.711):")
        print("  [" + mean.map { String(format: "%.2f", $0) }.joined(separator: ", ") + "]")
        let sentences = ["Hello, I need to reschedule my appointment.", "My name is Robert Brown.", "Tuesday.",
                         "Eleven in the morning.", "Yes.", "I'd like to book an appointment with Doctor Patel."]
        for (label, start) in [("wideband mean", PocketSphinxConfiguration.defaultCepstralMean), ("telephone mean", mean)] {
            for voice in ["flite/slt", "flite/rms", "flite/awb"] {
                var configuration = PocketSphinxConfiguration.genericEnglish
                configuration.cepstralMean = start
                let recognizer = try PocketSphinxRecognizer(configuration: configuration)
                recognizer.reset()
                var total = WordErrorRate()
                for sentence in sentences {
                    recognizer.begin()
                    _ = recognizer.accept(telephone(try Voices.synthesizer(for: voice).synthesize(sentence)) + [Float](repeating: 0, count: 3200))
                    total.add(WordAlignment(referenceText: sentence, hypothesisText: recognizer.end()))
                }
                print(String(format: "  %@, %@ over G.711, generic LM: WER %.1f%%", label as NSString, voice as NSString, total.rate * 100))
            }
        }
    }
}
