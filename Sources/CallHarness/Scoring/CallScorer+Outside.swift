import AgentInterface
import CallText
import ReportModel
import SimTime

extension CallScorer {
    /// What a call to an agent observed from outside cannot show.
    static let notObservable = ["eotMs", "wer", "stagesMs.endOfTurn", "stagesMs.stt", "stagesMs.brain", "stagesMs.tools", "stagesMs.sentence",
                                "stagesMs.ttsFirstByte", "toolCalls", "entities", "state", "falseBargeIns"]
    /// A reply's audio may pause this long between its sentences and still be one reply.
    static let replyGap = SimDuration.milliseconds(700)
    /// Audio stopping for this long after a barge-in is the agent having stopped.
    static let stopGap = SimDuration.milliseconds(300)

    /// Scores a call to an agent that runs elsewhere with the definitions of in-process
    /// calls, from what crossed the line: TTFA from the caller's last speech sample to
    /// the first audible agent sample at its ear; barge-in stop time from the caller's
    /// onset to the last agent audio heard (so a slow `clear` shows); cut-ins, dead air
    /// and talk-over from the ear. The agent's own stages are not seen: the breakdown
    /// has transport in, the agent and playout with transport out, and the rest is
    /// listed as not observable.
    func scoreFromOutside(_ outside: OutsideView, artifacts: [String: String]) -> CallReport {
        let map = ArrivalMap(arrivals: result.arrivals)
        let ear = result.recording.channel(1).samples, rate = result.recording.sampleRate
        let replies = EarStretches(ear, rate: rate, gap: Self.replyGap)
        var turns: [TurnReport] = []
        var ttfas: [Double] = []
        var answered = Set<Int64>()
        for (index, turn) in result.spoken.enumerated() {
            var report = TurnReport(caller: turn.text, kind: turn.kind.rawValue, heard: "", wer: 0, alignment: [], startMs: turn.start.milliseconds,
                                    endMs: turn.end.milliseconds, cutIn: replies.stretches.contains { !turn.bargeIn && turn.kind != .backchannel && $0.start > turn.start && $0.start < turn.end })
            let nextStart = index + 1 < result.spoken.count ? result.spoken[index + 1].start : SimInstant(microseconds: .max)
            if turn.kind != .backchannel, replies.stretch(at: turn.end) == nil, let reply = replies.first(after: turn.end), reply.start < nextStart,
               answered.insert(reply.start.microseconds).inserted {
                let ttfa = (reply.start - turn.end).milliseconds
                report.ttfaMs = ttfa
                ttfas.append(ttfa)
                report.observedStagesMs = stages(turn: turn, heardAt: reply.start, outside: outside, map: map)
            }
            turns.append(report)
        }
        let bargeIns = outsideBargeIns(ear: ear, rate: rate, outside: outside)
        let escalated = escalationHappened
        let expectation = ExpectationCheck(scenario: scenario, result: result, escalated: escalated)
        var failures = expectation.taskFailures()
        let completed = failures.isEmpty
        if replies.stretches.isEmpty && result.outside?.failures.isEmpty == true { failures.append("no agent audio reached the caller") }
        let (deadAir, talkOver) = overlapAndSilence()
        failures += expectation.budgetFailures(ttfas: ttfas, eots: [], wer: 0, bargeIns: bargeIns, deadAirMs: deadAir, entityAccuracy: nil,
                                               cutIns: turns.filter(\.cutIn).count, interruptions: outside.clears.count)
        var report = CallReport(
            scenario: scenario.id, description: scenario.description, file: scenario.file, seed: result.seed,
            passed: failures.isEmpty, completed: completed, escalated: escalated, expectedEscalation: scenario.expect.escalated ?? false,
            endedBy: endedBy, wer: 0, werCounts: WERCounts(substitutions: 0, deletions: 0, insertions: 0, referenceWords: 0),
            failures: failures, durationMs: result.duration.milliseconds, ttfaMs: Percentiles.stats(ttfas), eotMs: Percentiles.stats([]),
            bargeIns: bargeIns, cutIns: turns.filter(\.cutIn).count, falseBargeIns: 0, deadAirMs: deadAir, talkOverMs: talkOver,
            entities: [], toolCalls: [], line: LineReport(callerToAgent: direction(result.callerToAgent), agentToCaller: direction(result.agentToCaller)),
            turns: turns, timeline: outsideTimeline(replies), artifacts: artifacts)
        report.outside = OutsideReport(protocol: outside.protocolName, address: outside.address, connectMs: outside.connectMs,
                                       marksEchoed: outside.marksEchoed, clears: outside.clears.count, underruns: outside.underruns,
                                       notObservable: Self.notObservable, underrunMs: (outside.underrunsMs.reduce(0, +) * 10).rounded() / 10,
                                       unreachable: outside.unreachable?.rawValue,
                                       pacingP99Ms: Percentiles.nearestRank(99, of: result.tickLatenessMs).map { ($0 * 100).rounded() / 100 })
        return report
    }

    /// The stages the line shows of the reply first heard at `heardAt`: they add up to its TTFA.
    func stages(turn: SpokenTurn, heardAt: SimInstant, outside: OutsideView, map: ArrivalMap) -> OutsideStages? {
        guard let sent = map.agentTime(turn.end), let arrived = outside.audioStarts.first(where: { $0 >= sent && $0 <= heardAt }) else { return nil }
        return OutsideStages(transportIn: (sent - turn.end).milliseconds, agent: (arrived - sent).milliseconds,
                             playoutAndTransportOut: (heardAt - arrived).milliseconds)
    }

    /// Each barge-in — a turn meant as one, or any caller speech that began while the
    /// agent's audio was audible: from the caller's onset to the last agent audio heard
    /// before the agent fell silent; it stopped when a `clear` came or its audio ended
    /// while the caller still spoke.
    func outsideBargeIns(ear: [Float], rate: Int, outside: OutsideView) -> [BargeInReport] {
        let audio = EarStretches(ear, rate: rate, gap: Self.stopGap)
        let onsets = result.spoken.filter { $0.bargeIn || ($0.kind != .backchannel && audio.stretch(at: $0.start) != nil) }
        return onsets.map { turn in
            guard let speaking = audio.stretch(at: turn.start) ?? audio.stretch(at: turn.start - .milliseconds(20)) else {
                return BargeInReport(atMs: turn.start.milliseconds, stopMs: nil, agentStopped: false)
            }
            let cleared = outside.clears.contains { $0 >= turn.start && $0 <= speaking.end + .milliseconds(500) }
            return BargeInReport(atMs: turn.start.milliseconds, stopMs: (speaking.end - turn.start).milliseconds,
                                 agentStopped: cleared || speaking.end < turn.end)
        }
    }

    /// The caller's and the agent's lanes, the agent's as heard.
    func outsideTimeline(_ replies: EarStretches) -> [TimelineSpan] {
        var spans: [TimelineSpan] = []
        for turn in result.spoken {
            for (i, segment) in turn.segments.enumerated() {
                spans.append(TimelineSpan(lane: "caller", startMs: segment.start.milliseconds, endMs: segment.end.milliseconds, label: i == 0 ? turn.text : nil))
            }
        }
        for stretch in replies.stretches {
            spans.append(TimelineSpan(lane: "agent", startMs: stretch.start.milliseconds, endMs: stretch.end.milliseconds, label: nil))
        }
        return spans
    }
}
