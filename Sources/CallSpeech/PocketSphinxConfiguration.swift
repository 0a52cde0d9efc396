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

    /// The en-us model's own `-cmninit` (from its feat.params).
    public static let defaultCepstralMean: [Float] = [41.00, -5.29, -0.12, 5.09, 2.48, -4.07, -1.37, -1.78, -5.08, -2.05, -6.45, -1.42, 1.17]
}
