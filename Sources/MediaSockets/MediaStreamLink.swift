import MediaStreams
import SimTime

/// One call's media stream on the call's scheduler: a `CarrierSession` joined to a
/// `MediaSocketClient`. The call loop drives it from its 20 ms tick (`callerAudio`,
/// `nextFrame`); the socket's messages reach the session through an inbox, on the
/// scheduler's thread at their arrival time; the session's actions go out on the socket.
/// Everything but the socket's own thread runs on the scheduler's thread, so the link is
/// neither locked nor `Sendable`.
public final class MediaStreamLink {
    /// The carrier's side of the stream: its events, queue and ending.
    public private(set) var session: CarrierSession
    private let scheduler: Scheduler
    private var client: MediaSocketClient?
    /// How long the connection took, TCP to the end of the WebSocket handshake, on the
    /// machine's monotonic clock (the call-setup time a load test reports).
    public private(set) var connectDuration = SimDuration.zero

    /// Connects to the agent (blocking until the handshake is done or times out; call it
    /// before the scheduler runs) and readies `session` to start when `open()` is called.
    public init(scheduler: Scheduler, session: CarrierSession, options: MediaSocketClient.Options) throws(MediaSocketError) {
        self.scheduler = scheduler
        self.session = session
        let inbox = scheduler.makeInbox { [weak self] (event: MediaSocketEvent) in self?.handle(event) }
        let started = MonotonicClock.now()
        client = try MediaSocketClient.connect(options) { inbox.post($0) }
        connectDuration = SimDuration(microseconds: MonotonicClock.now() - started)
    }

    /// The address connected to, safe to print.
    public var address: String { client?.address ?? "" }

    /// The call connects now: `connected` and `start` go out.
    public func open() {
        perform(session.open(at: scheduler.now))
    }

    /// The caller's frame that began at `frameStart` goes out as `media`.
    public func callerAudio(_ samples: [Float], frameStart: SimInstant) {
        perform(session.callerAudio(samples, frameStart: frameStart))
    }

    /// The caller pressed `digit` at `time`.
    public func keypad(_ digit: Character, at time: SimInstant) {
        perform(session.keypad(digit, at: time))
    }

    /// The 20 ms the caller hears from now; mark echoes due go out.
    public func nextFrame() -> PlayoutFrame {
        let frame = session.playout(at: scheduler.now)
        perform(frame.actions)
        return frame
    }

    /// The caller hung up at `time`: `stop`, then the socket closes.
    public func callerHungUp(at time: SimInstant) {
        perform(session.callerHungUp(at: time))
    }

    /// Ends the call if it is still on — a `stop`, as the carrier sends whenever a call
    /// ends (a time limit, say) — and closes the socket. Call it once the call is over.
    public func close() {
        if session.phase == .streaming { perform(session.callerHungUp(at: scheduler.now)) }
        client?.close()
        client = nil
    }

    private func handle(_ event: MediaSocketEvent) {
        switch event {
        case .message(let wire):
            perform(session.receive(wire, at: scheduler.now))
        case .closed(let code, let byPeer):
            if byPeer { session.agentClosed(at: scheduler.now, code: code) }
        }
    }

    private func perform(_ actions: [CarrierAction]) {
        for action in actions {
            switch action {
            case .send(let wire): client?.send(wire)
            case .close: client?.close()
            }
        }
    }
}
