/// How the simulated caller knows what the agent said.
///
/// - `captions`: from the captions an in-process agent sends with its audio — the words
///   whose audio reached the ear (the default for in-process agents);
/// - `recognition`: from the audio alone, cut into replies by silence and recognized with
///   pocketsphinx, as it must for an agent that publishes no captions (one behind a
///   socket), and as a check that an in-process agent's speech can be understood.
public enum CallerListening: Sendable, Hashable {
    /// Reads the agent's captions.
    case captions
    /// Recognizes the agent's audio with this recognizer.
    case recognition(CallerRecognition)

    /// The name the report and the command line give it: `captions`, `recognize` or
    /// `recognize=PHRASES.txt`.
    public var name: String {
        switch self {
        case .captions: "captions"
        case .recognition(let recognition): recognition.phraseFile.map { "recognize=\($0)" } ?? "recognize"
        }
    }
}
