import Foundation

/// Reads an email address spoken, spelled or written in recognizer text, in lower case:
/// "john dot smith at example dot com" → "john.smith@example.com".
///
/// Forms understood:
/// - "at", "at sign", "at symbol", "at the rate" (of) or "@" between the local part and
///   the domain;
/// - separators: "dot", "period", "point" (in the domain), "underscore", "under score",
///   "dash", "hyphen", "minus", "plus"; written ".", "_", "-", "+";
/// - words as they are ("john smith" → "johnsmith", "g mail" → "gmail"), letters one by
///   one ("j o h n"), letter names next to another letter ("dee a v e" → "dave"), digits
///   ("john one two three", "john twenty three", "double seven" → "77"), "double" or
///   "triple" before a letter ("double l" → "ll"); "oh" is 0 next to a digit, else the
///   letter o; "capital", "uppercase", "lowercase" and "small" are skipped;
/// - the recognizer's "dot come", "dot calm" and "dot comb" (".com"), "dotcom", "dotnet",
///   "dotorg", and "and" for "at" (only when no "at" gives an address);
/// - a written address ("john.smith@example.com"), taken whole.
///
/// The local part is the words right before "at", back to a function word ("my email is
/// …", "it's …"), "email", "address" or "spelled"; the domain is the words after, up to
/// a function word or a letter said right after a word ("… dot com i think"), and must
/// have a dot and a last label of two or more letters (the longest such stretch). Fillers
/// ("um", "uh") are dropped first. The result must be a plausible address (local part of
/// letters, digits and `. _ % + -` without a leading, trailing or doubled dot; domain
/// labels of letters, digits and inner hyphens); else nil. When several "at"s are said,
/// the last that gives an address wins ("john at gmail dot com, no, jon at gmail dot com").
public enum EmailParser {
    /// The email address in `text`, in lower case, or nil.
    public static func parse(_ text: String) -> String? {
        let words = words(text)
        for at in words.indices.reversed() {
            if let written = written(words[at]) { return written }
            guard words[at] == "at", let local = localPart(words, before: at), let domain = domain(words, after: at) else { continue }
            return local + "@" + domain
        }
        // The recognizer's "and" for "at", when no "at" gave an address.
        for at in words.indices.reversed() where words[at] == "and" {
            var heard = words
            heard[at] = "at"
            if let local = localPart(heard, before: at), let domain = domain(heard, after: at) { return local + "@" + domain }
        }
        return nil
    }

    static let separatorWords: [String: String] = [
        "dot": ".", "period": ".", "underscore": "_", "dash": "-", "hyphen": "-", "minus": "-", "plus": "+",
    ]
    static let skipped: Set<String> = ["capital", "uppercase", "lowercase", "small"]
    /// Words that end a local part going back from "at" ("my e mail is …", "spelled …").
    static let cues: Set<String> = ["email", "mail", "address", "spelled", "spell", "spelt", "at"]
    static let topLevelFixes: [String: String] = ["come": "com", "calm": "com", "comb": "com"]

    /// A written address, as one word.
    static func written(_ word: String) -> String? {
        let parts = word.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, isLocalPart(String(parts[0])), isDomain(String(parts[1])) else { return nil }
        return word
    }

    /// Lower-case words: a written address whole ("john.smith@example.com"), other
    /// written symbols spelled out ("@" → "at", "." between letters or digits → "dot",
    /// "_" → "underscore", "-" → "dash", "+" → "plus"), contractions expanded and
    /// fillers dropped.
    static func words(_ text: String) -> [String] {
        var out: [String] = []
        var rest: [Substring] = []
        for token in text.lowercased().split(whereSeparator: \.isWhitespace) {
            let trimmed = token.trimmingCharacters(in: .punctuationCharacters.union(.symbols).subtracting(CharacterSet(charactersIn: "_+")))
            if trimmed.contains("@"), let address = written(trimmed) {
                out += spokenWords(rest.joined(separator: " "))
                rest.removeAll()
                out.append(address)
            } else {
                rest.append(token)
            }
        }
        return out + spokenWords(rest.joined(separator: " "))
    }

    static func spokenWords(_ text: String) -> [String] {
        let chars = Array(text)
        func alnum(_ j: Int) -> Bool { j >= 0 && j < chars.count && (chars[j].isLetter || chars[j].isNumber) }
        var spelled = ""
        for (j, ch) in chars.enumerated() {
            switch ch {
            case "@": spelled += " at "
            case "_": spelled += " underscore "
            case "+": spelled += " plus "
            case "." where alnum(j - 1) && alnum(j + 1): spelled += " dot "
            case "-" where alnum(j - 1) && alnum(j + 1): spelled += " dash "
            case "\u{2019}": spelled.append("'")
            default: spelled.append(ch.isLetter || ch.isNumber || ch == "'" ? ch : " ")
            }
        }
        var out: [String] = []
        for raw in spelled.split(separator: " ") {
            let word = trimmingApostrophes(raw)
            if word.isEmpty || TextNormalizer.hesitations.contains(word) { continue }
            if let expanded = TextNormalizer.contractions[word] { out += expanded; continue }
            if ["dotcom", "dotnet", "dotorg"].contains(word) { out += ["dot", String(word.dropFirst(3))]; continue }
            if SlotWords.has(["under"], in: out, at: out.count - 1), word == "score" { out[out.count - 1] = "underscore"; continue }
            out.append(word)
        }
        return out
    }

    static func trimmingApostrophes(_ word: Substring) -> String {
        var s = word
        while s.first == "'" { s = s.dropFirst() }
        while s.last == "'" { s = s.dropLast() }
        return String(s)
    }

    /// Whether a word can be part of an address said in words (of its local part, where
    /// `cues` end it too).
    static func isAddressWord(_ word: String, local: Bool = false) -> Bool {
        if word.contains("'") || word == "at" || local && cues.contains(word) { return false }
        if word.count == 1 || separatorWords[word] != nil || skipped.contains(word) || word == "double" || word == "triple" { return true }
        if word.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) == false { return false }
        if word == "oh" || CardinalReading.basic(word) != nil || word == "hundred" || word == "thousand" { return true }
        return !Stopwords.isStopword(word)
    }

    /// The local part: the address words right before `at`.
    static func localPart(_ words: [String], before at: Int) -> String? {
        var start = at
        while start > 0, isAddressWord(words[start - 1], local: true) || isLetterName(words, at: start - 1, after: at) { start -= 1 }
        guard start < at, let local = assemble(Array(words[start..<at])), isLocalPart(local) else { return nil }
        return local
    }

    /// A letter name that is a function word ("are", "you", "why") counts before a letter.
    static func isLetterName(_ words: [String], at i: Int, after end: Int) -> Bool {
        SpokenLetters.names[words[i]] != nil && i + 1 < end && (words[i + 1].count == 1 || SpokenLetters.names[words[i + 1]] != nil)
    }

    /// The domain: the address words after `at` (and "sign", "symbol", "the rate of").
    static func domain(_ words: [String], after at: Int) -> String? {
        var start = at + 1
        for phrase in [["sign"], ["symbol"], ["the", "rate", "of"], ["the", "rate"]] where SlotWords.has(phrase, in: words, at: start) {
            start += phrase.count
            break
        }
        var end = start
        while end < words.count, isAddressWord(words[end]) || words[end] == "point" {
            // A letter after a word ends the domain: "example dot com i think".
            if end > start, isLetterWord(words[end]), !isLetterWord(words[end - 1]), separatorWords[words[end - 1]] == nil,
               words[end - 1] != "point", words[end - 1] != "double", words[end - 1] != "triple" { break }
            end += 1
        }
        // The longest stretch that makes a domain ("gmail dot com two" is gmail.com).
        for stop in stride(from: end, to: start, by: -1) {
            var span = Array(words[start..<stop]).map { $0 == "point" ? "dot" : $0 }
            while let last = span.last, separatorWords[last] != nil { span.removeLast() }
            if let last = span.last, let fixed = topLevelFixes[last], span.count >= 2, span[span.count - 2] == "dot" {
                span[span.count - 1] = fixed
            }
            if !span.isEmpty, let domain = assemble(span), isDomain(domain) { return domain }
        }
        return nil
    }

    static func isLetterWord(_ word: String) -> Bool {
        word.count == 1 && word.first!.isLetter || SpokenLetters.names[word] != nil
    }

    static func isLocalPart(_ local: String) -> Bool {
        guard !local.isEmpty, local.count <= 64, local.first != ".", local.last != ".", !local.contains("..") else { return false }
        return local.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) || "._%+-".contains($0) }
    }

    static func isDomain(_ domain: String) -> Bool {
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, domain.count <= 253, let tld = labels.last, tld.count >= 2, tld.allSatisfy(\.isLetter) else { return false }
        return labels.allSatisfy { label in
            !label.isEmpty && label.first != "-" && label.last != "-"
                && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) || $0 == "-" }
        }
    }
}
