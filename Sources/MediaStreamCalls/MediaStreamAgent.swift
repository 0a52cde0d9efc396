import AgentInterface
import CallScenario
import MediaSockets
import MediaStreams
import SimTime

/// One call to an agent elsewhere, as the call loop sees it: the `CallAnswering` side of
/// a `MediaStreamLink`. The caller's frames go out as `media` (resampled to the stream's
/// rate when the line's differs), the agent's queued audio comes back 20 ms a tick, with
/// no captions (an agent elsewhere publishes none: the caller has only the audio). The
/// agent closing the socket normally is its hang-up — or a transfer, when it closes after
/// the configured mark; any other close, or a failure, is the line dropping.
final class MediaStreamAgent: CallAnswering {
    private let link: MediaStreamLink
    private let external: ExternalAgentConfig
    private let secrets: [String]
    private let toStream: FrameResampler?
    private let toLine: FrameResampler?

    init(link: MediaStreamLink, external: ExternalAgentConfig, lineRate: Int, secrets: [String]) {
        self.link = link
        self.external = external
        self.secrets = secrets
        let streamRate = link.session.dialect.format.sampleRate
        toStream = FrameResampler(from: lineRate, to: streamRate)
        toLine = FrameResampler(from: streamRate, to: lineRate)
    }

    func answer() { link.open() }

    func receive(_ samples: [Float], frameStart: SimInstant) {
        link.callerAudio(toStream?.process(samples) ?? samples, frameStart: frameStart)
    }

    func receiveKeypad(_ digit: Character, at time: SimInstant) { link.keypad(digit, at: time) }

    func nextFrame() -> AgentFrame {
        let frame = link.nextFrame()
        return AgentFrame(samples: toLine?.process(frame.samples) ?? frame.samples, caption: nil)
    }

    func callerHungUp(at time: SimInstant) { link.callerHungUp(at: time) }

    var ending: AgentEnding? {
        guard let ending = link.session.ending else { return nil }
        switch ending.cause {
        case .callerHungUp:
            return nil
        case .agentClosed(let code):
            if case .closedAfterMark(let name)? = external.escalation, markSent(name) {
                return AgentEnding(reason: .transfer(reason: "the agent closed the stream after the mark \"\(name)\"", summary: ""), at: ending.at)
            }
            guard let why = Self.dropped(code: code) else { return AgentEnding(reason: .hangUp, at: ending.at) }
            return AgentEnding(reason: .lineDropped(why: why), at: ending.at)
        case .failed(let why):
            return AgentEnding(reason: .lineDropped(why: mask(why)), at: ending.at)
        }
    }

    /// Why a close with `code` is the line dropping, nil when it is a hang-up (a normal
    /// closure or going away).
    static func dropped(code: Int?) -> String? {
        switch code {
        case 1000?, 1001?: nil
        case nil: "the agent's socket closed without a WebSocket close"
        case let code?: "the agent closed the socket with code \(code)"
        }
    }

    func observations() -> AgentObservations {
        let session = link.session
        var failures: [String] = []
        if case .lineDropped(let why)? = ending?.reason { failures.append("the line dropped mid-call: \(why)") }
        failures += Self.protocolFailures(session.protocolErrors)
        var starts: [SimInstant] = [], clears: [SimInstant] = []
        var echoed = 0
        for event in session.events {
            switch event.kind {
            case .mediaArrived(let samples, let queued) where queued == samples: starts.append(event.at)
            case .cleared: clears.append(event.at)
            case .markEchoed: echoed += 1
            default: break
            }
        }
        var phrases: [String] = []
        if case .says(let said)? = external.escalation { phrases = said }
        var observed = AgentObservations()
        observed.outside = OutsideView(failures: failures.map(mask), audioStarts: starts, clears: clears, escalationPhrases: phrases,
                                       connectMs: link.connectDuration.milliseconds, marksEchoed: echoed,
                                       underrunsMs: session.underruns.map(\.duration.milliseconds),
                                       protocolName: session.dialect.name, address: mask(link.address))
        return observed
    }

    /// The protocol errors as failures: each kind once, with how often it happened.
    static func protocolFailures(_ errors: [MediaStreamError]) -> [String] {
        var order: [String] = []
        var first: [String: MediaStreamError] = [:]
        var counts: [String: Int] = [:]
        for error in errors {
            if first[error.code] == nil { order.append(error.code); first[error.code] = error }
            counts[error.code, default: 0] += 1
        }
        return order.map { code in
            let count = counts[code]!
            return "protocol error (\(code))\(count > 1 ? ", \(count) times" : ""): \(first[code]!)"
        }
    }

    private func markSent(_ name: String) -> Bool {
        link.session.events.contains { event in
            switch event.kind {
            case .markQueued(let named, _), .markEchoed(let named, _): named == name
            default: false
            }
        }
    }

    private func mask(_ text: String) -> String { ExternalAgent.mask(text, secrets: secrets) }
}
