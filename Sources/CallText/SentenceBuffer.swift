/// Cuts streamed text (an LLM's tokens) into sentences for speech synthesis, as soon as
/// each sentence is known to be complete.
///
/// A sentence ends at `.`, `!`, `?` or `…`, plus any closing quotes or brackets right
/// after it, and only once the next character is known to be whitespace: a terminator
/// at the very end of the buffered text waits for more text or for `flush()`. So a dot
/// followed by anything but whitespace ("2.5", "3:30", "john.smith@cityhospital.org",
/// "www.cityhospital.org/appointments") never ends a sentence.
///
/// A single `.` after an abbreviation (`SentenceBuffer.abbreviations`, case-insensitive:
/// "Dr.", "e.g.", "p.m." …) is not a boundary either; "No." is an abbreviation only when
/// the next word starts with a digit or `#` ("No. 5"), so "The answer is no. Sorry." still
/// splits. A run of dots ("...") is an ellipsis and ends the sentence.
///
/// A complete sentence shorter than `minLength` characters is held and merged with the
/// next one ("Okay." + " Let me check that for you." is one sentence). Returned sentences
/// are trimmed and never empty; every character of the input except the whitespace at the
/// cuts comes out exactly once, in order.
///
/// The buffer works on Unicode scalars, so where the stream is cut into chunks never
/// changes the sentences that come out.
public struct SentenceBuffer: Sendable {
    /// Sentences shorter than this many characters are merged with the next one.
    public let minLength: Int

    /// Text not yet returned; it starts at the beginning of the current sentence.
    private var pending: [Unicode.Scalar] = []
    /// The next position of `pending` to examine as a possible cut.
    private var scanned = 0

    /// Words that a single `.` does not end (compared lower-cased, without the dot).
    public static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "ave", "blvd", "rd",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "inc", "ltd", "corp", "co", "dept", "vs", "etc", "approx", "appt",
        "e.g", "i.e", "a.m", "p.m",
    ]

    static let terminators: Set<Unicode.Scalar> = [".", "!", "?", "\u{2026}"]
    static let closers: Set<Unicode.Scalar> = ["\"", "'", "\u{201D}", "\u{2019}", ")", "]", "}", "\u{00BB}", "*"]
    static let openers: Set<Unicode.Scalar> = ["\"", "'", "\u{201C}", "\u{2018}", "(", "[", "{", "\u{00AB}", "*"]

    /// Creates an empty buffer.
    public init(minLength: Int = 10) {
        self.minLength = minLength
    }

    /// Adds the next chunk of streamed text (any size) and returns the sentences it completes.
    public mutating func append(_ text: String) -> [String] {
        pending.append(contentsOf: text.unicodeScalars)
        var sentences: [String] = []
        while scanned < pending.count {
            let position = scanned
            guard pending[position].properties.isWhitespace else {
                scanned += 1
                continue
            }
            switch cut(before: position) {
            case .none:
                scanned += 1
            case .undecided:
                return sentences
            case .sentence:
                let sentence = Self.trimmed(pending[..<position])
                if sentence.count >= minLength {
                    sentences.append(sentence)
                    pending.removeFirst(position + 1)
                    scanned = 0
                } else {
                    scanned += 1
                }
            }
        }
        return sentences
    }

    /// Returns whatever is left at the end of the stream (trimmed; nil if only whitespace)
    /// and empties the buffer.
    public mutating func flush() -> String? {
        let rest = Self.trimmed(pending[...])
        clear()
        return rest.isEmpty ? nil : rest
    }

    /// Drops all pending text (the caller barged in).
    public mutating func clear() {
        pending.removeAll()
        scanned = 0
    }

    /// The text held so far, not yet returned.
    public var pendingText: String { Self.trimmed(pending[...]) }

    private enum Cut { case none, undecided, sentence }

    /// Whether the whitespace at `position` ends a sentence.
    private func cut(before position: Int) -> Cut {
        var end = position - 1
        while end >= 0, Self.closers.contains(pending[end]) { end -= 1 }
        guard end >= 0, Self.terminators.contains(pending[end]) else { return .none }
        guard pending[end] == ".", end == 0 || pending[end - 1] != "." else { return .sentence }
        var start = end
        while start > 0, !pending[start - 1].properties.isWhitespace { start -= 1 }
        while start < end, Self.openers.contains(pending[start]) { start += 1 }
        let word = String(String.UnicodeScalarView(pending[start..<end])).lowercased()
        if Self.abbreviations.contains(word) { return .none }
        if word == "no" {
            guard let next = pending[(position + 1)...].first(where: { !$0.properties.isWhitespace }) else { return .undecided }
            return next == "#" || next.properties.numericType != nil ? .none : .sentence
        }
        return .sentence
    }

    private static func trimmed(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
