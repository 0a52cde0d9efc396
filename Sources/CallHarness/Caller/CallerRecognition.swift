import CallScenario
import CallSpeech
import Foundation
import VoicePipeline

/// The recognizer a caller hears the agent with: pocketsphinx with the generic US English
/// model, or with a language model built from a file of what the agent says (its phrases).
public struct CallerRecognition: Sendable, Hashable {
    /// What the recognizer loads.
    public let configuration: PocketSphinxConfiguration
    /// The phrase file its language model was built from, nil for the generic model.
    public let phraseFile: String?

    /// Recognizes with `configuration` (an agent's own recognizer setting, for instance).
    public init(configuration: PocketSphinxConfiguration, phraseFile: String? = nil) {
        self.configuration = configuration
        self.phraseFile = phraseFile
    }

    /// The generic US English model and language model.
    public static let genericEnglish = CallerRecognition(configuration: .genericEnglish)

    /// A language model built from the phrases in `file`: one a line, blank lines and lines
    /// starting with `#` skipped; `{weekday}`, `{date}`, `{time}`, `{year}`, `{number}`,
    /// `{digits}` and `{letter}` stand for the spoken forms of each (every one appears in
    /// the model). The generic everyday words are always known.
    public static func phrases(file: String) throws -> CallerRecognition {
        let phrases = try Self.phrases(in: file)
        do {
            let model = try DomainLanguageModel.buildFiles(corpus: phrases)
            return CallerRecognition(configuration: model.configuration, phraseFile: file)
        } catch {
            throw ScenarioError(file: file, line: nil, key: nil, message: "cannot build a language model: \(error)")
        }
    }

    /// The placeholders a phrase file may use.
    static let placeholders: [String: [String]] = DomainCorpus.generic.merging([
        "weekday": DomainCorpus.weekdays, "date": DomainCorpus.spokenDates, "time": DomainCorpus.spokenTimes,
        "year": DomainCorpus.spokenYears,
    ]) { _, calendar in calendar }

    /// The phrases of `file`, placeholders expanded; an unreadable file, one without
    /// phrases or an unknown placeholder is an error naming the file (and line).
    static func phrases(in file: String) throws -> [String] {
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
            throw ScenarioError(file: file, line: nil, key: nil, message: "cannot read the phrase file")
        }
        var out: [String] = []
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            if let unknown = DomainCorpus.placeholders(in: line).first(where: { placeholders[$0] == nil }) {
                throw ScenarioError(file: file, line: number + 1, key: nil,
                                    message: "unknown placeholder {\(unknown)}; known: \(placeholders.keys.sorted().map { "{\($0)}" }.joined(separator: ", "))")
            }
            out += DomainCorpus.expand([line], values: placeholders)
        }
        guard !out.isEmpty else { throw ScenarioError(file: file, line: nil, key: nil, message: "the phrase file has no phrases") }
        return out
    }
}
