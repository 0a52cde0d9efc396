import CallAudio
import Foundation
import MediaSockets
import MediaStreams
import Synchronization

/// Test agents on loopback that speak Twilio's agent side the way a real agent might —
/// or break it: each accepts calls and reacts to the carrier's messages by `behaviour`.
enum HostileAgent {
    /// What the agent does on a call.
    enum Behaviour: Sendable {
        /// Plays `seconds` of tone at once when the stream starts, then, `reactionMs`
        /// after the caller's voice first arrives, sends `clear`.
        case talksThenClears(seconds: Int, reactionMs: Int)
        /// Answers every caller message with text that is not the protocol.
        case garbage
        /// Plays a second of tone, then closes the socket with code 1011 after `afterMedia` caller frames.
        case closesMidCall(afterMedia: Int)
    }

    /// One call's state, shared by the socket's callbacks.
    final class State: Sendable {
        let value = Mutex<(stream: String?, media: Int, reacted: Bool)>((nil, 0, false))
    }

    /// Starts an agent on 127.0.0.1 (a free port).
    static func start(_ behaviour: Behaviour) throws -> MediaSocketServer {
        let dialect = TwilioDialect()
        return try MediaSocketServer.start(MediaSocketServer.Options()) { connection in
            let state = State()
            @Sendable func send(_ message: AgentMessage) {
                let stream = state.value.withLock { $0.stream }
                if let wire = dialect.encode(AgentEnvelope(streamID: stream, message: message)) { connection.send(wire) }
            }
            @Sendable func tone(seconds: Int) {
                for second in 0..<seconds {
                    let samples = (0..<8000).map { i in Int16(8000 * sin(Double(second * 8000 + i) * 2 * .pi * 440 / 8000)) }
                    send(.media(samples))
                }
                send(.mark(name: "end"))
            }
            return { event in
                guard case .message(let wire) = event else { return }
                if case .garbage = behaviour {
                    connection.send(.text("this is not JSON"))
                    connection.send(.text("{\"event\":\"dance\",\"streamSid\":\"x\"}"))
                    return
                }
                guard let envelope = try? dialect.decodeCarrier(wire) else { return }
                switch envelope.message {
                case .start:
                    state.value.withLock { $0.stream = envelope.streamID }
                    switch behaviour {
                    case .talksThenClears(let seconds, _): tone(seconds: seconds)
                    case .closesMidCall: tone(seconds: 1)
                    case .garbage: break
                    }
                case .media(let chunk):
                    let count = state.value.withLock { $0.media += 1; return $0.media }
                    switch behaviour {
                    case .closesMidCall(let after) where count == after:
                        connection.close(code: 1011)
                    case .talksThenClears(_, let reaction):
                        let level = (chunk.samples.map { Double($0) * Double($0) }.reduce(0, +) / Double(max(1, chunk.samples.count))).squareRoot()
                        guard level > 300, state.value.withLock({ first in defer { first.reacted = true }; return !first.reacted }) else { return }
                        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(reaction)) { send(.clear) }
                    default: break
                    }
                default: break
                }
            }
        }
    }
}
