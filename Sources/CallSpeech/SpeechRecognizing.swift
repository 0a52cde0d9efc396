/// Streaming speech recognition: audio in, partial hypotheses while speech goes on, a
/// final hypothesis when the utterance ends.
///
/// A recognizer is stateful and belongs to one call; it is not shared between threads.
public protocol SpeechRecognizing: AnyObject {
    /// The rate `accept` expects.
    var sampleRate: Int { get }
    /// Forgets what was learned from earlier audio: call it when a new call starts.
    func reset()
    /// Starts a new utterance.
    func begin()
    /// Feeds the next samples (any chunk size); returns the partial hypothesis when it changed.
    func accept(_ samples: [Float]) -> String?
    /// Ends the utterance and returns the final hypothesis (empty when nothing was recognized).
    func end() -> String
    /// False for a recognizer that only answers at the end of an utterance: the agent
    /// cannot then tell a back-channel from an interruption by its words.
    var producesPartials: Bool { get }
}

extension SpeechRecognizing {
    /// Streaming recognizers give partials.
    public var producesPartials: Bool { true }

    /// Recognizes one utterance, fed in chunks of `chunk` samples, as the first of a
    /// call; returns the final text.
    public func recognize(_ samples: [Float], chunk: Int) -> String {
        reset()
        begin()
        var start = 0
        while start < samples.count {
            let stop = min(samples.count, start + max(1, chunk))
            _ = accept(Array(samples[start..<stop]))
            start = stop
        }
        return end()
    }
}
