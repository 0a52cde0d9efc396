import CallAudio
import Foundation
import Testing
@testable import MediaStreams

/// Payload bytes both ways, and payloads that are evidently not μ-law.
@Suite("Audio payloads")
struct AudioPayloadTests {
    let samples: [Int16] = [0, 1, -1, 255, -256, 12345, -32768, 32767]

    @Test("16-bit PCM round-trips in either byte order, with the byte order it names")
    func pcm16() throws {
        let little = AudioPayload.encode(samples, as: .pcm16LittleEndian)
        let big = AudioPayload.encode(samples, as: .pcm16BigEndian)
        #expect(Array(little.prefix(8)) == [0x00, 0x00, 0x01, 0x00, 0xFF, 0xFF, 0xFF, 0x00])
        #expect(Array(big.prefix(8)) == [0x00, 0x00, 0x00, 0x01, 0xFF, 0xFF, 0x00, 0xFF])
        #expect(try AudioPayload.decode(little, as: .pcm16LittleEndian, event: "media") == samples)
        #expect(try AudioPayload.decode(big, as: .pcm16BigEndian, event: "media") == samples)
        #expect(throws: MediaStreamError.badPayload(event: "media", why: "has 3 bytes, not a whole number of 16-bit samples")) {
            try AudioPayload.decode([1, 2, 3], as: .pcm16LittleEndian, event: "media")
        }
    }

    @Test("μ-law is G.711 byte for byte, and base64 is standard")
    func mulaw() throws {
        #expect(AudioPayload.encode(samples, as: .mulaw) == MuLaw.encode(samples))
        #expect(AudioPayload.base64([0xFF, 0x00, 0x80]) == "/wCA")
        #expect(try AudioPayload.base64("/wCA", event: "media") == [0xFF, 0x00, 0x80])
    }

    @Test("quiet speech-like PCM16 and WAV files are spotted; μ-law of the same audio and silence are not")
    func mismatch() {
        let quiet = (0..<800).map { Int16(300 * sin(Double($0) * 0.21) + 90 * sin(Double($0) * 1.3)) }
        #expect(AudioPayload.mulawMismatch(AudioPayload.encode(quiet, as: .pcm16LittleEndian)) != nil)
        #expect(AudioPayload.mulawMismatch(MuLaw.encode(quiet)) == nil)
        let loud = (0..<800).map { Int16(12000 * sin(Double($0) * 0.21)) }
        #expect(AudioPayload.mulawMismatch(MuLaw.encode(loud)) == nil)
        #expect(AudioPayload.mulawMismatch([UInt8](repeating: 0xFF, count: 800)) == nil)
        #expect(AudioPayload.mulawMismatch([UInt8](repeating: 0x00, count: 800)) == nil)
        #expect(AudioPayload.mulawMismatch(Array("RIFF\u{0}\u{0}\u{0}\u{0}WAVEfmt ".utf8)) == "it starts with a WAV (RIFF) header")
        // Too short to judge.
        #expect(AudioPayload.mulawMismatch(Array(AudioPayload.encode(quiet, as: .pcm16LittleEndian).prefix(100))) == nil)
    }

    @Test("derived stream identifiers are Twilio-shaped and fixed by the seed")
    func derivedIdentifiers() {
        let one = StreamStart.derived(seed: 42), again = StreamStart.derived(seed: 42), other = StreamStart.derived(seed: 43)
        #expect(one == again)
        #expect(one != other)
        for (sid, prefix) in [(one.accountID, "AC"), (one.callID, "CA"), (one.streamID, "MZ")] {
            #expect(sid.hasPrefix(prefix) && sid.count == 34)
            #expect(sid.dropFirst(2).allSatisfy { $0.isHexDigit })
        }
        #expect(Set([one.accountID.dropFirst(2), one.callID.dropFirst(2), one.streamID.dropFirst(2)]).count == 3)
    }
}
