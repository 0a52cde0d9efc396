/// Finds the name a caller gives: "my name is john smith", "it's jane doe", "this is
/// emily davis calling", "john smith".
///
/// 1. The name's place: the words after a cue ("my name is", "name is", "this is",
///    "it is", "i am", "call me", "for") up to the first stopword, trying the last cue
///    first; with no cue, the whole utterance. Text with cues but no name after any of
///    them is nil.
/// 2. A known name (`known`) that `FuzzyMatcher` finds there with a score of at least
///    `knownNameScore` wins, as written in `known`: "jane dough" → "Jane Doe".
/// 3. Otherwise the spoken words, title-cased: two or three non-stopwords after a cue
///    (titles such as "mister" skipped; more than three keep the first three), or the
///    whole utterance when its non-stopwords are two or three consecutive words.
/// Anything else — one word, a date, "yes please" — is nil. `notNames` are the domain's
/// own words, which end a name like stopwords do ("my name is john smith appointment").
public enum PersonNameParser {
    /// True when `word` (normalized) can be part of a person's name: not a function word,
    /// filler, calendar or clock word, number or title.
    public static func canBePartOfName(_ word: String) -> Bool {
        !Stopwords.isStopword(word) && !FuzzyMatcher.titles.contains(word)
    }

    /// The least `FuzzyMatcher` score for a known name to be taken.
    public static let knownNameScore = 0.75

    static let cues: [[String]] = [
        ["my", "name", "is"], ["the", "name", "is"], ["name", "is"], ["my", "name"], ["this", "is"], ["it", "is"],
        ["i", "am"], ["call", "me"], ["for"],
    ]

    /// The caller's name, or nil if the text gives none.
    public static func parse(_ text: String, known: [String] = [], notNames: Set<String> = []) -> String? {
        let words = SlotWords.words(text)
        guard !words.isEmpty else { return nil }
        var sawCue = false
        for index in words.indices.reversed() {
            for cue in cues where SlotWords.has(cue, in: words, at: index) {
                sawCue = true
                if let name = name(after: words[(index + cue.count)...], known: known, notNames: notNames) { return name }
            }
        }
        if sawCue { return nil }
        let content = words.enumerated().filter {
            !Stopwords.isStopword($0.element) && !notNames.contains($0.element) && !FuzzyMatcher.titles.contains($0.element)
        }
        guard let firstIndex = content.first?.offset, let lastIndex = content.last?.offset else { return nil }
        if !known.isEmpty,
           let match = FuzzyMatcher.bestMatch(inWords: content.map(\.element), candidates: known, minimumScore: knownNameScore) {
            return match.candidate
        }
        guard (2...3).contains(content.count), lastIndex - firstIndex + 1 == content.count else { return nil }
        return titleCased(content.map(\.element)[...])
    }

    /// The name in the words after a cue.
    static func name(after region: ArraySlice<String>, known: [String], notNames: Set<String> = []) -> String? {
        var region = region
        while let first = region.first, FuzzyMatcher.titles.contains(first) { region = region.dropFirst() }
        let name = Array(region.prefix { !Stopwords.isStopword($0) && !notNames.contains($0) && !participles.contains($0) })
        guard !name.isEmpty else { return nil }
        if !known.isEmpty, let match = FuzzyMatcher.bestMatch(inWords: name, candidates: known, minimumScore: knownNameScore) {
            return match.candidate
        }
        return name.count >= 2 ? titleCased(name.prefix(3)) : nil
    }

    /// Words that follow "i am" and are no name ("i am looking for …").
    static let participles: Set<String> = ["looking", "trying", "wondering", "hoping", "interested", "asking", "phoning", "ringing"]

    static func titleCased(_ words: ArraySlice<String>) -> String {
        words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}
