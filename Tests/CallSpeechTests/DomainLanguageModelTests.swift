import CallAudio
import CallText
import Foundation
import Synchronization
import Testing
@testable import CallSpeech

@Suite("Domain language model", .serialized)
final class DomainLanguageModelTests {
    /// A cache folder of this test's own, so every test builds afresh; removed afterwards.
    let cache: String
    private static let instances = Atomic<Int>(0)

    init() {
        cache = (NSTemporaryDirectory() as NSString).appendingPathComponent(
            "callharness-lm-tests-\(getpid())-\(Self.instances.add(1, ordering: .relaxed).newValue)")
    }

    deinit { try? FileManager.default.removeItem(atPath: cache) }

    static let voices = ["flite/slt", "flite/rms", "flite/awb", "flite/kal16"]
    static let cmudict = PocketSphinxConfiguration.genericEnglish.dictionary

    static func speech(_ text: String, voice: String) throws -> [Float] {
        let audio = try Voices.synthesizer(for: voice).synthesize(text)
        let pad = [Float](repeating: 0, count: 4000)
        return pad + Resampler.resample(audio, to: 16000).samples + pad
    }

    /// CPU seconds this thread has used (decoding runs on the calling thread).
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Decodes `utterances` as one call: `reset()` once, then one utterance each.
    static func decodeCall(_ recognizer: PocketSphinxRecognizer, _ utterances: [[Float]]) -> [String] {
        recognizer.reset()
        return utterances.map { samples in
            recognizer.begin()
            _ = recognizer.accept(samples)
            return recognizer.end()
        }
    }

    @Test("test sentences use the model's vocabulary but are not corpus sentences")
    func testSentencesAreNew() {
        let corpus = Set(ReceptionistCorpus.sentences.map(TextNormalizer.normalize))
        let corpusWords = Set(corpus.flatMap { $0.split(separator: " ").map(String.init) } + DomainLanguageModel.conversationWords)
        for sentence in ReceptionistCorpus.testSentences {
            #expect(!corpus.contains(TextNormalizer.normalize(sentence)), "\(sentence)")
            let unknown = TextNormalizer.words(sentence).filter { !corpusWords.contains($0) }
            #expect(unknown.isEmpty, "\(sentence): \(unknown)")
        }
    }

    @Test("the domain model decodes in-domain speech with at most 5% WER, better than the generic model")
    func domainBeatsGeneric() throws {
        let domain = try DomainLanguageModel.build(corpus: ReceptionistCorpus.sentences, cacheDirectory: cache)
        var totals: [String: WordErrorRate] = ["domain": WordErrorRate(), "generic": WordErrorRate()]
        var decodeSeconds = 0.0, audioSeconds = 0.0
        for voice in Self.voices {
            let audio = try ReceptionistCorpus.testSentences.map { try Self.speech($0, voice: voice) }
            var line = voice
            for (name, configuration) in [("domain", domain), ("generic", PocketSphinxConfiguration.genericEnglish)] {
                let recognizer = try PocketSphinxRecognizer(configuration: configuration)
                let start = Self.threadCPUSeconds()
                let heard = Self.decodeCall(recognizer, audio)
                if name == "domain" {
                    decodeSeconds += Self.threadCPUSeconds() - start
                    audioSeconds += Double(audio.map(\.count).reduce(0, +)) / 16000
                }
                var wer = WordErrorRate()
                for (reference, hypothesis) in zip(ReceptionistCorpus.testSentences, heard) {
                    let alignment = WordAlignment(referenceText: reference, hypothesisText: hypothesis)
                    if alignment.errors > 0 { print("  \(voice) \(name)\n    \(alignment.rendered.reference)\n    \(alignment.rendered.hypothesis)") }
                    wer.add(alignment)
                }
                totals[name]!.add(wer)
                line += String(format: "  %@ WER %.1f%% (S %d D %d I %d / %d)", name, wer.rate * 100, wer.substitutions, wer.deletions, wer.insertions, wer.referenceWords)
            }
            print(line)
        }
        let domainWER = totals["domain"]!, genericWER = totals["generic"]!
        print(String(format: "corpus WER: domain %.2f%%, generic %.2f%% over %d words; domain decode real-time factor %.4f",
                     domainWER.rate * 100, genericWER.rate * 100, domainWER.referenceWords, decodeSeconds / audioSeconds))
        #expect(domainWER.referenceWords == genericWER.referenceWords)
        #expect(domainWER.referenceWords > 300)
        #expect(domainWER.rate <= 0.05)
        #expect(domainWER.rate < genericWER.rate)
    }

    @Test("a surname the dictionary lacks is spelled by rule and recognized", arguments: ["flite/slt", "flite/rms", "flite/awb", "flite/kal16"])
    func lettersToSound(voice: String) throws {
        let surname = "okafor"
        let dictionary = try String(contentsOfFile: Self.cmudict, encoding: .utf8)
        #expect(!dictionary.split(separator: "\n").contains { $0.hasPrefix(surname + " ") || $0.hasPrefix(surname + "(") })

        let files = try DomainLanguageModel.buildFiles(corpus: ReceptionistCorpus.sentences, extraWords: ["Okafor"], cacheDirectory: cache)
        #expect(files.spelledByRules == [surname])
        let modelPhones = Set(dictionary.split(separator: "\n").flatMap { $0.split(separator: " ").dropFirst().map(String.init) })
        let entry = try String(contentsOfFile: files.dictionary, encoding: .utf8).split(separator: "\n").filter { $0.hasPrefix(surname + " ") }
        #expect(entry.count == 1)
        let phones = entry.first?.split(separator: " ").dropFirst().map(String.init) ?? []
        #expect(phones.count >= 4 && phones.allSatisfy(modelPhones.contains), "\(phones)")

        let recognizer = try PocketSphinxRecognizer(configuration: files.configuration)
        let heard = Self.decodeCall(recognizer, [try Self.speech("I have an appointment with Doctor Okafor on Monday.", voice: voice)])[0]
        print("\(voice): okafor \(phones.joined(separator: " ")) → heard \"\(heard)\"")
        #expect(heard.split(separator: " ").contains { $0 == surname })
    }

    @Test("the dictionary holds cmudict's entries for the vocabulary, alternates included, and the ruled words")
    func dictionaryEntries() throws {
        let files = try DomainLanguageModel.buildFiles(corpus: ReceptionistCorpus.sentences, extraWords: ["Okafor"], cacheDirectory: cache)
        let fromDictionary = Set(files.words.filter { $0.source == .dictionary }.map(\.text))
        let expected = try String(contentsOfFile: Self.cmudict, encoding: .utf8).split(separator: "\n").filter { line in
            let head = line.prefix { $0 != " " }
            return fromDictionary.contains(String(head.prefix { $0 != "(" }))
        }
        let written = try String(contentsOfFile: files.dictionary, encoding: .utf8).split(separator: "\n")
        #expect(written.filter { !$0.hasPrefix("okafor ") }.sorted() == expected.sorted())
        #expect(written.count == expected.count + 1)
        #expect(written.contains("doesn't D AH Z AH N T") && written.contains("doesn't(2) D AH Z AH N"))
        #expect(written.contains("i'd AY D"))
        // pocketsphinx needs `word(n)` right after `word` or `word(n-1)`.
        for (index, line) in written.enumerated() {
            let head = String(line.prefix { $0 != " " })
            guard let open = head.firstIndex(of: "("), let n = Int(head[head.index(after: open)...].dropLast()) else { continue }
            let word = head[..<open]
            #expect(index > 0 && written[index - 1].hasPrefix(n == 2 ? "\(word) " : "\(word)(\(n - 1)) "), "\(line)")
        }
    }

    @Test("words nothing can pronounce are left out and reported")
    func unpronounceable() throws {
        let files = try DomainLanguageModel.buildFiles(corpus: ["Book it with Dr. Patel."], extraWords: ["東京", "Okafor"], cacheDirectory: cache)
        #expect(files.unpronounceable == ["東京"])
        #expect(files.vocabulary.contains("okafor") && files.vocabulary.contains("patel") && files.vocabulary.contains("doctor"))
        #expect(!files.vocabulary.contains("東京"))
        let arpa = ArpaFile(text: try String(contentsOfFile: files.languageModel, encoding: .utf8))
        #expect(arpa.sections[1]?["東京"] == nil)
        #expect(arpa.sections[1]?["okafor"] != nil)
        #expect(try !String(contentsOfFile: files.dictionary, encoding: .utf8).contains("東京"))
    }

    @Test("the ARPA file is well formed and every history's next-word probabilities sum to one")
    func arpaWellFormed() throws {
        let files = try DomainLanguageModel.buildFiles(corpus: ReceptionistCorpus.sentences, extraWords: ["Okafor"], cacheDirectory: cache)
        let arpa = ArpaFile(text: try String(contentsOfFile: files.languageModel, encoding: .utf8))
        #expect(arpa.malformed.isEmpty, "\(arpa.malformed.prefix(3))")
        #expect(arpa.ended)
        #expect(arpa.declaredCounts.keys.sorted() == [1, 2, 3])
        for (order, count) in arpa.declaredCounts {
            #expect(arpa.sections[order]?.count == count, "order \(order)")
        }
        // Every vocabulary word, extra and conversation words included, has a unigram.
        let unigrams = Set(arpa.sections[1]!.keys)
        #expect(unigrams == Set(files.vocabulary + ["<s>", "</s>"]))
        #expect(unigrams.isSuperset(of: DomainLanguageModel.conversationWords))
        // Every listed n-gram's history and suffix are listed one order down.
        for order in [2, 3] {
            for ngram in arpa.sections[order]!.keys {
                let words = ngram.split(separator: " ")
                #expect(arpa.sections[order - 1]![words.dropLast().joined(separator: " ")] != nil, "\(ngram)")
                #expect(arpa.sections[order - 1]![words.dropFirst().joined(separator: " ")] != nil, "\(ngram)")
            }
        }
        let histories: [[String]] = [
            [], ["<s>"], ["doctor"], ["with", "doctor"], ["<s>", "i'd"], ["appointment", "on"], ["i'd", "like"],
            ["okafor"], ["yes", "patel"], ["hello"], ["thursday", "at"], ["doctor", "lee"],
        ]
        for history in histories {
            let total = arpa.predictable.reduce(0.0) { $0 + arpa.probability($1, after: history) }
            #expect(abs(total - 1) < 1e-3, "P(·|\(history.joined(separator: " "))) sums to \(total)")
        }
        // The corpus shapes the model: seen continuations beat the floor.
        #expect(arpa.probability("doctor", after: ["appointment", "with"]) > 0.5)
        #expect(arpa.probability("okafor", after: ["with", "doctor"]) > 0)
        #expect(arpa.probability("okafor", after: ["with", "doctor"]) < arpa.probability("patel", after: ["with", "doctor"]))
    }

    @Test("a second build reuses the cached files; a decoder loads quickly")
    func cacheReuse() throws {
        let folder = cache + "/reuse"
        let buildStart = Self.threadCPUSeconds()
        let first = try DomainLanguageModel.buildFiles(corpus: ReceptionistCorpus.sentences, cacheDirectory: folder)
        let stamps = try [first.languageModel, first.dictionary].map { try FileManager.default.attributesOfItem(atPath: $0) }
        let reuseStart = Self.threadCPUSeconds()
        let second = try DomainLanguageModel.buildFiles(corpus: ReceptionistCorpus.sentences, cacheDirectory: folder)
        let reuseEnd = Self.threadCPUSeconds()
        print(String(format: "domain model from %d sentences: built in %.3f CPU s, found in the cache in %.4f CPU s",
                     ReceptionistCorpus.sentences.count, reuseStart - buildStart, reuseEnd - reuseStart))
        #expect(!first.reused)
        #expect(second.reused)
        #expect(second.languageModel == first.languageModel && second.dictionary == first.dictionary)
        #expect(second.words == first.words)
        let again = try [second.languageModel, second.dictionary].map { try FileManager.default.attributesOfItem(atPath: $0) }
        for (before, after) in zip(stamps, again) {
            #expect(before[.systemFileNumber] as? Int == after[.systemFileNumber] as? Int)
            #expect(before[.modificationDate] as? Date == after[.modificationDate] as? Date)
        }
        let other = try DomainLanguageModel.buildFiles(corpus: ReceptionistCorpus.sentences + ["Goodbye."], cacheDirectory: folder)
        #expect(other.folder != first.folder)

        let start = Self.threadCPUSeconds()
        let recognizer = try PocketSphinxRecognizer(configuration: second.configuration)
        let load = Self.threadCPUSeconds() - start
        let dictionaryLines = try String(contentsOfFile: second.dictionary, encoding: .utf8).split(separator: "\n").count
        print(String(format: "domain decoder load: %.3f CPU s (%d words, %d dictionary lines)", load, second.vocabulary.count, dictionaryLines))
        #expect(recognizer.configuration.search == .languageModel(second.languageModel))
    }

    @Test("a damaged cache folder is rebuilt")
    func damagedCache() throws {
        let folder = cache + "/damaged"
        let first = try DomainLanguageModel.buildFiles(corpus: ["Book it with Dr. Lee."], cacheDirectory: folder)
        try FileManager.default.removeItem(atPath: first.dictionary)
        let second = try DomainLanguageModel.buildFiles(corpus: ["Book it with Dr. Lee."], cacheDirectory: folder)
        #expect(!second.reused)
        #expect(second.folder == first.folder && second.words == first.words)
        #expect(FileManager.default.fileExists(atPath: second.dictionary))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == 1)
    }

    @Test("without sentences, a unigram model of the extra and conversation words loads and decodes")
    func wordsOnly() throws {
        let files = try DomainLanguageModel.buildFiles(corpus: [], extraWords: ["Patel", "Okafor"], cacheDirectory: cache)
        let arpa = ArpaFile(text: try String(contentsOfFile: files.languageModel, encoding: .utf8))
        #expect(arpa.malformed.isEmpty && arpa.ended)
        #expect(arpa.declaredCounts == [1: files.vocabulary.count + 2])
        #expect(abs(arpa.predictable.reduce(0.0) { $0 + arpa.probability($1, after: ["patel"]) } - 1) < 1e-3)
        let recognizer = try PocketSphinxRecognizer(configuration: files.configuration)
        let heard = Self.decodeCall(recognizer, [try Self.speech("Hello, yes, thank you.", voice: "flite/rms")])[0]
        print("unigram model heard \"\(heard)\"")
        #expect(WordAlignment(referenceText: "hello yes thank you", hypothesisText: heard).wordErrorRate <= 0.25)
    }

    @Test("concurrent builders of the same model agree and leave one complete folder")
    func concurrentBuilders() throws {
        let folder = cache + "/concurrent"
        let results = Mutex<[Result<DomainLanguageModel.Files, SpeechError>]>([])
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            let result = Result { () throws(SpeechError) in
                try DomainLanguageModel.buildFiles(corpus: ReceptionistCorpus.sentences, cacheDirectory: folder)
            }
            results.withLock { $0.append(result) }
        }
        let files = try results.withLock { list in try list.map { try $0.get() } }
        #expect(files.count == 4)
        #expect(Set(files.map(\.folder)).count == 1)
        #expect(Set(files.map(\.words)).count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [(files[0].folder as NSString).lastPathComponent])
        let arpa = ArpaFile(text: try String(contentsOfFile: files[0].languageModel, encoding: .utf8))
        #expect(arpa.ended && arpa.malformed.isEmpty)
        _ = try PocketSphinxRecognizer(configuration: files[0].configuration)
    }

    @Test("10, 20 and 160 ms chunks give the same final text with the domain model")
    func chunking() throws {
        let recognizer = try PocketSphinxRecognizer(configuration: DomainLanguageModel.build(corpus: ReceptionistCorpus.sentences, cacheDirectory: cache))
        let sentence = ReceptionistCorpus.testSentences[1]
        let audio = try Self.speech(sentence, voice: "flite/rms")
        let texts = [160, 320, 2560].map { recognizer.recognize(audio, chunk: $0) }
        #expect(texts[0] == texts[1])
        #expect(texts[1] == texts[2])
        #expect(WordAlignment(referenceText: sentence, hypothesisText: texts[0]).wordErrorRate < 0.2, "\(texts[0])")
    }
}
