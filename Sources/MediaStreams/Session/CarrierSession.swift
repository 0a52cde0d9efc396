import CallAudio
import SimTime

/// The carrier's side of one media stream, as a pure state machine: each input (the
/// caller's audio, a keypad digit, the hang-up, a message from the agent, a playout tick)
/// returns the actions to carry out — messages to send, the socket to close — and the
/// session keeps a timeline of what happened. It reads no clock and touches no socket:
/// the caller gives every input's time, so the same inputs give the same messages,
/// audio and events, on a simulated or a monotonic scheduler alike.
///
/// It plays the agent's audio the way Twilio does: `media` payloads of any size are
/// queued in order and played at exactly the real rate, one 20 ms frame a tick, silence
/// when nothing is queued; a `mark` is echoed when playback reaches it; `clear` drops the
/// queue and echoes its pending marks at once (or, in the dialects that do so instead,
/// confirms the clear once); the agent closing the socket ends the call,
/// and whatever was still queued is never heard. Wrong messages become `protocolError`
/// events and are otherwise ignored; nothing an agent sends can stop the session.
public struct CarrierSession: Sendable {
    /// Where the stream is.
    public enum Phase: Sendable, Equatable {
        /// Not opened yet: anything the agent sends is early.
        case waiting
        /// `connected` and `start` are sent; audio flows.
        case streaming
        /// Over.
        case ended(SessionEnding)
    }

    /// The carrier protocol.
    public let dialect: any MediaStreamDialect
    /// The stream's identity, announced in `start`.
    public let stream: StreamStart
    /// What counts as an underrun.
    public let rule: UnderrunRule
    /// Where the stream is.
    public private(set) var phase: Phase = .waiting
    /// What happened, in order.
    public private(set) var events: [MediaStreamEvent] = []
    /// The deepest the playout queue has been, in samples.
    public private(set) var maximumQueued = 0

    private var sequenceNumber = 0
    private var chunkNumber = 0
    private var openedAt = SimInstant.zero
    private var queue = PlayoutQueue()
    /// When the agent audio handed out by the latest tick finishes playing.
    private var audioPlaysUntil = SimInstant.zero
    /// Whether the latest tick played a whole frame of agent audio.
    private var playingThrough = false
    /// The last frame's worth of agent samples played, for the level before a gap.
    private var tail: [Float] = []
    private var drySpell: DrySpell?

    /// A stretch in which the queue has run dry, not yet resolved.
    private struct DrySpell: Sendable {
        var since: SimInstant
        var level: Float
        var marked: Bool
    }

    /// Creates a session for `stream`, speaking `dialect`.
    public init(dialect: any MediaStreamDialect, stream: StreamStart, rule: UnderrunRule = UnderrunRule()) {
        self.dialect = dialect
        self.stream = stream
        self.rule = rule
    }

    /// Samples in one 20 ms frame at the dialect's rate.
    public var frameSamples: Int { dialect.format.frameSamples }
    /// Agent audio waiting to play, in samples.
    public var queuedSamples: Int { queue.pendingSamples }
    /// How the stream ended, once it has.
    public var ending: SessionEnding? {
        if case .ended(let ending) = phase { return ending }
        return nil
    }

    /// The underruns so far.
    public var underruns: [Underrun] {
        events.compactMap { if case .underrun(let underrun) = $0.kind { underrun } else { nil } }
    }

    /// The protocol errors so far.
    public var protocolErrors: [MediaStreamError] {
        events.compactMap { if case .protocolError(let error) = $0.kind { error } else { nil } }
    }

    // MARK: - The caller's side

    /// The call connects at `time`: the carrier greets (`connected`) and starts the stream.
    public mutating func open(at time: SimInstant) -> [CarrierAction] {
        guard phase == .waiting else { return [] }
        phase = .streaming
        openedAt = time
        audioPlaysUntil = time
        record(.opened, at: time)
        return [send(.connected), send(.start(stream))].compactMap { $0 }
    }

    /// The caller's audio for the frame that began at `frameStart` (samples at the
    /// dialect's rate, normally 20 ms): one `media` message, its timestamp the frame's
    /// start in milliseconds since the stream opened.
    public mutating func callerAudio(_ samples: [Float], frameStart: SimInstant) -> [CarrierAction] {
        guard phase == .streaming else { return [] }
        chunkNumber += 1
        let timestamp = max(0, (frameStart - openedAt).microseconds / 1000)
        let chunk = MediaChunk(chunk: chunkNumber, timestampMs: timestamp, samples: samples.map(PCM.int16))
        return [send(.media(chunk))].compactMap { $0 }
    }

    /// The caller pressed `digit` at `time`: a `dtmf` message.
    public mutating func keypad(_ digit: Character, at time: SimInstant) -> [CarrierAction] {
        guard phase == .streaming else { return [] }
        record(.keypad(digit: String(digit)), at: time)
        return [send(.dtmf(digit: String(digit)))].compactMap { $0 }
    }

    /// The caller hung up at `time`: `stop`, then the socket closes.
    public mutating func callerHungUp(at time: SimInstant) -> [CarrierAction] {
        guard phase == .streaming else { return [] }
        let stop = send(.stop(accountID: stream.accountID, callID: stream.callID))
        end(.callerHungUp, at: time)
        return [stop, .close].compactMap { $0 }
    }

    // MARK: - The agent's side

    /// The agent closed the socket at `time` (or it failed, when `error` says how).
    public mutating func agentClosed(at time: SimInstant, code: Int? = nil, error: String? = nil) {
        guard ending == nil else { return }
        end(error.map { .failed($0) } ?? .agentClosed(code: code), at: time)
    }

    /// A message from the agent arrived at `time`; returns the marks to echo at once.
    public mutating func receive(_ wire: WireMessage, at time: SimInstant) -> [CarrierAction] {
        guard ending == nil else { return [] }
        let envelope: AgentEnvelope
        do {
            envelope = try dialect.decodeAgent(wire)
        } catch {
            record(.protocolError(error), at: time)
            return []
        }
        let event = envelope.message.eventName
        guard phase == .streaming else {
            record(.protocolError(.beforeStart(event: event)), at: time)
            return []
        }
        if let named = envelope.streamID {
            guard named == stream.streamID else {
                record(.protocolError(.wrongStream(event: event, named: named, expected: stream.streamID)), at: time)
                return []
            }
        } else if dialect.agentMessagesNameStream {
            record(.protocolError(.missingStream(event: event)), at: time)
            return []
        }
        for problem in envelope.problems { record(.protocolError(problem), at: time) }

        switch envelope.message {
        case .media(let samples):
            queue.append(samples.map(PCM.float))
            maximumQueued = max(maximumQueued, queue.pendingSamples)
            record(.mediaArrived(samples: samples.count, queued: queue.pendingSamples), at: time)
            return []
        case .mark(let name):
            // A mark right where the audio ran out says the agent meant to stop there.
            if queue.pendingSamples == 0 { drySpell?.marked = true }
            if queue.pendingSamples == 0 && time >= audioPlaysUntil {
                return [echo(name, .immediately, at: time)].compactMap { $0 }
            }
            queue.mark(name)
            record(.markQueued(name: name, queued: queue.pendingSamples), at: time)
            return []
        case .clear:
            drySpell = nil
            let (dropped, marks) = queue.clear()
            record(.cleared(droppedSamples: dropped, marks: marks), at: time)
            let confirmation = send(.cleared)
            guard dialect.echoesClearedMarks else { return [confirmation].compactMap { $0 } }
            return ([confirmation] + marks.map { echo($0, .cleared, at: time) }).compactMap { $0 }
        }
    }

    // MARK: - Playout

    /// The 20 ms the caller hears from `time`: the next frame of queued agent audio
    /// (silence where the queue runs out), and the echoes of the marks whose audio has
    /// finished playing by `time`.
    public mutating func playout(at time: SimInstant) -> PlayoutFrame {
        let count = frameSamples
        guard phase == .streaming else { return PlayoutFrame(samples: [Float](repeating: 0, count: count), agentSamples: 0, actions: []) }
        let reached = queue.reachedMarks()
        let echoes = reached.compactMap { echo($0.name, .played, at: time) }
        var samples = queue.take(count)
        let played = samples.count
        if played > 0 {
            if let spell = drySpell {
                let gap = time - spell.since
                if !spell.marked && spell.level >= rule.minimumLevel && gap <= rule.maximumGap {
                    record(.underrun(Underrun(start: spell.since, duration: gap)), at: time)
                }
                drySpell = nil
            }
            tail = Array((tail + samples).suffix(count))
            audioPlaysUntil = time + .samples(played, rate: dialect.format.sampleRate)
        }
        if played < count {
            if played > 0 || playingThrough {
                // A mark where the audio ran out: still queued, or echoed at the start of this frame.
                let marked = queue.markAtPlayhead || reached.contains { $0.position == queue.consumed }
                drySpell = DrySpell(since: time + .samples(played, rate: dialect.format.sampleRate), level: Self.rms(tail), marked: marked)
            }
            samples.append(contentsOf: repeatElement(0, count: count - played))
        }
        playingThrough = played == count
        return PlayoutFrame(samples: samples, agentSamples: played, actions: echoes)
    }

    // MARK: - Helpers

    /// The carrier message as an action, numbered; nil when the dialect has no such
    /// message. Only messages that go out take a number, so the numbers never skip.
    private mutating func send(_ message: CarrierMessage) -> CarrierAction? {
        if message == .connected {
            return dialect.encode(CarrierEnvelope(sequenceNumber: nil, streamID: nil, message: message)).map(CarrierAction.send)
        }
        let wire = dialect.encode(CarrierEnvelope(sequenceNumber: sequenceNumber + 1, streamID: stream.streamID, message: message))
        if wire != nil { sequenceNumber += 1 }
        return wire.map(CarrierAction.send)
    }

    private mutating func echo(_ name: String, _ cause: MediaStreamEvent.MarkEcho, at time: SimInstant) -> CarrierAction? {
        record(.markEchoed(name: name, cause: cause), at: time)
        return send(.mark(name: name))
    }

    private mutating func end(_ cause: SessionEnding.Cause, at time: SimInstant) {
        let ending = SessionEnding(cause: cause, at: time, droppedSamples: queue.pendingSamples, unechoedMarks: queue.pendingMarks)
        phase = .ended(ending)
        drySpell = nil
        record(.ended(ending), at: time)
    }

    private mutating func record(_ kind: MediaStreamEvent.Kind, at time: SimInstant) {
        events.append(MediaStreamEvent(at: time, kind: kind))
    }

    private static func rms(_ samples: [Float]) -> Float {
        guard !samples.isEmpty else { return 0 }
        return (samples.reduce(0) { $0 + $1 * $1 } / Float(samples.count)).squareRoot()
    }
}
