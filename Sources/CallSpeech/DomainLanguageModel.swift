import Foundation

/// Builds a recognizer constrained to a voice agent's domain: a trigram language model of
/// the domain's sentences and a pronunciation dictionary of just their words.
///
/// The corpus (sentences with templates already expanded) is normalized to the words the
/// recognizer outputs (`DomainText`). The model is a Witten–Bell trigram in ARPA form
/// (`BackoffTrigramModel`) over the corpus words, `extraWords` (names and other words the
/// templates do not show) and `conversationWords`, each with a unigram floor so sentences
/// outside the templates can still be decoded. Pronunciations come from the en-us CMU
/// dictionary, with alternates; words it lacks are spelled by flite's letter-to-sound
/// rules, and words neither can pronounce are left out and reported.
///
/// The files are cached in a folder named by a hash of everything they are made from, in
/// the user's private cache folder (`UserCacheFolder`), with a manifest of each file's
/// size and digest; they are reused when the manifest matches them, so a second build of
/// the same model only hashes its inputs and reads the files back. A folder that does not
/// match its manifest (damaged, edited, or not ours) is rebuilt. A build writes into a
/// private temporary folder and renames it into place, so concurrent builders of the same
/// model never see or leave a partial folder.
public enum DomainLanguageModel {
    /// Everyday words every domain model knows, whatever its corpus says.
    public static let conversationWords = [
        "yes", "yeah", "yep", "no", "nope", "okay", "sure", "right", "alright", "fine", "great", "good",
        "thanks", "thank", "you", "please", "sorry", "hello", "hi", "hey", "bye", "goodbye",
        "um", "uh", "hmm", "oh", "well", "so", "actually", "maybe", "wait", "hold", "on", "just",
        "a", "the", "and", "i", "it", "that", "is", "what", "can", "could", "repeat", "again",
        "speak", "person", "human", "agent", "help",
    ]

    /// The least share of unigram probability spread evenly over the vocabulary.
    static let unigramFloor = 0.05
    /// The least backoff weight of a bigram or trigram history.
    static let minimumBackoff = 0.02
    /// Changes whenever the files built from the same inputs would change.
    static let formatVersion = "callharness-domain-lm-2"

    /// The default cache folder: `lm` in the user's cache folder.
    public static var defaultCacheDirectory: String { UserCacheFolder.path("lm") }

    /// A recognizer configuration for the domain of `corpus`: the built (or cached)
    /// language model and dictionary with the default en-us acoustic model.
    public static func build(corpus: [String], extraWords: [String] = [], cacheDirectory: String? = nil) throws(SpeechError) -> PocketSphinxConfiguration {
        try buildFiles(corpus: corpus, extraWords: extraWords, cacheDirectory: cacheDirectory).configuration
    }

    /// Builds the model, or finds it in the cache, and says what it holds: the vocabulary,
    /// the words spelled by rule, and the words left out because nothing could pronounce them.
    public static func buildFiles(corpus: [String], extraWords: [String] = [], cacheDirectory: String? = nil) throws(SpeechError) -> Files {
        let source = PocketSphinxConfiguration.genericEnglish.dictionary
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: source) else { throw .modelMissing(source) }
        let key = cacheKey([
            [formatVersion, source, "\((attributes[.size] as? Int) ?? 0)", "\(unigramFloor)", "\(minimumBackoff)"],
            conversationWords, corpus, extraWords,
        ])
        let directory = cacheDirectory ?? defaultCacheDirectory
        try UserCacheFolder.makePrivate(directory)
        let folder = (directory as NSString).appendingPathComponent(key)
        if let files = Files(folder: folder, reused: true) { return files }
        Files.discardDamaged(folder)
        let (arpa, dictionary, sources) = try make(corpus: corpus, extraWords: extraWords, dictionary: source)
        try Files.write(into: folder, [
            (Files.languageModelName, arpa),
            (Files.dictionaryName, dictionary),
            (Files.wordsName, sources.map { "\($0.text)\t\($0.source.rawValue)\n" }.joined()),
        ])
        guard let files = Files(folder: folder, reused: false) else { throw .engineFailed("cannot read back the language model in \(folder)") }
        return files
    }

    /// The ARPA text, dictionary text and each vocabulary word's pronunciation source.
    static func make(corpus: [String], extraWords: [String], dictionary path: String) throws(SpeechError) -> (arpa: String, dictionary: String, sources: [Files.Word]) {
        // Contractions stay whole only where the dictionary knows them.
        let candidates = Set((corpus + extraWords).flatMap(DomainText.apostropheWords))
        let known = candidates.isEmpty ? [] : Set(try PronunciationDictionary(path: path, words: candidates).entries.keys)
        let sentences = corpus.map { DomainText.words($0, keeping: known.contains) }
        let extra = extraWords.flatMap { DomainText.words($0, keeping: known.contains) }
        let vocabulary = Set(sentences.joined()).union(extra).union(conversationWords).sorted()

        let dictionary = try PronunciationDictionary(path: path, words: Set(vocabulary))
        var pronunciations: [String: [[String]]] = [:]
        var sources: [Files.Word] = []
        for word in vocabulary {
            if !dictionary[word].isEmpty {
                pronunciations[word] = dictionary[word]
                sources.append(Files.Word(text: word, source: .dictionary))
            } else if let phones = LetterToSound.pronunciation(of: word) {
                pronunciations[word] = [phones]
                sources.append(Files.Word(text: word, source: .rules))
            } else {
                sources.append(Files.Word(text: word, source: .none))
            }
        }
        let pronounceable = vocabulary.filter { pronunciations[$0] != nil }
        guard !pronounceable.isEmpty else { throw .engineFailed("the domain corpus has no pronounceable words") }
        let model = BackoffTrigramModel(
            sentences: sentences.map { $0.filter { pronunciations[$0] != nil } },
            vocabulary: pronounceable, unigramFloor: unigramFloor, minimumBackoff: minimumBackoff)
        return (model.arpa, PronunciationDictionary.text(pronunciations, order: pronounceable), sources)
    }

    /// A 64-bit FNV-1a hash of `groups`, as 16 hex digits.
    static func cacheKey(_ groups: [[String]]) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for group in groups {
            for part in group + ["\u{1E}"] {
                for byte in part.utf8 + [0x1F] { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
            }
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
