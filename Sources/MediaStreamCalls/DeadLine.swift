import AgentInterface
import SimTime

/// The agent of a call that never connected: it hears nothing, says nothing, and its
/// line is down from the first instant, with the reason.
final class DeadLine: CallAnswering {
    private let why: String
    private let protocolName: String
    private let address: String
    private let frameSamples: Int
    private let cause: OutsideView.Unreachable

    init(why: String, cause: OutsideView.Unreachable, protocolName: String, address: String, lineRate: Int) {
        self.why = why
        self.cause = cause
        frameSamples = lineRate / 50
        self.protocolName = protocolName
        self.address = address
    }

    func answer() {}
    func receive(_ samples: [Float], frameStart: SimInstant) {}
    func receiveKeypad(_ digit: Character, at time: SimInstant) {}
    func nextFrame() -> AgentFrame { AgentFrame(samples: [Float](repeating: 0, count: frameSamples), caption: nil) }
    func callerHungUp(at time: SimInstant) {}
    var ending: AgentEnding? { AgentEnding(reason: .lineDropped(why: why), at: .zero) }

    func observations() -> AgentObservations {
        var observed = AgentObservations()
        observed.outside = OutsideView(failures: [why], unreachable: cause, protocolName: protocolName, address: address)
        return observed
    }
}
