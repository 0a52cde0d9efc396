import AgentTools
import Foundation

extension Judgement {
    /// Reads a judge's reply: a JSON object with `verdict` (`pass` or `fail`) and `reason`,
    /// alone or with words or a code fence around it. A reply that is not such an object,
    /// or has no readable verdict, is `notJudged` with a reason that quotes its start.
    public init(reply: String) {
        let text = reply.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            self.init(verdict: .notJudged, reason: "the judge's reply is empty")
            return
        }
        guard let object = Self.jsonObject(in: text) else {
            self.init(verdict: .notJudged, reason: "the judge's reply is not a JSON object: \"\(Self.excerpt(text))\"")
            return
        }
        guard let value = object["verdict"], !value.isNull else {
            self.init(verdict: .notJudged, reason: "the judge's reply has no verdict: \"\(Self.excerpt(text))\"")
            return
        }
        let word = value.string?.trimmingCharacters(in: .whitespaces).lowercased()
        guard let word, let verdict = [Verdict.pass, .fail].first(where: { $0.rawValue == word }) else {
            self.init(verdict: .notJudged, reason: "the judge's verdict \(Self.excerpt(value.jsonString())) is neither \"pass\" nor \"fail\"")
            return
        }
        let reason = object["reason"]?.string.map(Self.oneLine) ?? ""
        self.init(verdict: verdict, reason: reason.isEmpty ? "(the judge gave no reason)" : reason)
    }

    /// The members of the JSON object `text` is, or else of the one from its first `{` to
    /// its last `}`.
    static func jsonObject(in text: String) -> [String: JSONValue]? {
        if let whole = (try? JSONValue(parsing: text))?.object { return whole }
        guard let open = text.firstIndex(of: "{"), let close = text.lastIndex(of: "}"), open < close else { return nil }
        return (try? JSONValue(parsing: String(text[open...close])))?.object
    }

    /// The first 80 characters of `text` on one line, with an ellipsis when cut.
    static func excerpt(_ text: String) -> String {
        let line = oneLine(text)
        return line.count <= 80 ? line : String(line.prefix(79)) + "…"
    }
}
