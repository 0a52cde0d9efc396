import CallText

/// Turns written domain sentences into the word forms a recognizer outputs: `TextNormalizer`'s
/// canonical words (lower-case, numbers and times spelled out, titles expanded), except that
/// contractions the pronunciation dictionary knows ("i'd", "don't", "o'clock") stay whole,
/// as speakers say them.
enum DomainText {
    /// The words of `sentence`; an apostrophe word stays whole when `isKept` says so.
    static func words(_ sentence: String, keeping isKept: (String) -> Bool) -> [String] {
        var words: [String] = []
        var segment: [Substring] = []
        func flush() {
            if !segment.isEmpty { words += TextNormalizer.words(segment.joined(separator: " ")) }
            segment.removeAll()
        }
        for token in straightened(sentence).split(whereSeparator: \.isWhitespace) {
            if let word = apostropheWord(token), isKept(word) {
                flush()
                words.append(word)
            } else {
                segment.append(token)
            }
        }
        flush()
        return words
    }

    /// The apostrophe words of `sentence` ("I'd," → "i'd"): the candidates `words` may keep.
    static func apostropheWords(_ sentence: String) -> [String] {
        straightened(sentence).split(whereSeparator: \.isWhitespace).compactMap(apostropheWord)
    }

    /// `token` lower-cased without surrounding punctuation, when it is letters with an
    /// inner apostrophe.
    private static func apostropheWord(_ token: Substring) -> String? {
        let word = token.lowercased().drop { !$0.isLetter }.reversed().drop { !$0.isLetter }.reversed()
        guard word.contains("'"), word.allSatisfy({ $0.isLetter || $0 == "'" }) else { return nil }
        return String(word)
    }

    private static func straightened(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
    }
}
