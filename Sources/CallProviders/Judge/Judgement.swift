/// A judge model's decision on one criterion about a call, with its one-line reason.
public struct Judgement: Sendable, Equatable {
    /// What the judge decided.
    public enum Verdict: String, Sendable, CaseIterable {
        /// The criterion holds.
        case pass
        /// The criterion does not hold: the call fails.
        case fail
        /// No verdict: no judge was given, the model failed, or its reply could not be read.
        /// It neither passes nor fails the call.
        case notJudged
    }

    /// The verdict.
    public var verdict: Verdict
    /// Why, in one line.
    public var reason: String

    /// Creates a judgement; `reason` is made one line.
    public init(verdict: Verdict, reason: String) {
        self.verdict = verdict
        self.reason = Self.oneLine(reason)
    }

    /// `text` with its whitespace runs (line breaks included) made single spaces, trimmed,
    /// and cut to 300 characters with an ellipsis.
    static func oneLine(_ text: String) -> String {
        let line = text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
        return line.count <= 300 ? line : String(line.prefix(299)) + "…"
    }
}
