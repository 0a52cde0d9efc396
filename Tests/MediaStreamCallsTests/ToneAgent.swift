import Foundation
import MediaSockets
import MediaStreams
import Synchronization

/// A test agent on loopback that speaks Twilio's agent side with tones instead of words:
/// a greeting when the stream starts, and a reply each time the caller has spoken and
/// fallen silent for 600 ms — after `delayMs` plus `perCallMs` for every other call open
/// at that moment (an agent that slows with load), sent `pace` times as fast as real time
/// (nil: all at once, as a fast synthesizer does). Every tone ends with a mark. At most
/// `maxCalls` connections at once; beyond them the handshake is answered 503.
struct ToneAgent: Sendable {
    var greetingMs = 1000
    var replyMs = 1000
    var delayMs = 100
    var perCallMs = 0
    var pace: Double? = nil
    var maxCalls: Int? = nil

    /// The caller's level above which a frame is speech, and the quiet that ends a turn.
    static let speechLevel = 300.0
    static let turnEndFrames = 30

    /// Starts the agent on 127.0.0.1 (a free port).
    func start() throws -> MediaSocketServer {
        let dialect = TwilioDialect()
        let open = Mutex(0)
        let agent = self
        return try MediaSocketServer.start(MediaSocketServer.Options(maxConnections: maxCalls)) { connection in
            open.withLock { $0 += 1 }
            let call = Mutex<(stream: String?, spoke: Bool, quiet: Int, closed: Bool)>((nil, false, 0, false))
            let sender = DispatchQueue(label: "tone-agent")
            @Sendable func send(_ message: AgentMessage) {
                let (stream, closed) = call.withLock { ($0.stream, $0.closed) }
                guard !closed, let wire = dialect.encode(AgentEnvelope(streamID: stream, message: message)) else { return }
                connection.send(wire)
            }
            @Sendable func tone(ms: Int, after delay: Int) {
                sender.asyncAfter(deadline: .now() + .milliseconds(delay)) {
                    let frames = ms / 20
                    for frame in 0..<frames {
                        let samples = (0..<160).map { i in Int16(8000 * sin(Double(frame * 160 + i) * 2 * .pi * 440 / 8000)) }
                        send(.media(samples))
                        if let pace = agent.pace { Thread.sleep(forTimeInterval: 0.020 / pace) }
                    }
                    send(.mark(name: "end"))
                }
            }
            return { event in
                switch event {
                case .closed:
                    let first = call.withLock { state in defer { state.closed = true }; return !state.closed }
                    if first { open.withLock { $0 -= 1 } }
                case .message(let wire):
                    guard let envelope = try? dialect.decodeCarrier(wire) else { return }
                    switch envelope.message {
                    case .start:
                        call.withLock { $0.stream = envelope.streamID }
                        tone(ms: agent.greetingMs, after: 0)
                    case .media(let chunk):
                        let level = (chunk.samples.map { Double($0) * Double($0) }.reduce(0, +) / Double(max(1, chunk.samples.count))).squareRoot()
                        let turnEnded = call.withLock { state -> Bool in
                            if level > Self.speechLevel { state.spoke = true; state.quiet = 0; return false }
                            guard state.spoke else { return false }
                            state.quiet += 1
                            guard state.quiet >= Self.turnEndFrames else { return false }
                            state.spoke = false
                            return true
                        }
                        if turnEnded {
                            let others = open.withLock { $0 } - 1
                            tone(ms: agent.replyMs, after: agent.delayMs + agent.perCallMs * max(0, others))
                        }
                    default: break
                    }
                }
            }
        }
    }
}
