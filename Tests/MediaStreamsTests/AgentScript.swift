import CallAudio
import Foundation
import MediaStreams
import SimTime

/// What a test agent sends, written through the dialect as a real agent would send it.
struct AgentScript {
    var dialect: any MediaStreamDialect = TwilioDialect()
    var streamID: String

    func media(_ samples: [Int16]) -> WireMessage { dialect.encode(AgentEnvelope(streamID: streamID, message: .media(samples)))! }
    func mark(_ name: String) -> WireMessage { dialect.encode(AgentEnvelope(streamID: streamID, message: .mark(name: name)))! }
    func clear() -> WireMessage { dialect.encode(AgentEnvelope(streamID: streamID, message: .clear))! }

    /// `count` samples of a 440 Hz tone at `level` (full scale 1) that survive μ-law.
    static func tone(_ count: Int, level: Float = 0.3, from start: Int = 0, rate: Int = 8000) -> [Int16] {
        let samples = (start..<start + count).map { PCM.int16(level * sin(2 * Float.pi * 440 * Float($0) / Float(rate))) }
        return MuLaw.decode(MuLaw.encode(samples))
    }
}

/// Drives a session's playout tick by tick from `start`.
struct PlayoutClock {
    var time: SimInstant = .zero
    let frame = SimDuration.milliseconds(20)

    mutating func tick(_ session: inout CarrierSession) -> PlayoutFrame {
        let frame = session.playout(at: time)
        time = time + self.frame
        return frame
    }
}

extension CarrierSession {
    /// Opens a Twilio session at zero with fixed identifiers.
    static func twilio(rule: UnderrunRule = UnderrunRule()) -> CarrierSession {
        var session = CarrierSession(dialect: TwilioDialect(), stream: StreamStart(accountID: "AC1", callID: "CA1", streamID: "MZ1"), rule: rule)
        _ = session.open(at: .zero)
        return session
    }

    /// The names of the marks echoed so far with why.
    var echoes: [(String, MediaStreamEvent.MarkEcho, SimInstant)] {
        events.compactMap { if case .markEchoed(let name, let cause) = $0.kind { (name, cause, $0.at) } else { nil } }
    }
}

extension CarrierAction {
    /// The mark name of an echo this action sends, if it is one.
    var echoedMark: String? {
        guard case .send(let wire) = self, let members = JSONSample.members(wire), members["event"] as? String == "mark" else { return nil }
        return (members["mark"] as? [String: Any])?["name"] as? String
    }
}
