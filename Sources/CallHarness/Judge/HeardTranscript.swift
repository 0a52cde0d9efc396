import Foundation
import SimTime

/// A call as its caller lived it, for a judge: what the caller said and the words of the
/// agent's speech that reached its ear (cut where the caller talked over it or the line
/// lost them), one line each in the order they began. Nothing of the agent's own view —
/// its transcripts, slots or tool calls — is in it.
struct HeardTranscript {
    /// Who spoke a line.
    enum Speaker: String {
        case agent = "Agent"
        case caller = "Caller"
    }

    /// One line.
    struct Line: Equatable {
        var start: SimInstant
        var speaker: Speaker
        var text: String
    }

    /// The lines, by start time.
    let lines: [Line]

    /// The transcript of `result`.
    init(_ result: CallResult) {
        var lines: [Line] = []
        for turn in result.spoken {
            let words = turn.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !words.isEmpty else { continue }
            lines.append(Line(start: turn.start, speaker: .caller, text: turn.kind == .dtmf ? "(keypad) \(words)" : words))
        }
        for (reply, words) in result.heardText {
            guard let span = result.heard[reply] else { continue }
            lines.append(Line(start: span.first, speaker: .agent, text: words))
        }
        self.lines = lines.sorted { ($0.start, $0.speaker == .agent ? 0 : 1) < ($1.start, $1.speaker == .agent ? 0 : 1) }
    }

    /// `Speaker: words` lines.
    var text: String {
        lines.map { "\($0.speaker.rawValue): \($0.text)" }.joined(separator: "\n")
    }
}
