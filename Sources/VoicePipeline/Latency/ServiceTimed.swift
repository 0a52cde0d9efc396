import CallAudio
import CallSpeech
import SimTime

/// A recognizer that is a network service: it reports how long its last final took, which
/// a `measured` latency profile charges instead of CPU time (a request's waiting is no CPU).
public protocol ServiceRecognizing: SpeechRecognizing {
    /// The measured time from the request for the last utterance's final to its answer.
    var lastLatency: SimDuration? { get }
    /// Why the last utterance got no text (one line, no secrets), nil when it got an answer.
    var lastFailure: String? { get }
}

/// A synthesizer that is a network service: besides the audio it reports the measured
/// time to the first byte of the answer, which a `measured` profile charges. Its audio
/// is kept in memory only, never in the disk synthesis cache: a cassette recorded in one
/// process must hold every request another process will need.
public protocol ServiceSynthesizing: SpeechSynthesizing {
    /// Speaks `text` at `rate`; returns the audio and the measured time to its first byte.
    func synthesizeMeasured(_ text: String, rate: Double) throws(SpeechError) -> (audio: AudioBuffer, firstByte: SimDuration)
}
