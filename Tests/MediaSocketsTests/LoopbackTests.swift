import TestSupport
import Foundation
import MediaStreams
import SimTime
import Testing
@testable import MediaSockets

/// The client and server over 127.0.0.1, with the carrier session on a monotonic
/// scheduler as the call loop will run it. Every wait is bounded; nothing leaves loopback.
@Suite("Media sockets over loopback")
struct LoopbackTests {
    let dialect = TwilioDialect()

    /// 20 ms frames of a tone, as μ-law carries them.
    static func tone(_ count: Int) -> [Int16] {
        (0..<count).map { Int16(9000 * sin(2 * Double.pi * 440 * Double($0) / 8000)) }
    }

    @Test("start, media and mark go round trip: the agent's greeting plays, its mark comes back, it hangs up")
    func roundTrip() throws {
        let dialect = self.dialect
        let received = Recorder<CarrierEnvelope>()
        let server = try MediaSocketServer.start(MediaSocketServer.Options()) { connection in
            { event in
                guard case .message(let wire) = event, let envelope = try? dialect.decodeCarrier(wire) else { return }
                received.append(envelope)
                switch envelope.message {
                case .start(let start):
                    connection.send(dialect.encode(AgentEnvelope(streamID: start.streamID, message: .media(Self.tone(480))))!)
                    connection.send(dialect.encode(AgentEnvelope(streamID: start.streamID, message: .mark(name: "greeting")))!)
                case .mark(name: "greeting"):
                    connection.close()
                default:
                    break
                }
            }
        }
        defer { server.stop() }
        #expect(server.port > 0)

        let scheduler = Scheduler(clock: .monotonic)
        let url = try MediaSocketURL("ws://127.0.0.1:\(server.port)/media")
        let link = try MediaStreamLink(scheduler: scheduler,
                                       session: CarrierSession(dialect: dialect, stream: .derived(seed: 42, customParameters: ["scenario": "booking"])),
                                       options: MediaSocketClient.Options(url: url, connectTimeout: .seconds(2)))
        defer { link.close() }
        var heard = 0
        var ticks = 0
        func tick() {
            heard += link.nextFrame().agentSamples
            link.callerAudio([Float](repeating: 0, count: 160), frameStart: scheduler.now)
            ticks += 1
            if link.session.ending == nil && ticks < 150 { scheduler.schedule(after: .milliseconds(20), tick) }
        }
        scheduler.schedule(at: .zero) { link.open() }
        scheduler.schedule(at: .zero, tick)
        scheduler.runUntilIdle(limit: SimInstant(microseconds: 4_000_000))
        let session = link.session

        #expect(heard == 480)
        #expect(link.connectDuration > .zero && link.connectDuration < .seconds(2))
        #expect(session.ending?.cause == .agentClosed(code: 1000))
        #expect(session.protocolErrors.isEmpty)
        let echoed = session.events.compactMap { if case .markEchoed(let name, let cause) = $0.kind { "\(name) \(cause)" } else { nil } }
        #expect(echoed == ["greeting played"])

        #expect(received.wait { $0.contains { $0.message == .mark(name: "greeting") } })
        let messages = received.all
        #expect(messages.first?.message == .connected)
        guard messages.count > 1, case .start(let start) = messages[1].message else { Issue.record("no start second"); return }
        #expect(start == session.stream)
        #expect(start.customParameters == ["scenario": "booking"])
        // Sequence numbers count every message after connected, with no gap.
        #expect(messages.dropFirst().map(\.sequenceNumber) == (1..<messages.count).map { Optional($0) })
        #expect(messages.contains { if case .media = $0.message { true } else { false } })
    }

    @Test("a hostile agent's garbage is recorded, its good audio is queued, and its close ends the call")
    func hostileAgent() throws {
        let dialect = self.dialect
        let server = try MediaSocketServer.start(MediaSocketServer.Options()) { connection in
            { event in
                guard case .message(let wire) = event, case .start(let start)? = (try? dialect.decodeCarrier(wire))?.message else { return }
                connection.send(.text("{\"event\": \"media\", garbage"))
                connection.send(.binary([0xDE, 0xAD]))
                connection.send(dialect.encode(AgentEnvelope(streamID: "MZ-someone-else", message: .media(Self.tone(160))))!)
                connection.send(dialect.encode(AgentEnvelope(streamID: start.streamID, message: .media(Self.tone(320))))!)
                connection.send(dialect.encode(AgentEnvelope(streamID: start.streamID, message: .mark(name: "done")))!)
                connection.close()
            }
        }
        defer { server.stop() }
        let scheduler = Scheduler(clock: .monotonic)
        let link = try MediaStreamLink(scheduler: scheduler, session: CarrierSession(dialect: dialect, stream: .derived(seed: 3)),
                                       options: MediaSocketClient.Options(url: try MediaSocketURL("ws://127.0.0.1:\(server.port)/"),
                                                                          connectTimeout: .seconds(2)))
        defer { link.close() }
        var ticks = 0, heard = 0
        func tick() {
            heard += link.nextFrame().agentSamples
            ticks += 1
            if link.session.ending == nil && ticks < 150 { scheduler.schedule(after: .milliseconds(20), tick) }
        }
        scheduler.schedule(at: .zero) { link.open() }
        scheduler.schedule(at: .zero, tick)
        scheduler.runUntilIdle(limit: SimInstant(microseconds: 4_000_000))
        let session = link.session
        #expect(session.protocolErrors.map(\.code) == ["bad-json", "unexpected-frame", "wrong-stream"])
        #expect(session.events.contains { if case .mediaArrived(samples: 320, _) = $0.kind { true } else { false } })
        guard let ending = session.ending else { Issue.record("the call did not end"); return }
        #expect(ending.cause == .agentClosed(code: 1000))
        // The agent closed right after sending: each sample of its good audio was heard or dropped, none both.
        #expect(heard + ending.droppedSamples == 320)
    }

    @Test("closing the link mid-call sends stop, and the agent sees the socket close")
    func closeMidCall() throws {
        let dialect = self.dialect
        let received = Recorder<String>()
        let server = try MediaSocketServer.start(MediaSocketServer.Options()) { _ in
            { event in
                switch event {
                case .message(let wire): received.append((try? dialect.decodeCarrier(wire))?.message.eventName ?? "?")
                case .closed: received.append("closed")
                }
            }
        }
        defer { server.stop() }
        let scheduler = Scheduler(clock: .monotonic)
        let link = try MediaStreamLink(scheduler: scheduler, session: CarrierSession(dialect: dialect, stream: .derived(seed: 1)),
                                       options: MediaSocketClient.Options(url: try MediaSocketURL("ws://127.0.0.1:\(server.port)/"),
                                                                          connectTimeout: .seconds(2)))
        scheduler.schedule(at: .zero) { link.open() }
        scheduler.schedule(at: SimInstant(microseconds: 20_000)) { link.callerAudio([Float](repeating: 0, count: 160), frameStart: .zero) }
        scheduler.runUntilIdle()
        link.close()
        #expect(link.session.ending?.cause == .callerHungUp)
        #expect(received.wait { $0.last == "closed" })
        #expect(received.all == ["connected", "start", "media", "stop", "closed"])
    }

    @Test("extra headers reach the server; the address shown has no query")
    func headers() throws {
        let seen = Recorder<[String]>()
        let server = try MediaSocketServer.start(MediaSocketServer.Options()) { connection in
            seen.append([connection.path, connection.headers["authorization"] ?? "", connection.headers["x-tenant"] ?? ""])
            return { _ in }
        }
        defer { server.stop() }
        let headers = try MediaSocketHeaders(resolving: ["Authorization": "Bearer ${MEDIA_TEST_TOKEN}", "X-Tenant": "demo"],
                                             environment: ["MEDIA_TEST_TOKEN": "tok-12345-secret"])
        #expect(headers.secrets == ["tok-12345-secret"])
        let url = try MediaSocketURL("ws://127.0.0.1:\(server.port)/stream?token=tok-12345-secret")
        let client = try MediaSocketClient.connect(MediaSocketClient.Options(url: url, headers: headers, connectTimeout: .seconds(2))) { _ in }
        defer { client.close() }
        #expect(seen.wait { !$0.isEmpty })
        #expect(seen.all.first == ["/stream?token=tok-12345-secret", "Bearer tok-12345-secret", "demo"])
        #expect(client.address == "ws://127.0.0.1:\(server.port)/stream")
    }

    @Test("a message far larger than a WebSocket frame's default limit arrives whole")
    func largeMessage() throws {
        let big = WireMessage.text(String(repeating: "x", count: 400_000))
        let server = try MediaSocketServer.start(MediaSocketServer.Options()) { connection in
            connection.send(big)
            return { _ in }
        }
        defer { server.stop() }
        let got = Recorder<MediaSocketEvent>()
        let client = try MediaSocketClient.connect(MediaSocketClient.Options(url: try MediaSocketURL("ws://127.0.0.1:\(server.port)/"),
                                                                             connectTimeout: .seconds(2))) { got.append($0) }
        defer { client.close() }
        #expect(got.wait { $0.contains(.message(big)) })
    }

    @Test("the server stopping closes the client's socket, and the client hears it as the peer's close")
    func serverStops() throws {
        let server = try MediaSocketServer.start(MediaSocketServer.Options()) { _ in { _ in } }
        let got = Recorder<MediaSocketEvent>()
        let client = try MediaSocketClient.connect(MediaSocketClient.Options(url: try MediaSocketURL("ws://127.0.0.1:\(server.port)/"),
                                                                             connectTimeout: .seconds(2))) { got.append($0) }
        #expect(got.wait(seconds: 2) { _ in server.openConnections == 1 })
        server.stop()
        #expect(got.wait { $0.contains { if case .closed(_, byPeer: true) = $0 { true } else { false } } })
        #expect(client.isClosed)
    }

    @Test("a server that accepts the connection but never answers the handshake times out in time")
    func neverAnswers() throws {
        let listener = try #require(RawTCP.listen())
        defer { close(listener.fd) }
        let url = try MediaSocketURL("ws://127.0.0.1:\(listener.port)/")
        let started = Date()
        do {
            _ = try MediaSocketClient.connect(MediaSocketClient.Options(url: url, connectTimeout: .milliseconds(300))) { _ in }
            Issue.record("connected to a server that never answers")
        } catch {
            #expect(error.isTimeout)
            #expect(error.description == "ws://127.0.0.1:\(listener.port)/: no WebSocket handshake within 300 ms")
        }
        #expect(Date().timeIntervalSince(started) < 2)
    }

    @Test("a refused connection fails at once, naming the address")
    func refused() throws {
        let server = try MediaSocketServer.start(MediaSocketServer.Options()) { _ in { _ in } }
        let port = server.port
        server.stop()
        let url = try MediaSocketURL("ws://127.0.0.1:\(port)/media?token=abc")
        do {
            _ = try MediaSocketClient.connect(MediaSocketClient.Options(url: url, connectTimeout: .seconds(2))) { _ in }
            Issue.record("connected to a closed port")
        } catch {
            #expect(!error.isTimeout)
            #expect(error.description.hasPrefix("ws://127.0.0.1:\(port)/media: cannot connect"))
            #expect(!error.description.contains("abc"))
        }
    }

    @Test("a handshake answered with an HTTP error fails with its status")
    func rejected() throws {
        let listener = try #require(RawTCP.listen())
        defer { close(listener.fd) }
        RawTCP.answerOnce(listener.fd, with: "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        do {
            _ = try MediaSocketClient.connect(MediaSocketClient.Options(url: try MediaSocketURL("ws://127.0.0.1:\(listener.port)/"),
                                                                        connectTimeout: .seconds(2))) { _ in }
            Issue.record("connected through a 403")
        } catch {
            #expect(error.description.contains("403"), "\(error.description)")
        }
    }

    @Test("a plain HTTP request gets 426 Upgrade Required rather than hanging")
    func plainHTTP() throws {
        let server = try MediaSocketServer.start(MediaSocketServer.Options()) { _ in { _ in } }
        defer { server.stop() }
        let response = RawTCP.exchange(port: server.port, request: "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(response?.hasPrefix("HTTP/1.1 426") == true, "\(response ?? "nothing")")
    }
}
