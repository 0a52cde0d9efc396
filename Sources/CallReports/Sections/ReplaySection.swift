import ReportModel

/// A replay: the recording, the original and new agent's timing per caller turn, and the
/// divergences.
enum ReplaySection {
    /// The section; `anchor` is the id of the replayed call's section.
    static func html(_ replay: ReplayReport, call: CallReport?, anchor: String?) -> String {
        let stereo = replay.channels == 2
        var parts = [
            HTML.text("h2", [:], "Replay"),
            HTML.element("p", [:], "Recording " + HTML.text("code", [:], replay.recording) + HTML.escape(
                String(format: " (%@, %.1f s, %d Hz); caller turns from %@; seed %@.", stereo ? "stereo: caller and original agent" : "mono: caller only",
                       replay.durationMs / 1000, replay.sampleRate, replay.turnSource, replay.seedSource))
                + (anchor.map { " " + HTML.text("a", ["href": "#" + $0], "The call") } ?? "")),
        ]
        if stereo {
            parts.append(replay.divergences.isEmpty
                ? HTML.element("p", [:], HTML.text("span", ["class": "badge pass"], "no divergence") + " The new agent replied after the same turns, with the same words, without talking over the caller.")
                : HTML.element("ul", ["class": "failures"], replay.divergences.map { HTML.text("li", [:], "\($0.kind): \($0.message)") }.joined()))
        }
        let rows = replay.turns.map { turn -> String in
            let scored = turn.index > 0 && turn.index <= (call?.turns.count ?? 0) ? call?.turns[turn.index - 1] : nil
            var cells = [
                turn.index == 0 ? "opening" : String(turn.index),
                turn.index == 0 ? "" : Format.callTime(turn.startMs) + " – " + Format.callTime(turn.endMs),
                HTML.escape(turn.text ?? ""), HTML.escape(scored?.heard ?? ""),
                scored.map { ($0.caller.isEmpty ? Format.missing : Format.percent($0.wer)) } ?? "",
            ]
            if stereo { cells += [Format.ms(turn.original?.ttfaMs), HTML.escape(turn.original?.text ?? "")] }
            cells += [Format.ms(turn.new?.ttfaMs), HTML.escape(turn.new?.text ?? "")]
            if stereo { cells.append(turn.wordOverlap.map { String(format: "%.2f", $0) } ?? Format.missing) }
            return HTML.row(cells, class: replay.divergences.contains { $0.turn == turn.index } ? "failed" : nil)
        }
        let head = ["turn", "caller speech", "reference", "heard", "WER"]
            + (stereo ? ["original TTFA", "original (recognized)"] : []) + ["new TTFA", "new reply"] + (stereo ? ["word overlap"] : [])
        parts.append(HTML.table(head: head, rows: rows, class: "transcript"))
        if !replay.notes.isEmpty { parts.append(HTML.element("ul", ["class": "small"], replay.notes.map { HTML.text("li", [:], $0) }.joined())) }
        if stereo {
            parts.append(HTML.text("p", ["class": "muted small"], String(format:
                "Agent speech belongs to the caller turn it follows, until the end of the next turn. Different words: normalized word overlap (Dice) of the original's recognized words and the new reply below %.2f.",
                replay.wordOverlapThreshold)))
        }
        return HTML.element("section", ["id": "replay"], parts.joined(separator: "\n"))
    }
}
