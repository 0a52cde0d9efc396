import AgentInterface
import CallAudio
import CallHarness
import Foundation
import MediaSockets
import MediaStreams
import SimTime

/// One caller's connection to a served agent, on its own thread and its own real-time
/// scheduler: the agent's side of a media stream. It waits for `start`, then answers with
/// a fresh agent; every 20 ms it sends the agent's speech as `media`, a `mark` where each
/// reply ends, and a `clear` when the caller barges in; it hands the caller's audio and
/// keypad to the agent and ends on `stop` or the socket closing. When the agent hangs up
/// or transfers, it sends the mark `hangup` or `transfer` and closes the socket once
/// the carrier has echoed it (playback reached it). Everything but `post` runs on the
/// call's own thread, the one that calls `run`.
final class ServedCall: @unchecked Sendable {
    /// The mark sent before closing on a hang-up.
    static let hangUpMark = "hangup"
    /// The mark sent before closing on a transfer.
    static let transferMark = "transfer"
    static let frame = SimDuration.milliseconds(20)
    /// The most caller audio held for the agent, in frames.
    static let maximumBacklog = 25
    /// How long to wait for `start`, and for the last mark's echo.
    static let patience = SimDuration.seconds(10)

    private let scheduler = Scheduler(clock: .monotonic)
    private let connection: MediaSocketConnection
    private let agent: any CallableAgent
    private let dialect: any MediaStreamDialect
    private let seed: UInt64
    private let finished: @Sendable () -> Void
    private var inbox: Inbox<MediaSocketEvent>?

    private var call: (agent: any CallAnswering, close: () -> Void)?
    private var trace = CallTrace()
    private var streamID: String?
    private var pending: [Float] = []
    private var speaking: Int?
    private var tracedEvents = 0
    private var closingMark: String?
    private var closingSince: SimInstant?
    private var over = false
    /// Messages from the caller that broke the protocol.
    private(set) var protocolErrors = 0

    init(connection: MediaSocketConnection, agent: any CallableAgent, dialect: any MediaStreamDialect, seed: UInt64,
         finished: @escaping @Sendable () -> Void) {
        self.connection = connection
        self.agent = agent
        self.dialect = dialect
        self.seed = seed
        self.finished = finished
        inbox = scheduler.makeInbox { [unowned self] (event: MediaSocketEvent) in handle(event) }
    }

    /// Where the socket's events go (from the socket's thread).
    func post(_ event: MediaSocketEvent) { inbox?.post(event) }

    /// Runs the call to its end on the calling thread.
    func run() {
        // A stream with no `start` (raw PCM) is a call from the moment the socket opens.
        if !dialect.announcesStart { scheduler.schedule(at: .zero) { [unowned self] in answer(streamID: nil) } }
        scheduler.schedule(at: .zero) { [unowned self] in tick() }
        scheduler.runUntilIdle()
        call?.close()
        call = nil
        finished()
    }

    private var frameSamples: Int { dialect.format.frameSamples }

    private func handle(_ event: MediaSocketEvent) {
        guard !over else { return }
        switch event {
        case .closed:
            finish(closeSocket: false)
        case .message(let wire):
            let envelope: CarrierEnvelope
            do {
                envelope = try dialect.decodeCarrier(wire)
            } catch {
                protocolErrors += 1
                return
            }
            receive(envelope)
        }
    }

    private func receive(_ envelope: CarrierEnvelope) {
        let now = scheduler.now
        switch envelope.message {
        case .connected, .mark, .cleared:
            break
        case .start:
            answer(streamID: envelope.streamID)
        case .media(let chunk):
            guard call != nil else { return }
            // Played to the agent one frame a tick, as a jitter buffer would; a backlog of more
            // than `maximumBacklog` (the caller's side ran late) drops its oldest audio.
            pending += chunk.samples.map(PCM.float)
            let limit = Self.maximumBacklog * frameSamples
            if pending.count > limit { pending.removeFirst(pending.count - limit) }
        case .dtmf(let digit):
            if let first = digit.first { call?.agent.receiveKeypad(first, at: now) }
        case .stop:
            call?.agent.callerHungUp(at: now)
            finish(closeSocket: true)
        }
        if case .mark(let name) = envelope.message, name == closingMark { finish(closeSocket: true) }
    }

    /// The stream has started: a fresh agent answers.
    private func answer(streamID: String?) {
        guard call == nil else { return }
        self.streamID = streamID
        do {
            call = try agent.connect(CallSetup(scheduler: scheduler, trace: trace, lineSampleRate: dialect.format.sampleRate, seed: seed))
        } catch {
            finish(closeSocket: true)
            return
        }
        call?.agent.answer()
    }

    private func tick() {
        guard !over else { return }
        let now = scheduler.now
        if let agent = call?.agent {
            // The frame that ended now, as the call loop hands one to an agent.
            if pending.count >= frameSamples, now >= .zero + Self.frame {
                agent.receive(Array(pending.prefix(frameSamples)), frameStart: now - Self.frame)
                pending.removeFirst(frameSamples)
            }
            if bargedIn() { send(.clear) }
            let frame = agent.nextFrame()
            let reply = frame.caption?.reply
            if let speaking, speaking != reply { send(.mark(name: "reply-\(speaking)")) }
            speaking = reply
            if reply != nil { send(.media(frame.samples.map(PCM.int16))) }
            if let ending = agent.ending, reply == nil, closingMark == nil {
                let name = if case .transfer = ending.reason { Self.transferMark } else { Self.hangUpMark }
                closingMark = name
                closingSince = now
                // Without marks (raw PCM) nothing will be echoed: the audio has gone out, so close now.
                guard dialect.encode(AgentEnvelope(streamID: streamID, message: .mark(name: name))) != nil else {
                    finish(closeSocket: true)
                    return
                }
                send(.mark(name: name))
            }
        } else if now >= .zero + Self.patience {
            finish(closeSocket: true)
            return
        }
        if let since = closingSince, now - since >= Self.patience {
            finish(closeSocket: true)
            return
        }
        scheduler.schedule(after: Self.frame) { [unowned self] in tick() }
    }

    /// Whether the agent's playout was cut by the caller since the last tick.
    private func bargedIn() -> Bool {
        let events = trace.events
        defer { tracedEvents = events.count }
        return events[tracedEvents...].contains { $0.lane == .agent && $0.kind == "barge.in" }
    }

    private func send(_ message: AgentMessage) {
        if let wire = dialect.encode(AgentEnvelope(streamID: streamID, message: message)) { connection.send(wire) }
    }

    private func finish(closeSocket: Bool) {
        guard !over else { return }
        over = true
        scheduler.stop()
        if closeSocket { connection.close() }
    }
}
