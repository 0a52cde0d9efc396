import CallAudio
import Synchronization

/// The voices babble noise is made of: four flite talkers reading unrelated sentences,
/// synthesized once per process and sample rate.
public enum BabbleTalkers {
    static let lines: [(voice: String, text: String)] = [
        ("flite/kal16", "The quarterly numbers came in lower than expected, so the meeting moved to Thursday afternoon."),
        ("flite/slt", "She said the train was late again, and nobody had any idea when the next one would arrive."),
        ("flite/rms", "If you take the second left after the bridge, the restaurant is right across from the old bank."),
        ("flite/awb", "We should order more paper before the end of the month, the printer upstairs is nearly out."),
        ("flite/slt", "My brother finally fixed the car, but now the heater makes a strange rattling noise."),
        ("flite/rms", "Could you send me the slides from this morning? I want to go over the budget part again."),
    ]

    private static let cache = Mutex<[Int: [AudioBuffer]]>([:])

    /// The talkers at `sampleRate`.
    public static func talkers(sampleRate: Int) throws(SpeechError) -> [AudioBuffer] {
        if let cached = cache.withLock({ $0[sampleRate] }) { return cached }
        var talkers: [AudioBuffer] = []
        for line in lines {
            let audio = try Voices.synthesizer(for: line.voice).synthesize(line.text)
            talkers.append(Resampler.resample(audio, to: sampleRate))
        }
        cache.withLock { $0[sampleRate] = talkers }
        return talkers
    }
}
