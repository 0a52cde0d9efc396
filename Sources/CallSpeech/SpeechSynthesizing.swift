import CallAudio

/// Turns text into speech audio.
public protocol SpeechSynthesizing: Sendable {
    /// The voice, as `engine/name` (e.g. `flite/slt`, `espeak/en-gb-scotland`).
    var voice: String { get }
    /// The rate of the audio it returns.
    var sampleRate: Int { get }
    /// A string that changes whenever the same text could sound different (engine
    /// version, voice); part of synthesis cache keys.
    var fingerprint: String { get }
    /// Speaks `text` at `rate` (1 = the voice's normal speed, 1.5 = 50% faster).
    func synthesize(_ text: String, rate: Double) throws(SpeechError) -> AudioBuffer
}

extension SpeechSynthesizing {
    /// Speaks `text` at the voice's normal rate.
    public func synthesize(_ text: String) throws(SpeechError) -> AudioBuffer {
        try synthesize(text, rate: 1)
    }
}
