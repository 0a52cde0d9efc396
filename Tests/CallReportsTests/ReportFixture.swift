import ReportModel
import CallText
@testable import CallHarness
@testable import CallReports

/// A small fixed run: three calls, the second failing, with markup and quotes in the
/// caller's words, a tool result, a failure message and a timeline label.
enum ReportFixture {
    /// The caller line that must come out escaped everywhere.
    static let hostileLine = #"<script>alert(1)</script> & "quotes""#

    /// The run.
    static var run: RunReport {
        let calls = [bookPatel, hostileCaller, askForHuman]
        return RunReport(
            tool: .init(name: "callharness", version: "0.1.0"), seed: 42,
            agent: .init(name: "receptionist", file: "Scenarios/agents/receptionist.yaml", latencyProfile: "cloud-typical",
                         reproducible: true, overrides: ["endpointing.minSilenceMs": "600"], unpronounceableWords: []),
            startedAt: "2026-01-15T09:30:00Z", complete: true,
            summary: RunSummarizer.summarize(calls, wallSeconds: 2.5, seed: 42),
            calls: calls)
    }

    /// The run with judge criteria on two calls — a verdict of each kind, markup and quotes
    /// in a criterion and a reason — a persona on the third, and its judge.
    static var judged: RunReport {
        var report = run
        report.calls[0].judgements = [JudgementReport(criterion: "The agent read the appointment back before booking it", verdict: .pass,
                                                      reason: "It read the day and time back and asked first.")]
        let failing = JudgementReport(criterion: hostileLine, verdict: .fail, reason: #"It said <b>nothing</b> & "left" it there."#)
        report.calls[1].judgements = [failing, JudgementReport(criterion: "The agent was polite", verdict: .notJudged,
                                                               reason: #"the judge's reply is not a JSON object: "<i>fine</i>""#)]
        report.calls[1].failures.append("judge: \"\(failing.criterion)\" does not hold: \(failing.reason)")
        report.calls[2].persona = "impatient"
        report.judge = .init(file: "Scenarios/judges/openai.yaml", model: "gpt-4.1-mini")
        report.summary = RunSummarizer.summarize(report.calls, wallSeconds: 2.5, seed: 42)
        return report
    }

    /// The same run as it was before: TTFA P95 150 ms lower, WER 5 points higher, and
    /// every call passing.
    static var baseline: RunReport {
        var report = run
        report.startedAt = "2026-01-14T09:30:00Z"
        report.summary.ttfaMs.p95 = report.summary.ttfaMs.p95! - 150
        report.summary.wer += 0.05
        report.summary.passed = report.calls.count
        for index in report.calls.indices {
            report.calls[index].passed = true
            report.calls[index].failures = []
        }
        return report
    }

    /// Three earlier runs, oldest first.
    static let history = [
        HistoryPoint(runId: "run-1", startedAt: "2026-01-12T09:30:00Z", ttfaP95Ms: 2210, completionRate: 1, wer: 0.08),
        HistoryPoint(runId: "run-2", startedAt: "2026-01-13T09:30:00Z", ttfaP95Ms: 2150.5, completionRate: 0.6667, wer: 0.1),
        HistoryPoint(runId: "run-3", startedAt: "2026-01-14T09:30:00Z", ttfaP95Ms: nil, completionRate: 1, wer: 0.07),
    ]

    /// A turn whose WER and alignment come from aligning `caller` with `heard`.
    static func turn(_ caller: String, heard: String, kind: String = "say", startMs: Double, endMs: Double,
                     stages: StageBreakdown?, eotMs: Double?, agent: String?, cutIn: Bool = false) -> TurnReport {
        let alignment = WordAlignment(referenceText: caller, hypothesisText: heard)
        let lines = alignment.rendered
        return TurnReport(caller: caller, kind: kind, heard: heard, wer: alignment.wordErrorRate,
                          alignment: [lines.reference, lines.hypothesis], startMs: startMs, endMs: endMs,
                          ttfaMs: stages?.total, eotMs: eotMs, stagesMs: stages, agent: agent,
                          replyInterrupted: agent == nil ? nil : false, cutIn: cutIn)
    }

    static func stages(_ values: [Double]) -> StageBreakdown {
        StageBreakdown(transportIn: values[0], endOfTurn: values[1], stt: values[2], brain: values[3], tools: values[4],
                       sentence: values[5], ttsFirstByte: values[6], playoutAndTransportOut: values[7])
    }

    static func line(lost: Int = 0, concealed: Int = 0) -> LineReport {
        LineReport(callerToAgent: .init(sent: 1000, lost: lost, late: 0, concealed: concealed, meanDelayMs: 180),
                   agentToCaller: .init(sent: 1000, lost: 0, late: 1, concealed: 0, meanDelayMs: 200))
    }

    static func counts(_ turns: [TurnReport]) -> WERCounts {
        var tally = WordErrorRate()
        for turn in turns { tally.add(WordAlignment(referenceText: turn.caller, hypothesisText: turn.heard)) }
        return WERCounts(substitutions: tally.substitutions, deletions: tally.deletions, insertions: tally.insertions,
                         referenceWords: tally.referenceWords)
    }

    /// The call's WER as the scorer rounds it.
    static func rate(_ turns: [TurnReport]) -> Double {
        let c = counts(turns)
        let errors = Double(c.substitutions + c.deletions + c.insertions)
        return c.referenceWords == 0 ? 0 : (errors / Double(c.referenceWords) * 10000).rounded() / 10000
    }

    static var bookPatel: CallReport {
        let turns = [
            turn("Hi, I'd like to book an appointment with Doctor Patel.", heard: "hi i'd like to book an appointment with doctor patel",
                 startMs: 7000, endMs: 10000, stages: stages([240, 500, 0, 420, 0, 100, 410, 240]), eotMs: 740,
                 agent: "What day would you like to come in?"),
            turn("Tuesday at three in the afternoon.", heard: "tuesday at three in the afternoon", kind: "answer",
                 startMs: 14000, endMs: 16000, stages: stages([240, 480, 12, 380, 310, 90, 220, 250]), eotMs: 720,
                 agent: "You're booked with Dr. Patel on Tuesday at 3:00 PM."),
        ]
        return CallReport(
            scenario: "book-patel", description: "Caller books with Dr. Patel.", file: "Scenarios/book-patel.yaml", seed: 1001,
            passed: true, completed: true, escalated: false, expectedEscalation: false, endedBy: "agent",
            wer: rate(turns), werCounts: counts(turns), failures: [], durationMs: 24000,
            ttfaMs: Percentiles.stats(turns.compactMap(\.ttfaMs)), eotMs: Percentiles.stats(turns.compactMap(\.eotMs)),
            bargeIns: [], cutIns: 0, falseBargeIns: 0, deadAirMs: 2210, talkOverMs: 0,
            entities: [EntityReport(name: "doctor_name", expected: "patel", actual: "Dr. Raj Patel", correct: true)],
            entityAccuracy: 1,
            toolCalls: [ToolCallReport(name: "schedule_appointment",
                                       arguments: ["doctor_name": "Dr. Raj Patel", "date": "2025-06-03", "time": "3:00 PM"],
                                       result: #"{"appointment_id":"A-1012","status":"booked"}"#, error: false)],
            line: line(),
            turns: turns,
            timeline: [
                TimelineSpan(lane: "caller", startMs: 7000, endMs: 10000, label: turns[0].caller),
                TimelineSpan(lane: "agent", startMs: 920, endMs: 6700, label: "Thank you for calling City General Hospital."),
                TimelineSpan(lane: "vad", startMs: 7240, endMs: 10240, label: "utterance 1"),
                TimelineSpan(lane: "endpoint", startMs: 10740, endMs: 10740, label: "end of turn"),
                TimelineSpan(lane: "stt", startMs: 10740, endMs: 10740, label: turns[0].heard),
                TimelineSpan(lane: "brain", startMs: 10740, endMs: 11160, label: "intent: book"),
                TimelineSpan(lane: "tool", startMs: 16900, endMs: 17210, label: "schedule_appointment"),
                TimelineSpan(lane: "tts", startMs: 11260, endMs: 11670, label: "What day would you like to come in?"),
            ],
            artifacts: ["audio": "calls/book-patel/call.wav", "trace": "calls/book-patel/trace.jsonl"])
    }

    static var hostileCaller: CallReport {
        let turns = [
            turn(hostileLine, heard: "script alert one strip and quote", startMs: 7000, endMs: 9500,
                 stages: stages([240, 700, 0, 1300, 0, 100, 400, 260]), eotMs: 940, agent: "Sorry, I didn't catch that <b>part</b>."),
            turn("It's O'Brien & Sons.", heard: "it's o'brien", kind: "answer", startMs: 13000, endMs: 14500,
                 stages: nil, eotMs: nil, agent: nil, cutIn: true),
        ]
        return CallReport(
            scenario: "hostile-caller", description: #"A caller says <b>markup</b> & "quotes" to the agent's recognizer."#,
            file: "Scenarios/hostile-caller.yaml", seed: 1002,
            passed: false, completed: false, escalated: false, expectedEscalation: false, endedBy: "timeout",
            wer: rate(turns), werCounts: counts(turns),
            failures: [#"expected tool call schedule_appointment {doctor: "patel"} & <none> happened"#,
                       "TTFA P95 3000 ms is over the budget of 2500 ms"],
            durationMs: 30500,
            ttfaMs: Percentiles.stats(turns.compactMap(\.ttfaMs)), eotMs: Percentiles.stats(turns.compactMap(\.eotMs)),
            bargeIns: [BargeInReport(atMs: 11200, stopMs: 320, agentStopped: true)], cutIns: 1, falseBargeIns: 1,
            deadAirMs: 4100, talkOverMs: 450,
            entities: [EntityReport(name: "doctor_name", expected: "patel", actual: nil, correct: false)],
            entityAccuracy: 0,
            toolCalls: [ToolCallReport(name: "get_doctor_info", arguments: ["doctor_name": "<img src=x>"],
                                       result: #"{"error":"no doctor named '<img src=x>' & none like it"}"#, error: true)],
            line: line(lost: 12, concealed: 12),
            turns: turns,
            timeline: [
                TimelineSpan(lane: "caller", startMs: 7000, endMs: 9500, label: hostileLine),
                TimelineSpan(lane: "caller", startMs: 13000, endMs: 14500, label: turns[1].caller),
                TimelineSpan(lane: "agent", startMs: 12440, endMs: 13300, label: turns[0].agent),
                TimelineSpan(lane: "stt", startMs: 10440, endMs: 10440, label: turns[0].heard),
                TimelineSpan(lane: "line", startMs: 8000, endMs: 8240, label: "concealed to agent"),
            ],
            artifacts: ["audio": "calls/hostile-caller/call.wav", "trace": "calls/hostile-caller/trace.jsonl"])
    }

    static var askForHuman: CallReport {
        let turns = [
            turn("Can I speak to a real person, please?", heard: "can i speak to a real person please", startMs: 7100, endMs: 9600,
                 stages: stages([240, 430, 0, 460, 40, 20, 310, 214]), eotMs: 674, agent: "Of course. One moment, please."),
        ]
        return CallReport(
            scenario: "ask-for-human", description: nil, file: "Scenarios/ask-for-human.yaml", seed: 15_067_715_657_232_407_603,
            passed: true, completed: true, escalated: true, expectedEscalation: true, endedBy: "transfer",
            wer: rate(turns), werCounts: counts(turns), failures: [], durationMs: 16480,
            ttfaMs: Percentiles.stats(turns.compactMap(\.ttfaMs)), eotMs: Percentiles.stats(turns.compactMap(\.eotMs)),
            bargeIns: [], cutIns: 0, falseBargeIns: 0, deadAirMs: 1714, talkOverMs: 0,
            entities: [], entityAccuracy: nil,
            toolCalls: [ToolCallReport(name: "transfer_to_human", arguments: ["reason": "caller asked for a person"],
                                       result: #"{"status":"transferred"}"#, error: false)],
            line: line(),
            turns: turns,
            timeline: [
                TimelineSpan(lane: "caller", startMs: 7100, endMs: 9600, label: turns[0].caller),
                TimelineSpan(lane: "tool", startMs: 10900, endMs: 11000, label: "transfer_to_human"),
                TimelineSpan(lane: "agent", startMs: 11300, endMs: 15900, label: nil),
            ],
            artifacts: ["audio": "calls/ask-for-human/call.wav", "trace": "calls/ask-for-human/trace.jsonl"])
    }
}
