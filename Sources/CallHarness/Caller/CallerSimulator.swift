import AgentInterface
import CallText
import CallImpairment
import CallAudio
import CallScenario
import CallSpeech
import SimTime
import VoicePipeline

/// The simulated caller: speaks the scenario's turns into its microphone frame by frame,
/// listens to what reaches its ear, and decides when to talk the way a person would —
/// after the agent stops plus a reaction time, over the agent for a barge-in, "hello?"
/// into dead air, hanging up when done or ignored.
///
/// Its own timeline (`spoken`) is the ground truth for every metric.
final class CallerSimulator {
    let scenario: Scenario
    let sampleRate: Int
    let trace: CallTrace
    /// Checks read-backs before a "yes".
    let readBack: ReadBackCheck
    private let noise: NoiseBed?

    /// Everything said, in order.
    private(set) var spoken: [SpokenTurn] = []
    /// When the caller hung up, if it did.
    private(set) var hungUpAt: SimInstant?
    /// What reached the ear.
    private var ear: CallerEar
    /// The microphone signal, for the call recording.
    private(set) var micRecording: [Float] = []

    private var cursor = 0
    private var speaking: (audio: CallerAudio, position: Int, turn: Int)?
    private var lastCallerEnd: SimInstant = .zero
    private var replyAfterTurn: (id: Int, start: SimInstant)?
    private var waitingSince: SimInstant?
    private var helloInGap = false
    private var frameIndex = 0

    init(scenario: Scenario, sampleRate: Int, noise: NoiseBed?, trace: CallTrace, readBack: ReadBackCheck) {
        self.scenario = scenario
        self.sampleRate = sampleRate
        self.noise = noise
        self.trace = trace
        self.readBack = readBack
        self.ear = CallerEar(sampleRate: sampleRate)
    }

    /// Audible agent audio per reply at the ear (first and last sample times).
    var heard: [Int: (first: SimInstant, last: SimInstant)] { ear.heard }
    /// What the ear heard, for the call recording.
    var earRecording: [Float] { ear.recording }
    private var lastAgentAudible: SimInstant? { ear.lastAudible }
    private var lastReplyHeard: Int? { ear.lastReply }

    /// What the agent asked in reply `id`, by the caption that reached the ear.
    private func asked(_ id: Int) -> String? { ear.captions[id]?.asks }
    /// What the agent said in reply `id`, by the caption that reached the ear.
    private func said(_ id: Int) -> String? { ear.captions[id]?.text }

    var frameLength: Int { sampleRate / 50 }
    var hasHungUp: Bool { hungUpAt != nil }
    var isSpeaking: Bool { speaking != nil }

    // MARK: - Ear

    /// Hears the 20 ms that began at `start` (nil before the line delivers anything).
    func hear(_ frame: LineFrame<AgentCaption>?, start: SimInstant) {
        guard let heard = ear.hear(frame, start: start, trace: trace) else { return }
        if let first = heard.firstAudible, first >= lastCallerEnd, replyAfterTurn == nil { replyAfterTurn = (heard.reply, first) }
        helloInGap = false
    }

    // MARK: - Mouth

    /// The microphone's next 20 ms, beginning at `start`: speech (if speaking) plus noise.
    func nextMicFrame(start: SimInstant) -> [Float] {
        if speaking == nil && !hasHungUp { decide(at: start) }
        var frame = [Float](repeating: 0, count: frameLength)
        if var current = speaking {
            let take = min(frameLength, current.audio.samples.count - current.position)
            for i in 0..<take { frame[i] = current.audio.samples[current.position + i] }
            current.position += take
            if current.position >= current.audio.samples.count {
                speaking = nil
                lastCallerEnd = spoken[current.turn].end
                waitingSince = lastCallerEnd
                replyAfterTurn = nil
                trace.record(lastCallerEnd, .caller, "speech.end", spoken[current.turn].text)
            } else {
                speaking = current
            }
        }
        noise?.add(into: &frame, at: frameIndex * frameLength)
        frameIndex += 1
        micRecording.append(contentsOf: frame)
        return frame
    }

    private func reaction(for turn: CallerTurn?) -> SimDuration {
        .milliseconds(turn?.reactionMs ?? scenario.caller.reactionMs)
    }

    /// True when the agent has answered since the caller last spoke and has been quiet
    /// for the reaction time.
    private func agentDone(at now: SimInstant, reaction: SimDuration) -> Bool {
        guard replyAfterTurn != nil || (spoken.isEmpty && lastAgentAudible != nil), let last = lastAgentAudible else { return false }
        return now - last >= reaction
    }

    /// Acts on the next scenario turn, moving past turns that have nothing to do now.
    private func decide(at now: SimInstant) {
        while !step(at: now) {}
    }

    /// Acts on the next turn; false when it moved past a turn and the next one is due at once.
    private func step(at now: SimInstant) -> Bool {
        let silentSince = max(lastCallerEnd, lastAgentAudible ?? .zero)
        if now - silentSince >= .milliseconds(scenario.caller.hangupAfterMs) {
            hangUp(at: now, why: "dead air")
            return true
        }
        guard cursor < scenario.turns.count else {
            // Script done: hang up once the agent has answered the last turn (a silent
            // caller, with no turns, stays on until the dead-air limit).
            if !scenario.turns.isEmpty, agentDone(at: now, reaction: reaction(for: nil) * 2) { hangUp(at: now, why: "done") }
            else { maybeHello(at: now, silentSince: silentSince) }
            return true
        }
        let turn = scenario.turns[cursor]
        if let bargeIn = turn.bargeIn {
            if let reply = replyAfterTurn, now >= reply.start + .milliseconds(bargeIn.afterAgentStartMs) {
                speak(turn, index: cursor, at: now, bargeIn: true)
                cursor += 1
            } else {
                maybeHello(at: now, silentSince: silentSince)
            }
            return true
        }
        switch turn.kind {
        case .backchannel(let text, let after):
            if let reply = replyAfterTurn ?? lastReplyHeard.map({ ($0, heard[$0]!.first) }), now >= reply.start + .milliseconds(after) {
                start(CallerAudioRequest(text: text, turn: turn), kind: .backchannel, index: cursor, at: now, bargeIn: false, answered: nil)
                cursor += 1
            }
        case .wait(let ms):
            let since = waitingSince ?? now
            waitingSince = since
            if now - since >= .milliseconds(ms) {
                cursor += 1
                waitingSince = now
            }
        case .answers(let map):
            // Once the reply being heard asks for something this turn has no answer to,
            // the next turn is due (it may be a barge-in into that very reply).
            if let reply = replyAfterTurn?.id, let slot = asked(reply), map[slot] == nil, cursor + 1 < scenario.turns.count {
                cursor += 1
                return false
            }
            guard agentDone(at: now, reaction: reaction(for: turn)) else { maybeHello(at: now, silentSince: silentSince); return true }
            if let reply = lastReplyHeard, let slot = asked(reply), var answer = map[slot] {
                // Before confirming, check the read-back against what was said.
                if let text = said(reply), YesNo.classify(answer, question: text) == true,
                   let wrong = readBack.contradiction(in: text, facts: intendedFacts(map)) {
                    answer = "No, " + wrong
                    trace.record(now, .caller, "corrects", wrong)
                }
                start(CallerAudioRequest(text: answer, turn: turn), kind: .answer, index: cursor, at: now, bargeIn: false, answered: slot)
            } else {
                cursor += 1
                return false
            }
        case .say, .audio, .dtmf:
            guard agentDone(at: now, reaction: reaction(for: turn)) else { maybeHello(at: now, silentSince: silentSince); return true }
            speak(turn, index: cursor, at: now, bargeIn: false)
            cursor += 1
        }
        return true
    }

    /// What the caller knows it wants: what it has said (oldest first), then the answers
    /// it holds ready but was not asked for yet. Yes/no answers are replies, not facts.
    private func intendedFacts(_ map: [String: String]) -> [String] {
        let said = spoken.filter { $0.kind == .say || ($0.kind == .answer && YesNo.classify($0.text) == nil) }
        let unsaid = map.keys.sorted().filter { slot in !spoken.contains { $0.answered == slot } }.map { map[$0]! }
            .filter { YesNo.classify($0) == nil }
        return unsaid + said.map(\.text)
    }

    private func maybeHello(at now: SimInstant, silentSince: SimInstant) {
        let after = scenario.caller.helloAfterMs
        guard after > 0, !helloInGap, replyAfterTurn == nil, !spoken.isEmpty || lastAgentAudible == nil,
              now - silentSince >= .milliseconds(after) else { return }
        helloInGap = true
        start(CallerAudioRequest(text: "Hello?", turn: nil), kind: .hello, index: nil, at: now, bargeIn: false, answered: nil)
    }

    private func speak(_ turn: CallerTurn, index: Int, at now: SimInstant, bargeIn: Bool) {
        switch turn.kind {
        case .say(let text):
            start(CallerAudioRequest(text: text, turn: turn), kind: .say, index: index, at: now, bargeIn: bargeIn, answered: nil)
        case .audio(let path, let transcript):
            do {
                let audio = try CallerAudio.recording(path, transcript: transcript, sampleRate: sampleRate)
                begin(audio, kind: .audio, index: index, at: now, bargeIn: bargeIn, answered: nil, line: turn.line)
            } catch {
                trace.record(now, .caller, "error", "\(error)")
            }
        case .dtmf(let digits):
            let tones = DTMF.tones(digits, sampleRate: sampleRate)
            begin(CallerAudio(samples: tones, segments: [0..<tones.count], text: digits), kind: .dtmf, index: index, at: now, bargeIn: bargeIn, answered: nil, line: turn.line)
        default:
            break
        }
    }

    private struct CallerAudioRequest {
        var text: String
        var turn: CallerTurn?
    }

    private func start(_ request: CallerAudioRequest, kind: SpokenTurn.Kind, index: Int?, at now: SimInstant, bargeIn: Bool, answered: String?) {
        let turn = request.turn
        do {
            let audio = try CallerAudio.speech(request.text, voice: turn?.voice ?? scenario.caller.voice, rate: turn?.rate ?? scenario.caller.rate,
                                               sampleRate: sampleRate, hesitation: turn?.hesitation, pause: kind == .say || kind == .answer ? turn?.pause : nil)
            begin(audio, kind: kind, index: index, at: now, bargeIn: bargeIn, answered: answered, line: turn?.line)
        } catch {
            trace.record(now, .caller, "error", "\(error)")
        }
    }

    private func begin(_ audio: CallerAudio, kind: SpokenTurn.Kind, index: Int?, at now: SimInstant, bargeIn: Bool, answered: String?, line: Int?) {
        guard !audio.samples.isEmpty else { return }
        let segments = audio.segments.map {
            SpokenTurn.Segment(start: now + .samples($0.lowerBound, rate: sampleRate), end: now + .samples($0.upperBound, rate: sampleRate))
        }
        let turn = SpokenTurn(index: index, kind: kind, text: audio.text, start: segments.first?.start ?? now,
                              end: segments.last?.end ?? now + .samples(audio.samples.count, rate: sampleRate),
                              segments: segments, bargeIn: bargeIn, answered: answered, sourceLine: line)
        spoken.append(turn)
        speaking = (audio, 0, spoken.count - 1)
        waitingSince = nil
        trace.record(now, .caller, "speech.start", audio.text, ["kind": kind.rawValue])
    }

    private func hangUp(at now: SimInstant, why: String) {
        hungUpAt = now
        trace.record(now, .caller, "hang.up", nil, ["why": why])
    }
}
