import Foundation

/// Entries of a CMU-format pronunciation dictionary (`word PH PH …`, alternates as
/// `word(2) …`), read for a chosen set of words.
struct PronunciationDictionary {
    /// Word → its pronunciations (phone lists) in the file's order.
    private(set) var entries: [String: [[String]]] = [:]

    /// The entries of `path` whose word is in `words`.
    init(path: String, words: Set<String>) throws(SpeechError) {
        guard let data = FileManager.default.contents(atPath: path) else { throw .modelMissing(path) }
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                var wordEnd = lineStart
                while wordEnd < lineEnd && bytes[wordEnd] != 0x20 && bytes[wordEnd] != 0x09 && bytes[wordEnd] != 0x28 { wordEnd += 1 }
                if wordEnd > lineStart {
                    let word = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[lineStart..<wordEnd]), as: UTF8.self)
                    if words.contains(word) {
                        let line = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[wordEnd..<lineEnd]), as: UTF8.self)
                        var fields = line.split(whereSeparator: \.isWhitespace).map(String.init)
                        if fields.first?.hasPrefix("(") == true { fields.removeFirst() }
                        // Trailing comments ("# place, fr") are not phones.
                        if let comment = fields.firstIndex(where: { $0.hasPrefix("#") }) { fields.removeSubrange(comment...) }
                        if !fields.isEmpty { entries[word, default: []].append(fields) }
                    }
                }
                lineStart = lineEnd + 1
            }
        }
    }

    /// The pronunciations of `word` (empty when the file has none).
    subscript(word: String) -> [[String]] { entries[word] ?? [] }

    /// Dictionary text for `pronunciations` (word → phone lists), words in `order`:
    /// the first pronunciation as `word`, the others as `word(2)`, `word(3)`, ….
    static func text(_ pronunciations: [String: [[String]]], order: [String]) -> String {
        var text = ""
        for word in order {
            for (index, phones) in (pronunciations[word] ?? []).enumerated() {
                text += (index == 0 ? word : "\(word)(\(index + 1))") + " " + phones.joined(separator: " ") + "\n"
            }
        }
        return text
    }
}
