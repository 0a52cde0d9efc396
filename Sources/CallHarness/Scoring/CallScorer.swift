import ReportModel
import AgentInterface
import CallAudio
import CallImpairment
import AgentTools
import CallScenario
import CallText
import SimTime
import VoicePipeline

/// Turns one call's ground truth and trace into the metrics of a `CallReport`.
struct CallScorer {
    let scenario: Scenario
    let result: CallResult
    let minInterruptionMs: Int

    /// Scores the call; `artifacts` are the files written for it.
    func score(artifacts: [String: String]) -> CallReport {
        if let outside = result.outside { return scoreFromOutside(outside, artifacts: artifacts) }
        let map = ArrivalMap(arrivals: result.arrivals)
        let assignment = assignUtterances(map)
        var turns: [TurnReport] = []
        var ttfas: [Double] = [], eots: [Double] = []
        var tally = WordErrorRate()
        var answeredReplies = Set<Int>()

        for (index, turn) in result.spoken.enumerated() {
            let utteranceIDs = assignment[index] ?? []
            let utterances = result.utterances.filter { utteranceIDs.contains($0.id) }
            let heardText = utterances.map(\.transcript).filter { !$0.isEmpty }.joined(separator: " ")
            let alignment = WordAlignment(referenceText: turn.text, hypothesisText: heardText)
            if turn.kind != .backchannel && turn.kind != .dtmf && !turn.text.isEmpty { tally.add(alignment) }
            let lines = alignment.rendered

            var report = TurnReport(caller: turn.text, kind: turn.kind.rawValue, heard: heardText, wer: alignment.wordErrorRate,
                                    alignment: [lines.reference, lines.hypothesis], startMs: turn.start.milliseconds,
                                    endMs: turn.end.milliseconds, ttfaMs: nil, eotMs: nil, stagesMs: nil, agent: nil,
                                    replyInterrupted: nil, cutIn: cutIn(during: turn))
            // The reply that answers this turn: the first one triggered by its last utterance.
            if let last = utterances.last(where: { $0.outcome == .answered }),
               let reply = result.replies.first(where: { $0.utteranceID == last.id && !$0.cancelled }),
               !answeredReplies.contains(reply.id) {
                answeredReplies.insert(reply.id)
                report.agent = reply.text
                report.replyInterrupted = reply.interruptedAt != nil
                if let eot = last.endOfTurn { report.eotMs = (eot - turn.end).milliseconds }
                if let heard = result.heard[reply.id], heard.first >= turn.end {
                    let ttfa = (heard.first - turn.end).milliseconds
                    report.ttfaMs = ttfa
                    report.stagesMs = stages(turn: turn, utterance: last, reply: reply, heardAt: heard.first, map: map)
                    ttfas.append(ttfa)
                }
                if let e = report.eotMs { eots.append(e) }
            }
            turns.append(report)
        }

        let bargeIns = bargeInReports()
        let falseBargeIns = countFalseBargeIns(assignment: assignment)
        let escalated = escalationHappened
        let expectation = ExpectationCheck(scenario: scenario, result: result, escalated: escalated)
        var failures = expectation.taskFailures()
        let completed = failures.isEmpty
        let werValue = tally.rate
        let (deadAir, talkOver) = overlapAndSilence()
        let entities = entityReports()
        let entityAccuracy = entities.isEmpty ? nil : Double(entities.filter(\.correct).count) / Double(entities.count)
        failures += expectation.budgetFailures(ttfas: ttfas, eots: eots, wer: werValue, bargeIns: bargeIns, deadAirMs: deadAir,
                                               entityAccuracy: entityAccuracy, cutIns: turns.filter(\.cutIn).count,
                                               interruptions: result.replies.filter { $0.interruptedAt != nil }.count)
        failures += engineFailures()

        var report = CallReport(
            scenario: scenario.id, description: scenario.description, file: scenario.file, seed: result.seed,
            passed: failures.isEmpty, completed: completed, escalated: escalated,
            expectedEscalation: scenario.expect.escalated ?? false, endedBy: endedBy, wer: (werValue * 10000).rounded() / 10000,
            werCounts: WERCounts(substitutions: tally.substitutions, deletions: tally.deletions, insertions: tally.insertions, referenceWords: tally.referenceWords),
            failures: failures, durationMs: result.duration.milliseconds, ttfaMs: Percentiles.stats(ttfas), eotMs: Percentiles.stats(eots),
            bargeIns: bargeIns, cutIns: turns.filter(\.cutIn).count, falseBargeIns: falseBargeIns, deadAirMs: deadAir,
            talkOverMs: talkOver, entities: entities, entityAccuracy: entityAccuracy.map { ($0 * 10000).rounded() / 10000 },
            toolCalls: result.toolCalls.map { call, outcome in
                ToolCallReport(name: call.name, arguments: call.arguments.mapValues { $0.string ?? $0.jsonString() },
                               result: outcome.content.jsonString(), error: outcome.isError)
            },
            line: LineReport(callerToAgent: direction(result.callerToAgent), agentToCaller: direction(result.agentToCaller)),
            turns: turns, timeline: timeline(), artifacts: artifacts)
        report.state = result.finalState?.report
        return report
    }

    var escalationHappened: Bool {
        if case .transfer = result.ended { return true }
        if let phrases = result.outside?.escalationPhrases, !phrases.isEmpty {
            let said = " " + TextNormalizer.normalize(ExpectationCheck(scenario: scenario, result: result, escalated: false).spokenText) + " "
            return phrases.contains { said.contains(" " + TextNormalizer.normalize($0) + " ") }
        }
        guard let handoff = result.handoffTool else { return false }
        return result.toolCalls.contains { $0.0.name == handoff && !$0.1.isError }
    }

    var endedBy: String {
        switch result.ended {
        case .hangUp?: "agent"
        case .transfer?: "transfer"
        case .lineDropped?: "line"
        case nil: result.timedOut ? "timeout" : "caller"
        }
    }

    /// Which utterances belong to which spoken turn: those whose agent-side speech
    /// overlaps the turn's speech as it reached the agent.
    func assignUtterances(_ map: ArrivalMap) -> [Int: [Int]] {
        var out: [Int: [Int]] = [:]
        let slack = SimDuration.milliseconds(300)
        for utterance in result.utterances {
            var best: (index: Int, overlap: Int64)?
            for (index, turn) in result.spoken.enumerated() {
                guard let start = map.agentTime(turn.start), let end = map.agentTime(turn.end) else { continue }
                let lo = max(start - slack, utterance.speechStart), hi = min(end + slack, utterance.speechEnd)
                let overlap = (hi - lo).microseconds
                if overlap > 0 && overlap > (best?.overlap ?? 0) { best = (index, overlap) }
            }
            if let best { out[best.index, default: []].append(utterance.id) }
        }
        return out
    }

    /// The stages of one reply's TTFA; they add up to it exactly.
    func stages(turn: SpokenTurn, utterance: CallerUtterance, reply: AgentReply, heardAt: SimInstant, map: ArrivalMap) -> StageBreakdown? {
        guard let arrived = map.agentTime(turn.end), let eot = utterance.endOfTurn, let final = utterance.finalAt,
              let firstToken = reply.firstToken, let firstSentence = reply.firstSentence, let firstAudio = reply.firstAudio else { return nil }
        return StageBreakdown(
            transportIn: (arrived - turn.end).milliseconds,
            endOfTurn: (eot - arrived).milliseconds,
            stt: (final - eot).milliseconds,
            brain: reply.modelTimeBeforeFirstToken.milliseconds,
            tools: reply.toolTimeBeforeFirstToken.milliseconds,
            sentence: (firstSentence - firstToken).milliseconds,
            ttsFirstByte: (firstAudio - firstSentence).milliseconds,
            playoutAndTransportOut: (heardAt - firstAudio).milliseconds)
    }

    /// Agent audio that started reaching the caller inside this turn (not a barge-in).
    func cutIn(during turn: SpokenTurn) -> Bool {
        guard !turn.bargeIn, turn.kind != .backchannel else { return false }
        return result.heard.values.contains { $0.first > turn.start && $0.first < turn.end }
    }

    func bargeInReports() -> [BargeInReport] {
        result.spoken.filter(\.bargeIn).map { turn in
            let reply = result.replies.first { r in
                guard let h = result.heard[r.id] else { return false }
                return h.first <= turn.start && h.last >= turn.start
            }
            guard let reply, let heard = result.heard[reply.id] else {
                return BargeInReport(atMs: turn.start.milliseconds, stopMs: nil, agentStopped: false)
            }
            return BargeInReport(atMs: turn.start.milliseconds, stopMs: (heard.last - turn.start).milliseconds,
                                 agentStopped: reply.interruptedAt != nil)
        }
    }

    /// Interruptions by utterances that match no caller speech: noise stopped the agent.
    func countFalseBargeIns(assignment: [Int: [Int]]) -> Int {
        let matched = Set(assignment.values.flatMap { $0 })
        return result.utterances.filter { $0.interrupted && !matched.contains($0.id) }.count
    }

    /// The longest stretch with neither side audible (from the first caller speech to
    /// the end of the call) and the total time both spoke at once, in ms, at 20 ms
    /// resolution from the caller's ground truth and the recording of what it heard.
    func overlapAndSilence() -> (deadAir: Double, talkOver: Double) {
        let rate = result.recording.sampleRate
        let frame = rate / 50
        let ear = result.recording.channel(1).samples
        guard let firstSpeech = result.spoken.first?.start else { return (0, 0) }
        var longest = 0, run = 0, overlap = 0
        var segmentIndex = 0
        let segments = result.spoken.flatMap(\.segments).sorted { $0.start < $1.start }
        for f in Int(firstSpeech.microseconds / 20_000)..<(ear.count / frame) {
            let t = SimInstant(microseconds: Int64(f) * 20_000)
            while segmentIndex < segments.count && segments[segmentIndex].end < t { segmentIndex += 1 }
            let callerTalking = segmentIndex < segments.count && segments[segmentIndex].start <= t + .milliseconds(20)
            let agentAudible = ear[(f * frame)..<((f + 1) * frame)].contains { abs($0) > Silence.threshold }
            if callerTalking && agentAudible { overlap += 1 }
            if callerTalking || agentAudible { run = 0 } else { run += 1; longest = max(longest, run) }
        }
        return (Double(longest * 20), Double(overlap * 20))
    }

    /// The scenario's entities (its `entities`, or else the argument values of its
    /// expected tool calls) checked against the arguments the agent passed.
    func entityReports() -> [EntityReport] {
        var expected = scenario.expect.entities
        if expected.isEmpty {
            for call in scenario.expect.toolCalls {
                for (name, value) in call.arguments where expected[name] == nil { expected[name] = value }
            }
        }
        return expected.keys.sorted().map { name in
            let want = expected[name]!
            let values = result.toolCalls.filter { !$0.1.isError }.compactMap { $0.0.arguments[name].map { $0.string ?? $0.jsonString() } }
            let hit = values.first { ExpectationCheck.matches(expected: want, actual: $0) }
            return EntityReport(name: name, expected: want, actual: hit ?? values.last, correct: hit != nil)
        }
    }

    func direction(_ s: CallImpairment.LineStats) -> LineReport.LineDirection {
        LineReport.LineDirection(sent: s.sent, lost: s.lost, late: s.late, concealed: s.concealed, meanDelayMs: (s.meanDelayMs * 10).rounded() / 10)
    }
}
