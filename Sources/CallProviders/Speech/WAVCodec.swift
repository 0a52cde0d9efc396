import CallAudio
import CallSpeech
import Foundation

/// RIFF/WAVE in memory: 16-bit PCM out; 8/16/24/32-bit integer or 32-bit float PCM in.
public enum WAVCodec {
    /// A 16-bit PCM WAV file of `buffer`.
    public static func encode(_ buffer: AudioBuffer) -> Data {
        let dataBytes = buffer.samples.count * 2
        var out = Data(capacity: 44 + dataBytes)
        out.append(contentsOf: Array("RIFF".utf8))
        append32(&out, UInt32(36 + dataBytes))
        out.append(contentsOf: Array("WAVEfmt ".utf8))
        append32(&out, 16)
        append16(&out, 1)
        append16(&out, UInt16(buffer.channels))
        append32(&out, UInt32(buffer.sampleRate))
        append32(&out, UInt32(buffer.sampleRate * buffer.channels * 2))
        append16(&out, UInt16(buffer.channels * 2))
        append16(&out, 16)
        out.append(contentsOf: Array("data".utf8))
        append32(&out, UInt32(dataBytes))
        for sample in buffer.samples { append16(&out, UInt16(bitPattern: PCM.int16(sample))) }
        return out
    }

    /// The audio of a WAV file. A data chunk whose size is unknown (0 or 0xFFFFFFFF, as
    /// streaming servers write it) runs to the end of the bytes.
    public static func decode(_ data: Data) throws(SpeechError) -> AudioBuffer {
        let bytes = [UInt8](data)
        guard bytes.count >= 12, String(decoding: bytes[0..<4], as: UTF8.self) == "RIFF",
              String(decoding: bytes[8..<12], as: UTF8.self) == "WAVE" else {
            throw .engineFailed("the audio is not a WAV file (\(bytes.count) bytes)")
        }
        var format: (tag: Int, channels: Int, rate: Int, bits: Int)?
        var position = 12
        while position + 8 <= bytes.count {
            let id = String(decoding: bytes[position..<position + 4], as: UTF8.self)
            let size = Int(read32(bytes, position + 4))
            let body = position + 8
            if id == "fmt ", body + 16 <= bytes.count {
                var tag = Int(read16(bytes, body))
                if tag == 0xFFFE, size >= 26, body + 26 <= bytes.count { tag = Int(read16(bytes, body + 24)) }
                format = (tag, Int(read16(bytes, body + 2)), Int(read32(bytes, body + 4)), Int(read16(bytes, body + 14)))
            } else if id == "data" {
                guard let format else { throw .engineFailed("the WAV file has no format chunk before its data") }
                let end = size == 0 || size == 0xFFFF_FFFF ? bytes.count : min(bytes.count, body + size)
                return try samples(bytes[body..<end], format: format)
            }
            position = body + size + (size & 1)
        }
        throw .engineFailed("the WAV file has no data chunk")
    }

    private static func samples(_ bytes: ArraySlice<UInt8>, format: (tag: Int, channels: Int, rate: Int, bits: Int)) throws(SpeechError) -> AudioBuffer {
        guard format.channels >= 1, format.rate > 0 else { throw .engineFailed("the WAV file has \(format.channels) channels at \(format.rate) Hz") }
        let width = format.bits / 8
        guard (format.tag == 1 && [1, 2, 3, 4].contains(width)) || (format.tag == 3 && width == 4) else {
            throw .engineFailed("WAV format \(format.tag) with \(format.bits)-bit samples is not supported")
        }
        let frameBytes = width * format.channels
        let count = (bytes.count / frameBytes) * format.channels
        let base = bytes.startIndex
        var samples = [Float](repeating: 0, count: count)
        for i in 0..<count {
            let p = base + i * width
            switch (format.tag, width) {
            case (1, 1): samples[i] = (Float(bytes[p]) - 128) / 128
            case (1, 2): samples[i] = PCM.float(Int16(bitPattern: UInt16(bytes[p]) | UInt16(bytes[p + 1]) << 8))
            case (1, 3):
                let value = Int32(bitPattern: UInt32(bytes[p]) << 8 | UInt32(bytes[p + 1]) << 16 | UInt32(bytes[p + 2]) << 24) >> 8
                samples[i] = Float(value) / 8_388_608
            case (1, 4):
                let value = Int32(bitPattern: UInt32(bytes[p]) | UInt32(bytes[p + 1]) << 8 | UInt32(bytes[p + 2]) << 16 | UInt32(bytes[p + 3]) << 24)
                samples[i] = Float(Double(value) / 2_147_483_648)
            default:
                samples[i] = Float(bitPattern: UInt32(bytes[p]) | UInt32(bytes[p + 1]) << 8 | UInt32(bytes[p + 2]) << 16 | UInt32(bytes[p + 3]) << 24)
            }
        }
        return AudioBuffer(samples: samples, sampleRate: format.rate, channels: format.channels)
    }

    /// Little-endian 16-bit PCM without a header (what `/audio/speech` sends as `pcm`).
    public static func decodeRawPCM16(_ data: Data, sampleRate: Int) -> AudioBuffer {
        let bytes = [UInt8](data)
        let values = stride(from: 0, to: bytes.count - 1, by: 2).map { Int16(bitPattern: UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8) }
        return AudioBuffer(int16: values, sampleRate: sampleRate)
    }

    private static func read16(_ b: [UInt8], _ p: Int) -> UInt16 { UInt16(b[p]) | UInt16(b[p + 1]) << 8 }
    private static func read32(_ b: [UInt8], _ p: Int) -> UInt32 {
        guard p + 4 <= b.count else { return 0 }
        return UInt32(b[p]) | UInt32(b[p + 1]) << 8 | UInt32(b[p + 2]) << 16 | UInt32(b[p + 3]) << 24
    }
    private static func append16(_ d: inout Data, _ v: UInt16) { d.append(UInt8(v & 0xFF)); d.append(UInt8(v >> 8)) }
    private static func append32(_ d: inout Data, _ v: UInt32) { for s in stride(from: 0, to: 32, by: 8) { d.append(UInt8((v >> UInt32(s)) & 0xFF)) } }
}
