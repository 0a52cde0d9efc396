import CallAudio
import Foundation

/// Turns 16-bit samples into a stream's payload bytes and back, and spots payloads that
/// are evidently in another encoding than the stream's.
public enum AudioPayload {
    /// `samples` as bytes in `encoding`.
    public static func encode(_ samples: [Int16], as encoding: MediaAudioFormat.Encoding) -> [UInt8] {
        switch encoding {
        case .mulaw:
            return samples.map(MuLaw.encode)
        case .pcm16LittleEndian:
            var bytes: [UInt8] = []
            bytes.reserveCapacity(samples.count * 2)
            for sample in samples {
                let bits = UInt16(bitPattern: sample)
                bytes.append(UInt8(truncatingIfNeeded: bits))
                bytes.append(UInt8(truncatingIfNeeded: bits >> 8))
            }
            return bytes
        case .pcm16BigEndian:
            var bytes: [UInt8] = []
            bytes.reserveCapacity(samples.count * 2)
            for sample in samples {
                let bits = UInt16(bitPattern: sample)
                bytes.append(UInt8(truncatingIfNeeded: bits >> 8))
                bytes.append(UInt8(truncatingIfNeeded: bits))
            }
            return bytes
        }
    }

    /// The samples in `bytes`, or why they cannot be decoded (an odd number of bytes for
    /// 16-bit PCM). Any byte is a valid μ-law sample.
    public static func decode(_ bytes: [UInt8], as encoding: MediaAudioFormat.Encoding, event: String) throws(MediaStreamError) -> [Int16] {
        switch encoding {
        case .mulaw:
            return bytes.map(MuLaw.decode)
        case .pcm16LittleEndian, .pcm16BigEndian:
            guard bytes.count % 2 == 0 else {
                throw .badPayload(event: event, why: "has \(bytes.count) bytes, not a whole number of 16-bit samples")
            }
            let bigEndian = encoding == .pcm16BigEndian
            return stride(from: 0, to: bytes.count, by: 2).map { index in
                let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
                return Int16(bitPattern: bigEndian ? first << 8 | second : second << 8 | first)
            }
        }
    }

    /// The bytes of a base64 payload, or why there are none.
    public static func base64(_ text: String, event: String) throws(MediaStreamError) -> [UInt8] {
        guard !text.isEmpty else { throw .badPayload(event: event, why: "is empty") }
        guard let data = Data(base64Encoded: text) else { throw .badPayload(event: event, why: "is not base64") }
        return [UInt8](data)
    }

    /// Base64 text of `bytes`.
    public static func base64(_ bytes: [UInt8]) -> String { Data(bytes).base64EncodedString() }

    /// Why `bytes`, given as μ-law, are evidently something else — nil when nothing shows.
    ///
    /// Two mistakes show: a WAV file (a `RIFF…WAVE` header) sent as the payload, and
    /// 16-bit little-endian PCM sent as μ-law. The second is a heuristic for audio that is
    /// not loud: in PCM16 the high byte of each sample (every odd byte) sits near 0x00 or
    /// 0xFF while the low bytes spread out, whereas μ-law bytes look alike at every
    /// position. It needs at least 160 bytes and flags a payload only when at least 90% of
    /// the odd bytes and at most 30% of the even bytes are within one step of 0x00/0xFF.
    /// Loud PCM, or PCM16 big-endian, passes unnoticed.
    public static func mulawMismatch(_ bytes: [UInt8]) -> String? {
        if bytes.count >= 12, bytes[0..<4].elementsEqual("RIFF".utf8), bytes[8..<12].elementsEqual("WAVE".utf8) {
            return "it starts with a WAV (RIFF) header"
        }
        guard bytes.count >= 160 else { return nil }
        func nearZero(_ byte: UInt8) -> Bool { byte <= 0x01 || byte >= 0xFE }
        var oddNear = 0, evenNear = 0, odd = 0, even = 0
        for (index, byte) in bytes.enumerated() {
            if index % 2 == 1 {
                odd += 1
                if nearZero(byte) { oddNear += 1 }
            } else {
                even += 1
                if nearZero(byte) { evenNear += 1 }
            }
        }
        if oddNear * 10 >= odd * 9 && evenNear * 10 <= even * 3 {
            return "its bytes look like 16-bit little-endian linear PCM"
        }
        return nil
    }
}
