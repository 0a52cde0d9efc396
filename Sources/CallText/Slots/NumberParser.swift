import Foundation

/// Reads a cardinal number from recognizer text.
///
/// Forms understood:
/// - words: "seven", "forty two", "one hundred five", "one hundred and five", "a hundred",
///   "fifteen hundred", "two thousand twenty", "two thousand and five", "a thousand",
///   "three million two hundred thousand", "zero" (up to 999,999,999,999);
/// - written digits: "3", "1250", "1,250", "2.5";
/// - pairs, read as hundreds the way years and prices are said: a number of 1–99 in at
///   most two words followed by 10–99 or "oh" and a digit — "twelve fifty" is 1250,
///   "nineteen eighty five" 1985, "twenty twenty" 2020, "nine oh five" 905;
/// - decimals: "two point five", "point five", "three point one four", "one point oh
///   five", "four point twenty five" (0.25 after the point), "two and a half";
/// - a sign: "minus five", "negative five";
/// - the misspellings "fourty" and "ninty".
///
/// Not numbers: "oh" and "o" on their own (an interjection, a letter), "a" or "an"
/// without "hundred" or a scale word ("a dozen" is not read), ordinals ("twenty first",
/// "the third"; "one second" is a moment), and "one" used as a pronoun — after "the",
/// "that", "this", "which", "each", "every", "any", "another", "other", "no", "some",
/// "same", "next", "last", "first", "earlier", "later", "right", "wrong", "new", "old",
/// "big", "small", "little", "bigger", "smaller", or before "moment" or "sec".
/// Homophones ("for", "to") are never read as numbers.
///
/// Several numbers side by side that cannot form one ("two three", "two, no, three")
/// are separate numbers. When the text holds several, the last one wins: a caller's
/// correction comes last.
public enum NumberParser {
    /// The last number in `text`, or nil if there is none.
    public static func parse(_ text: String) -> Decimal? {
        guard let found = last(in: SpokenTokens.words(text)) else { return nil }
        return decimal(found.reading, negative: found.negative)
    }

    /// The last number in `text` if it is a whole number (nil for "two point five").
    public static func integer(_ text: String) -> Int? {
        guard let found = last(in: SpokenTokens.words(text)), found.reading.fraction.allSatisfy({ $0 == "0" }) else { return nil }
        return found.negative ? -found.reading.whole : found.reading.whole
    }

    static let pronounBefore: Set<String> = [
        "the", "that", "this", "which", "each", "every", "any", "another", "other", "no", "some", "same", "next",
        "last", "first", "earlier", "later", "right", "wrong", "new", "old", "big", "small", "little", "bigger",
        "smaller",
    ]
    static let pronounAfter: Set<String> = ["moment", "sec"]

    /// Every number in `words`, left to right.
    static func all(in words: [String]) -> [(reading: CardinalReading, negative: Bool)] {
        var found: [(CardinalReading, Bool)] = []
        var i = 0
        while i < words.count {
            guard let reading = read(words, at: i) else { i += 1; continue }
            let negative = i > 0 && (words[i - 1] == "minus" || words[i - 1] == "negative")
            if !isPronoun(reading, in: words) { found.append((reading, negative)) }
            i = reading.end
        }
        return found
    }

    static func last(in words: [String]) -> (reading: CardinalReading, negative: Bool)? {
        all(in: words).last
    }

    /// The number at `i` with the pair form ("twelve fifty" → 1250).
    static func read(_ words: [String], at i: Int) -> CardinalReading? {
        guard var reading = CardinalReading.read(words, at: i) else { return nil }
        if reading.small, let tail = CardinalReading.pairTail(words, at: reading.end) {
            let afterTail = reading.end + tail.used
            if afterTail < words.count, CardinalReading.word(words[afterTail]) == "point" { return reading }
            reading.whole = reading.whole * 100 + tail.value
            reading.used += tail.used
            reading.small = false
        }
        return reading
    }

    static func isPronoun(_ reading: CardinalReading, in words: [String]) -> Bool {
        guard reading.used == 1, words[reading.start] == "one" else { return false }
        if reading.start > 0, pronounBefore.contains(words[reading.start - 1]) { return true }
        return reading.end < words.count && pronounAfter.contains(words[reading.end])
    }

    static func decimal(_ reading: CardinalReading, negative: Bool) -> Decimal? {
        let text = (negative ? "-" : "") + String(reading.whole) + (reading.fraction.isEmpty ? "" : "." + reading.fraction)
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }
}
