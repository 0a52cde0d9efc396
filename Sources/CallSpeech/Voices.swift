/// The catalogue of local voices and a factory for their synthesizers.
public enum Voices {
    /// Every `engine/name` voice that can be synthesized on this machine.
    public static var all: [String] {
        FliteSynthesizer.voices.map { "flite/\($0)" } + EspeakSynthesizer.voices.map { "espeak/\($0)" }
    }

    /// A synthesizer for `engine/name`. espeak voices take variants (`espeak/en-us+f3`).
    public static func synthesizer(for voice: String) throws(SpeechError) -> any SpeechSynthesizing {
        let parts = voice.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { throw .unknownVoice(voice, known: all) }
        switch parts[0] {
        case "flite": return try FliteSynthesizer(voice: parts[1])
        case "espeak", "espeak-ng": return try EspeakSynthesizer(voice: parts[1])
        default: throw .unknownVoice(voice, known: all)
        }
    }
}
