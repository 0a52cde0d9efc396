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
/// into dead air, hanging up when done or ignored. What it answers is decided by its
/// `CallerMind` from the words it heard; its persona shapes how it says it.
///
/// Its own timeline (`spoken`) is the ground truth for every metric.
final class CallerSimulator {
    let scenario: Scenario
    let sampleRate: Int
    let trace: CallTrace
    /// Decides what to answer from what was heard.
    private var mind: CallerMind
    private let persona: CallerPersona
    /// The persona's seeded draws (reaction spread, hesitations, pauses).
    private var habits: SeededGenerator
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

    /// A caller for `scenario` on a line at `sampleRate`; with `recognizing`, it recognizes
    /// the agent's audio rather than reading its captions.
    init(scenario: Scenario, sampleRate: Int, noise: NoiseBed?, trace: CallTrace, readBack: ReadBackCheck, seed: UInt64,
         recognizing: RecognizingEar? = nil) {
        self.scenario = scenario
        self.sampleRate = sampleRate
        self.noise = noise
        self.trace = trace
        self.ear = CallerEar(sampleRate: sampleRate, recognizing: recognizing)
        self.persona = scenario.caller.persona
        self.habits = SeededGenerator(seed: Seed.derive(seed, "caller"))
        let firstSentence = scenario.turns.lazy.compactMap { turn -> String? in
            if case .say(let text) = turn.kind { return text }
            return nil
        }.first
        let goal = scenario.caller.goal.map { "I'd like to \(CallerMind.trimmed($0))." } ?? firstSentence
        self.mind = CallerMind(goal: goal, facts: scenario.caller.facts, persona: scenario.caller.persona, readBack: readBack)
    }

    /// Audible agent audio per reply at the ear (first and last sample times), for scoring.
    var heard: [Int: (first: SimInstant, last: SimInstant)] { ear.heard }
    /// Audible agent audio per reply as the caller tells replies apart.
    private var replies: [Int: (first: SimInstant, last: SimInstant)] { ear.replies }
    /// What the ear heard, for the call recording.
    var earRecording: [Float] { ear.recording }
    /// The words heard of each reply.
    var heardText: [Int: String] { ear.texts }
    private var lastAgentAudible: SimInstant? { ear.lastAudible }
    private var lastReplyHeard: Int? { ear.lastReply }
    /// The reaction time of the next turn, drawn once per turn.
    private var nextReaction: (cursor: Int, spoken: Int, delay: SimDuration)?

    var frameLength: Int { sampleRate / 50 }
    var hasHungUp: Bool { hungUpAt != nil }
    var isSpeaking: Bool { speaking != nil }

    // MARK: - Ear

    /// Hears the 20 ms that began at `start` (nil before the line delivers anything).
    func hear(_ frame: LineFrame<AgentCaption>?, start: SimInstant) {
        let heard = ear.hear(frame, start: start, trace: trace)
        if let words = heard.words { mind.hear(words) }
        guard let reply = heard.reply else { return }
        // The agent's answer to the caller's last turn: the first reply heard after it — or
        // one that began over the turn's end and goes on after it (the agent cut in).
        if replyAfterTurn == nil, !isSpeaking, let span = ear.replies[reply], span.last > lastCallerEnd {
            replyAfterTurn = (reply, max(span.first, lastCallerEnd))
        }
        helloInGap = false
    }

    /// What the caller makes of reply `reply`: its words as heard. Recognized from audio,
    /// which has no punctuation, a bare read-back — details, no question, nothing said to
    /// be done — is taken as the question it was said as ("Cancel appointment A one zero
    /// zero two?"), as a person hears it from the voice.
    private func words(of reply: Int) -> String {
        let text = ear.text(of: reply)
        guard ear.isRecognizing, PromptReader.read(text).kind == .statement, mind.readBack.hasDetails(text) else { return text }
        let spaced = " " + TextNormalizer.words(text).joined(separator: " ") + " "
        return CallerMind.doneCues.contains { spaced.contains(" \($0) ") } ? text : text + "?"
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

    /// The reaction time before the next turn: the turn's or the caller's, plus the
    /// persona's extra time and seeded spread (drawn once per turn).
    private func reaction(for turn: CallerTurn?) -> SimDuration {
        let base = turn?.reactionMs ?? scenario.caller.reactionMs
        guard persona.extraReactionMs > 0 || persona.reactionSpreadMs > 0 else { return .milliseconds(base) }
        if let drawn = nextReaction, drawn.cursor == cursor, drawn.spoken == spoken.count { return drawn.delay }
        let spread = persona.reactionSpreadMs > 0 ? Int(habits.nextUnit() * Double(2 * persona.reactionSpreadMs + 1)) - persona.reactionSpreadMs : 0
        let delay = SimDuration.milliseconds(max(0, base + persona.extraReactionMs + spread))
        nextReaction = (cursor, spoken.count, delay)
        return delay
    }

    /// True when the agent has answered since the caller last spoke and has been quiet
    /// for the reaction time.
    /// How long past its reaction time the caller waits for a recognizing ear to catch up.
    static let earPatience = SimDuration.seconds(1)

    private func agentDone(at now: SimInstant, reaction: SimDuration) -> Bool {
        guard replyAfterTurn != nil || (spoken.isEmpty && lastAgentAudible != nil), let last = lastAgentAudible else { return false }
        // The caller answers what it understood: it waits for its ear to have heard it all —
        // up to a second more, then answers what it has (an ear slower than the call).
        return now - last >= reaction && (ear.isSettled || now - last >= reaction + Self.earPatience)
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
            // Script done: a caller with a goal or facts answers what the agent still asks
            // and hangs up once the agent has nothing more to ask; a plain script hangs up
            // once the agent has answered its last turn (a silent caller, with no turns and no
            // goal, stays on until the dead-air limit).
            let silent = scenario.turns.isEmpty && scenario.caller.goal == nil
            guard !silent, agentDone(at: now, reaction: reaction(for: nil) * 2), let reply = lastReplyHeard else {
                maybeHello(at: now, silentSince: silentSince)
                return true
            }
            if !knowsMore {
                hangUp(at: now, why: "done")
                return true
            }
            act(on: mind.respond(to: words(of: reply), block: knownFacts(), upcoming: [], said: spoken), turn: nil, at: now,
                ifWaiting: { hangUp(at: now, why: "done") })
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
            if let reply = replyAfterTurn ?? lastReplyHeard.map({ ($0, replies[$0]!.first) }), now >= reply.start + .milliseconds(after) {
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
            let upcoming = scenario.turns[(cursor + 1)...]
            // A scripted barge-in next: at its moment, unless what has been heard of the reply
            // by then is a question this block answers, the barge-in is due.
            if let reply = replyAfterTurn, let next = upcoming.first, let bargeIn = next.bargeIn,
               now >= reply.start + .milliseconds(bargeIn.afterAgentStartMs) {
                var trial = mind
                if case .say(_, answered: let name?) = trial.respond(to: words(of: reply.id), block: map, upcoming: upcoming, said: spoken),
                   map[name] != nil {
                    // Keep waiting: the answer is due once the agent stops.
                } else {
                    cursor += 1
                    return false
                }
            }
            if persona.interrupts == .early, let reply = replyAfterTurn, lastAgentAudible.map({ now - $0 < .milliseconds(100) }) ?? false,
               ear.asksQuestion(words(of: reply.id)) {
                // An impatient caller answers as soon as it has heard a question it can answer.
                var trial = mind
                if case .say(_, answered: _?) = trial.respond(to: words(of: reply.id), block: knownFacts(current: map), upcoming: upcoming, said: spoken) {
                    act(on: mind.respond(to: words(of: reply.id), block: knownFacts(current: map), upcoming: upcoming, said: spoken),
                        turn: turn, at: now, bargeIn: true, ifWaiting: {})
                    return true
                }
            }
            guard agentDone(at: now, reaction: reaction(for: turn)), let reply = lastReplyHeard else {
                maybeHello(at: now, silentSince: silentSince)
                return true
            }
            let decision = mind.respond(to: words(of: reply), block: knownFacts(current: map), upcoming: upcoming, said: spoken)
            if decision == .next {
                cursor += 1
                return false
            }
            act(on: decision, turn: turn, at: now, ifWaiting: { maybeHello(at: now, silentSince: silentSince) })
        case .say, .audio, .dtmf:
            guard agentDone(at: now, reaction: reaction(for: turn)) else { maybeHello(at: now, silentSince: silentSince); return true }
            speak(turn, index: cursor, at: now, bargeIn: false)
            cursor += 1
        }
        return true
    }

    /// True when the caller has more to go on than its script: a goal, facts or answers.
    private var knowsMore: Bool {
        scenario.caller.goal != nil || !scenario.caller.facts.isEmpty || scenario.turns.contains {
            if case .answers = $0.kind { return true }
            return false
        }
    }

    /// What the caller knows while on turn `cursor`: its facts, the answers of earlier
    /// blocks, and those of the current one (which win).
    private func knownFacts(current: [String: String] = [:]) -> [String: String] {
        var known: [String: String] = [:]
        for turn in scenario.turns.prefix(cursor) {
            if case .answers(let map) = turn.kind { known.merge(map) { _, later in later } }
        }
        return known.merging(current) { _, current in current }
    }

    /// Carries out a decision of the mind for `turn` (nil with the script done).
    private func act(on decision: CallerMind.Decision, turn: CallerTurn?, at now: SimInstant, bargeIn: Bool = false, ifWaiting: () -> Void) {
        switch decision {
        case .say(let text, let answered):
            if answered == nil { trace.record(now, .caller, "improvises", text) }
            start(CallerAudioRequest(text: text, turn: turn), kind: .answer, index: turn == nil ? nil : cursor, at: now, bargeIn: bargeIn,
                  answered: answered)
        case .next:
            cursor += 1
        case .wait:
            ifWaiting()
        case .hangUp:
            hangUp(at: now, why: "out of patience")
        }
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
        let habit = habitsOfSpeech(request.text, kind: kind)
        do {
            let rate = (turn?.rate ?? scenario.caller.rate) * persona.pace
            let audio = try CallerAudio.speech(request.text, voice: turn?.voice ?? scenario.caller.voice, rate: min(2, max(0.5, rate)),
                                               sampleRate: sampleRate, hesitation: turn?.hesitation ?? habit.hesitation,
                                               pause: kind == .say || kind == .answer ? turn?.pause ?? habit.pause : nil)
            begin(audio, kind: kind, index: index, at: now, bargeIn: bargeIn, answered: answered, line: turn?.line)
        } catch {
            trace.record(now, .caller, "error", "\(error)")
        }
    }

    /// The persona's seeded habits for one spoken turn: a filler before it, a pause inside it.
    private func habitsOfSpeech(_ text: String, kind: SpokenTurn.Kind) -> (hesitation: String?, pause: CallerTurn.Pause?) {
        guard kind == .say || kind == .answer, persona.hesitations > 0 || persona.pausesPerTurn > 0 else { return (nil, nil) }
        var hesitation: String?
        if persona.hesitations > 0, habits.nextUnit() < persona.hesitations { hesitation = habits.nextUnit() < 0.5 ? "Um," : "Uh," }
        var pause: CallerTurn.Pause?
        let words = text.split(separator: " ").count
        if persona.pausesPerTurn > 0, words >= 3, habits.nextUnit() < min(1, persona.pausesPerTurn) {
            let after = 1 + Int(habits.nextUnit() * Double(words - 2))
            pause = CallerTurn.Pause(afterWord: after, ms: 600 + Int(habits.nextUnit() * 900))
        }
        return (hesitation, pause)
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
