import ReportModel
import SimTime
import VoicePipeline

extension CallScorer {
    /// The call's lanes for the report's timeline.
    func timeline() -> [TimelineSpan] {
        var spans: [TimelineSpan] = []
        func span(_ lane: String, _ start: SimInstant, _ end: SimInstant, _ label: String?) {
            spans.append(TimelineSpan(lane: lane, startMs: start.milliseconds, endMs: max(start, end).milliseconds, label: label))
        }
        for turn in result.spoken {
            for (i, segment) in turn.segments.enumerated() { span("caller", segment.start, segment.end, i == 0 ? turn.text : nil) }
        }
        for reply in result.replies {
            if let heard = result.heard[reply.id] { span("agent", heard.first, heard.last, reply.text) }
            if let first = reply.firstToken { span("brain", reply.brainStart, first, reply.intent.map { "intent: \($0)" } ?? reply.trigger.rawValue) }
            if let sentence = reply.firstSentence, let audio = reply.firstAudio { span("tts", sentence, audio, reply.sentences.first) }
        }
        for utterance in result.utterances {
            span("vad", utterance.speechStart, utterance.speechEnd, "utterance \(utterance.id)")
            if let eot = utterance.endOfTurn {
                span("endpoint", eot, eot, "end of turn")
                span("stt", eot, utterance.finalAt ?? eot, utterance.transcript.isEmpty ? "(\(utterance.outcome.rawValue))" : utterance.transcript)
            }
        }
        var openCalls: [String: SimInstant] = [:]
        for event in result.trace where event.lane == .tool {
            let key = (event.data["reply"] ?? "") + (event.text ?? "")
            if event.kind == "call" {
                openCalls[key] = event.time
            } else if let start = openCalls.removeValue(forKey: key) {
                span("tool", start, event.time, (event.text ?? "") + (event.kind == "error" ? " (error)" : ""))
            }
        }
        for (side, frames) in [("to agent", result.concealedAtAgent), ("to caller", result.concealedAtCaller)] {
            var runStart: SimInstant?
            var last: SimInstant?
            for t in frames + [SimInstant(microseconds: .max)] {
                if let l = last, t == l + .milliseconds(20) { last = t; continue }
                if let s = runStart, let l = last { span("line", s, l + .milliseconds(20), "concealed \(side)") }
                runStart = t
                last = t
            }
        }
        return spans
    }
}
