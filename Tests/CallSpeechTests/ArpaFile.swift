import Foundation

/// A backoff n-gram model read from ARPA text, written for tests independently of the
/// builder: the header's counts, each section's entries, and backoff probabilities.
struct ArpaFile {
    /// `ngram N=count` lines of the `\data\` header, by order.
    var declaredCounts: [Int: Int] = [:]
    /// Entries by order: n-gram (space-joined) → (log10 probability, log10 backoff).
    var sections: [Int: [String: (probability: Double, backoff: Double)]] = [:]
    /// Lines that did not parse.
    var malformed: [String] = []
    /// True when the file ends with `\end\`.
    var ended = false

    init(text: String) {
        var order = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line == "\\data\\" { order = 0; continue }
            if line == "\\end\\" { ended = true; break }
            if line.hasPrefix("\\"), line.hasSuffix("-grams:"), let n = Int(line.dropFirst().prefix { $0.isNumber }) {
                order = n
                sections[n] = [:]
                continue
            }
            if order == 0 {
                let parts = line.split(separator: "=")
                if parts.count == 2, parts[0].hasPrefix("ngram "), let n = Int(parts[0].dropFirst(6)), let count = Int(parts[1]) {
                    declaredCounts[n] = count
                } else {
                    malformed.append(line)
                }
                continue
            }
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard fields.count == order + 1 || fields.count == order + 2, let probability = Double(fields[0]) else {
                malformed.append(line)
                continue
            }
            let backoff = fields.count == order + 2 ? Double(fields[order + 1]) : 0
            guard let backoff else { malformed.append(line); continue }
            sections[order]![fields[1...order].joined(separator: " ")] = (probability, backoff)
        }
    }

    /// The words that can be predicted: every unigram except `<s>`.
    var predictable: [String] { (sections[1] ?? [:]).keys.filter { $0 != "<s>" }.sorted() }

    /// P(word | history) by the backoff rule: the longest listed n-gram's probability, times
    /// the backoff weights of the shortened histories that were skipped.
    func probability(_ word: String, after history: [String]) -> Double {
        let highest = sections.keys.max() ?? 1
        let context = Array(history.suffix(highest - 1))
        var logBackoff = 0.0
        for start in 0...context.count {
            let used = Array(context[start...])
            if let entry = sections[used.count + 1]?[(used + [word]).joined(separator: " ")] {
                return pow(10, entry.probability + logBackoff)
            }
            if !used.isEmpty { logBackoff += sections[used.count]?[used.joined(separator: " ")]?.backoff ?? 0 }
        }
        return 0
    }
}
