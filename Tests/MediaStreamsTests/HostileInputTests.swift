import SimTime
import Testing
@testable import MediaStreams

/// Whatever an agent sends, the session records it and goes on: seeded mutations of valid
/// messages, through every dialect, in both directions of decoding.
@Suite("Hostile input")
struct HostileInputTests {
    /// `text` mutated by `generator`: cut, a byte changed, a run duplicated, or a value swapped for another JSON type.
    static func mutate(_ text: String, _ generator: inout SeededGenerator) -> WireMessage {
        var bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return .text("") }
        let at = Int(generator.next() % UInt64(bytes.count))
        switch generator.next() % 6 {
        case 0: bytes = Array(bytes.prefix(at))
        case 1: bytes[at] = UInt8(truncatingIfNeeded: generator.next())
        case 2: bytes.insert(contentsOf: bytes[at...].prefix(8), at: at)
        case 3:
            let swaps = ["null", "[]", "{}", "12", "-1", "\"\"", "true", "1e999", "\"\\u0000\""]
            let text = String(decoding: bytes, as: UTF8.self)
            let values = ["\"MZ1\"", "\"media\"", "\"mark\"", "\"clear\"", "\"/w==\""]
            let target = values[Int(generator.next() % UInt64(values.count))]
            return .text(text.replacingFirst(target, with: swaps[Int(generator.next() % UInt64(swaps.count))]))
        case 4: return .binary(Array(bytes.prefix(at)))
        default: bytes.removeSubrange(at..<min(bytes.count, at + 5))
        }
        return .text(String(decoding: bytes, as: UTF8.self))
    }

    @Test("three thousand mutated agent messages never stop a session, in any dialect", arguments: MediaStreamDialects.names)
    func agentSide(dialectName: String) throws {
        let dialect = try #require(MediaStreamDialects.named(dialectName))
        let stream = StreamStart(accountID: "AC1", callID: "CA1", streamID: "MZ1")
        var session = CarrierSession(dialect: dialect, stream: stream)
        _ = session.open(at: .zero)
        let script = AgentScript(dialect: dialect, streamID: "MZ1")
        let messages: [AgentMessage] = [.media(AgentScript.tone(161)), .mark(name: "m"), .clear]
        let valid = messages.compactMap { message -> String? in
            switch dialect.encode(AgentEnvelope(streamID: "MZ1", message: message)) {
            case .text(let text)?: text
            case .binary(let bytes)?: String(decoding: bytes, as: UTF8.self)
            case nil: nil
            }
        }
        var generator = SeededGenerator(seed: 15)
        var time = SimInstant.zero
        for index in 0..<3000 {
            let base = valid[index % valid.count]
            _ = session.receive(Self.mutate(base, &generator), at: time)
            if index % 10 == 0 {
                _ = session.playout(at: time)
                time = time + .milliseconds(20)
            }
        }
        #expect(session.ending == nil)
        #expect(!session.protocolErrors.isEmpty)
        // Still playing: a valid message after all that is heard.
        for message in [AgentMessage.clear, .media(AgentScript.tone(160))] {
            if let wire = dialect.encode(AgentEnvelope(streamID: "MZ1", message: message)) { _ = session.receive(wire, at: time) }
        }
        _ = session.playout(at: time)
        time = time + .milliseconds(20)
        _ = session.receive(script.media(AgentScript.tone(160)), at: time)
        // Whatever was queued before, the last 20 ms sent is queued behind it and plays out.
        #expect(session.queuedSamples >= 160)
        var ticks = 0, last = 0
        while session.queuedSamples > 0 && ticks < 100_000 {
            last = session.playout(at: time).agentSamples
            time = time + .milliseconds(20)
            ticks += 1
        }
        #expect(session.queuedSamples == 0 && last > 0)
    }

    @Test("mutated carrier messages never trap the agent's side of a dialect", arguments: MediaStreamDialects.names)
    func carrierSide(dialectName: String) throws {
        let dialect = try #require(MediaStreamDialects.named(dialectName))
        let stream = StreamStart(accountID: "AC1", callID: "CA1", streamID: "MZ1", customParameters: ["a": "b"])
        let messages: [CarrierMessage] = [.connected, .start(stream), .media(MediaChunk(chunk: 1, timestampMs: 0, samples: AgentScript.tone(160))),
                                          .dtmf(digit: "1"), .mark(name: "m"), .stop(accountID: "AC1", callID: "CA1")]
        let valid = messages.enumerated().compactMap { index, message -> String? in
            switch dialect.encode(CarrierEnvelope(sequenceNumber: index, streamID: "MZ1", message: message)) {
            case .text(let text)?: text
            case .binary(let bytes)?: String(decoding: bytes, as: UTF8.self)
            case nil: nil
            }
        }
        var generator = SeededGenerator(seed: 16)
        var failures = 0
        for index in 0..<3000 {
            do { _ = try dialect.decodeCarrier(Self.mutate(valid[index % valid.count], &generator)) } catch { failures += 1 }
        }
        #expect(failures > 0)
    }
}

private extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
