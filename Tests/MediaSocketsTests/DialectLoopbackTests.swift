import Foundation
import MediaStreams
import SimTime
import Synchronization
import Testing
@testable import MediaSockets

/// Every dialect over a real socket on 127.0.0.1: an agent speaking it greets, marks the
/// end of its greeting, starts a long reply, hears a keypress and clears; the carrier
/// session plays, echoes and confirms as the dialect does. Every wait is bounded.
@Suite("Every dialect over loopback")
struct DialectLoopbackTests {
    /// What the test agent has heard from the carrier, in order.
    final class Heard: Sendable {
        private let state = Mutex<(messages: [CarrierMessage], media: Int, stream: String?)>(([], 0, nil))
        /// Records `envelope`; returns how many media messages have come so far and the
        /// stream its `start` named (the agent names it back, as Twilio needs).
        func record(_ envelope: CarrierEnvelope) -> (media: Int, stream: String?) {
            state.withLock { state in
                switch envelope.message {
                case .media: state.media += 1
                case .start(let start): state.stream = start.streamID.isEmpty ? nil : start.streamID
                    state.messages.append(envelope.message)
                default: state.messages.append(envelope.message)
                }
                return (state.media, state.stream)
            }
        }
        var messages: [CarrierMessage] { state.withLock { $0.messages } }
    }

    static func tone(_ count: Int) -> [Int16] {
        (0..<count).map { Int16(9000 * sin(2 * Double.pi * 440 * Double($0) / 8000)) }
    }

    @Test("greeting, mark, keypad and clear over a socket, in each dialect", arguments: MediaStreamDialects.names)
    func dialect(name: String) throws {
        let dialect = try #require(MediaStreamDialects.named(name))
        let frame = dialect.format.frameSamples
        let greeting = frame * 3, reply = frame * 150
        let heard = Heard()
        let server = try MediaSocketServer.start(MediaSocketServer.Options()) { connection in
            { event in
                guard case .message(let wire) = event, let envelope = try? dialect.decodeCarrier(wire) else { return }
                let (media, stream) = heard.record(envelope)
                func send(_ message: AgentMessage) {
                    if let wire = dialect.encode(AgentEnvelope(streamID: stream, message: message)) { connection.send(wire) }
                }
                switch envelope.message {
                case .start:
                    send(.media(Self.tone(greeting)))
                    send(.mark(name: "greeting"))
                case .media where name == "pcm16":
                    // No start and no marks: greet on the first audio, hang up after 30 frames.
                    if media == 1 { send(.media(Self.tone(greeting))) }
                    if media == 30 { connection.close() }
                case .mark("greeting"):
                    send(.media(Self.tone(reply)))
                    send(.mark(name: "reply"))
                case .dtmf:
                    send(.clear)
                case .cleared, .mark("reply"):
                    connection.close()
                default:
                    break
                }
            }
        }
        defer { server.stop() }
        let scheduler = Scheduler(clock: .monotonic)
        let link = try MediaStreamLink(scheduler: scheduler, session: CarrierSession(dialect: dialect, stream: .derived(seed: 5)),
                                       options: MediaSocketClient.Options(url: try MediaSocketURL("ws://127.0.0.1:\(server.port)/"),
                                                                          connectTimeout: .seconds(2)))
        defer { link.close() }
        var ticks = 0, played = 0
        func tick() {
            played += link.nextFrame().agentSamples
            link.callerAudio([Float](repeating: 0, count: frame), frameStart: scheduler.now)
            if ticks == 40 { link.keypad("5", at: scheduler.now) }
            ticks += 1
            if link.session.ending == nil && ticks < 400 { scheduler.schedule(after: .milliseconds(20), tick) }
        }
        scheduler.schedule(at: .zero) { link.open() }
        scheduler.schedule(at: .zero, tick)
        scheduler.runUntilIdle(limit: SimInstant(microseconds: 10_000_000))
        let session = link.session

        #expect(session.protocolErrors.isEmpty, "\(session.protocolErrors)")
        #expect(session.ending?.cause == .agentClosed(code: 1000))
        guard name != "pcm16" else {
            #expect(played + (session.ending?.droppedSamples ?? 0) == greeting)
            return
        }
        // The greeting played whole, its mark came back when it had; the reply was cut by the clear.
        #expect(played >= greeting && played < greeting + reply)
        let echoes = session.events.compactMap { if case .markEchoed(let mark, let cause) = $0.kind { "\(mark) \(cause)" } else { nil } }
        #expect(echoes.first == "greeting played")
        #expect(session.events.contains { if case .cleared(let dropped, ["reply"]) = $0.kind { dropped > 0 } else { false } })
        let messages = heard.messages
        #expect(messages.contains(.dtmf(digit: "5")))
        if dialect.echoesClearedMarks {
            #expect(echoes == ["greeting played", "reply cleared"])
            #expect(!messages.contains(.cleared))
        } else {
            #expect(echoes == ["greeting played"])
            #expect(messages.last == .cleared)
        }
    }
}
