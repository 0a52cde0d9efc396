/// What a `PocketSphinxRecognizer` loads: acoustic model, dictionary, and a language
/// model, grammar or keyword list.
public struct PocketSphinxConfiguration: Sendable, Hashable {
    /// How the search is constrained.
    public enum Search: Sendable, Hashable {
        /// An n-gram language model (ARPA text or binary).
        case languageModel(String)
        /// A JSGF grammar.
        case grammar(String)
        /// A keyword-spotting list (`-kws`).
        case keywords(String)
    }

    /// Where Debian's pocketsphinx-en-us package puts the US English model.
    public static let debianModelRoot = "/usr/share/pocketsphinx/model/en-us"

    /// The acoustic model folder.
    public var acousticModel: String
    /// The pronunciation dictionary.
    public var dictionary: String
    /// The search constraint.
    public var search: Search
    /// Initial cepstral mean (13 values), restored by `reset()`.
    public var cepstralMean: [Float]
    /// How long the cepstral mean keeps adapting before it is restored.
    public var adaptation: Adaptation = .perCall

    /// Cepstral-mean adaptation policy.
    public enum Adaptation: String, Sendable, Hashable, Codable {
        /// Adapts across the utterances of a call (a live recognizer); restored by `reset()`.
        /// Measured on flite voices: 5.8% WER against 9.9% per utterance.
        case perCall
        /// Restored before every utterance: each utterance decodes alone.
        case perUtterance
    }

    /// The generic US English model with its general language model and full dictionary.
    public static let genericEnglish = PocketSphinxConfiguration(
        acousticModel: debianModelRoot + "/en-us",
        dictionary: debianModelRoot + "/cmudict-en-us.dict",
        search: .languageModel(debianModelRoot + "/en-us.lm.bin"))

    /// Creates a configuration.
    public init(acousticModel: String, dictionary: String, search: Search, cepstralMean: [Float] = Self.defaultCepstralMean) {
        self.acousticModel = acousticModel
        self.dictionary = dictionary
        self.search = search
        self.cepstralMean = cepstralMean
    }

    /// A starting mean for telephone-band audio (8 kHz G.711, upsampled): derived by
    /// `callharness-bench calibrate` from real human speech (Debian's LibriVox test
    /// recordings) sent through such a line. The wideband mean leaves the first
    /// utterances of a phone call badly recognized (flite slt over G.711: 64% WER with
    /// the generic model, 32% with this one).
    public static let telephoneCepstralMean: [Float] = [47.31, 28.55, -33.45, 45.26, -22.86, -4.07, 13.30, -30.35, 20.52, -11.67, -1.55, 11.16, -16.42]

    /// This configuration for audio that came over an 8 kHz telephone line.
    public var forTelephone: PocketSphinxConfiguration {
        var copy = self
        copy.cepstralMean = Self.telephoneCepstralMean
        return copy
    }

    /// The en-us model's own `-cmninit` (from its feat.params).
    public static let defaultCepstralMean: [Float] = [41.00, -5.29, -0.12, 5.09, 2.48, -4.07, -1.37, -1.78, -5.08, -2.05, -6.45, -1.42, 1.17]
}
