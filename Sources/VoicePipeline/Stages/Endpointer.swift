import CallText
import SimTime

/// Decides when the caller's turn is over: `minSilenceMs` after the last speech, or up to
/// `maxSilenceMs` when the transcript so far looks unfinished (it ends on "and", "with",
/// "my name is", a number that may continue, …). Speech that resumes cancels the wait.
public struct Endpointer: Sendable {
    /// Where the endpointer is.
    public enum State: Sendable, Equatable {
        /// No caller speech pending.
        case idle
        /// The caller is speaking.
        case speaking
        /// Speech stopped at `since`; the turn ends at `deadline` unless speech resumes.
        case waiting(since: SimInstant, deadline: SimInstant)
    }

    /// The parameters in use.
    public let parameters: EndpointingConfig
    /// The current state.
    public private(set) var state: State = .idle

    /// Creates an endpointer.
    public init(parameters: EndpointingConfig = EndpointingConfig()) {
        self.parameters = parameters
    }

    /// The caller started (or resumed) speaking.
    public mutating func speechStarted() {
        state = .speaking
    }

    /// The caller's speech stopped at `lastSpeech`; `partial` is the transcript so far.
    public mutating func speechEnded(at lastSpeech: SimInstant, partial: String) {
        state = .waiting(since: lastSpeech, deadline: lastSpeech + silence(for: partial))
    }

    /// The transcript changed while waiting; the deadline follows it.
    public mutating func partialChanged(_ partial: String) {
        guard case .waiting(let since, _) = state else { return }
        state = .waiting(since: since, deadline: since + silence(for: partial))
    }

    /// True once `now` has reached the deadline; the endpointer then goes idle.
    public mutating func endOfTurn(now: SimInstant) -> Bool {
        guard case .waiting(_, let deadline) = state, now >= deadline else { return false }
        state = .idle
        return true
    }

    /// Forgets a pending turn (the utterance was dropped).
    public mutating func reset() {
        state = .idle
    }

    func silence(for partial: String) -> SimDuration {
        .milliseconds(Self.looksUnfinished(partial) ? parameters.maxSilenceMs : parameters.minSilenceMs)
    }

    static let continuationWords: Set<String> = [
        "and", "or", "but", "with", "to", "at", "on", "in", "for", "of", "the", "a", "an", "my", "is",
        "um", "uh", "so", "because", "like", "from", "about", "this", "that", "it's", "its", "i'm", "i'd",
        "want", "need", "would", "could", "can", "name", "see", "book", "number", "be", "was", "are", "our",
    ]

    /// Numbers that usually continue when they start a number ("nineteen …", "twenty …"
    /// in years); after another cardinal ("twenty sixteen") they usually end it.
    static let openNumbers: Set<String> = ["thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
                                           "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand"]

    static let cardinals: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]

    /// True when the words so far end where a sentence cannot: a conjunction, preposition,
    /// article or filler, or a number that usually continues (not counting an empty
    /// transcript).
    public static func looksUnfinished(_ partial: String) -> Bool {
        let words = partial.lowercased().split(separator: " ").map(String.init)
        guard let last = words.last else { return false }
        if continuationWords.contains(last) { return true }
        guard openNumbers.contains(last) else { return false }
        let previous = words.count > 1 ? words[words.count - 2] : ""
        return !(cardinals.contains(previous) || openNumbers.contains(previous))
    }
}
