import CSndfile
import Foundation
import Testing
@testable import CallAudio

@Suite("Audio files through libsndfile")
struct AudioFileTests {
    let folder: String = {
        let path = NSTemporaryDirectory() + "callharness-audio-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    /// Writes `buffer` with libsndfile directly in `format`.
    func writeRaw(_ buffer: AudioBuffer, _ name: String, format: Int32) -> String {
        let path = folder + "/" + name
        var info = SF_INFO(frames: 0, samplerate: Int32(buffer.sampleRate), channels: Int32(buffer.channels), format: format, sections: 0, seekable: 0)
        let file = sf_open(path, Int32(SFM_WRITE), &info)!
        var samples = buffer.samples
        _ = sf_writef_float(file, &samples, sf_count_t(buffer.frameCount))
        sf_close(file)
        return path
    }

    @Test("16-bit WAV round trip is bit-exact")
    func pcm16RoundTrip() throws {
        let values: [Int16] = (0..<4000).map { Int16(truncatingIfNeeded: $0 &* 7919) }
        let buffer = AudioBuffer(int16: values, sampleRate: 8000)
        let path = folder + "/a.wav"
        try AudioFile.write(buffer, to: path)
        #expect(try AudioFile.read(path).int16Samples == values)
    }

    @Test("reads every common format", arguments: [
        ("u8.wav", SF_FORMAT_WAV | SF_FORMAT_PCM_U8, 0.01), ("s24.wav", SF_FORMAT_WAV | SF_FORMAT_PCM_24, 1e-6),
        ("s32.wav", SF_FORMAT_WAV | SF_FORMAT_PCM_32, 1e-6), ("f32.wav", SF_FORMAT_WAV | SF_FORMAT_FLOAT, 1e-7),
        ("ulaw.wav", SF_FORMAT_WAV | SF_FORMAT_ULAW, 0.01), ("alaw.wav", SF_FORMAT_WAV | SF_FORMAT_ALAW, 0.01),
        ("x.flac", SF_FORMAT_FLAC | SF_FORMAT_PCM_16, 1e-4), ("x.ogg", SF_FORMAT_OGG | SF_FORMAT_VORBIS, 0.05),
    ])
    func formats(name: String, format: Int, tolerance: Double) throws {
        let sine = Signals.sine(hz: 440, amplitude: 0.5, seconds: 0.5, rate: 16000)
        let path = writeRaw(sine, name, format: Int32(format))
        let read = try AudioFile.read(path)
        #expect(read.sampleRate == 16000)
        #expect(abs(read.frameCount - sine.frameCount) < 2048)
        let n = min(read.frameCount, sine.frameCount)
        let snr = Signals.snr(sine.samples, read.samples, from: 0, to: n)
        #expect(snr > -20 * log10(tolerance) - 10, "\(name): SNR \(snr) dB")
    }

    @Test("stereo is mixed down to mono on request, and resampled on request")
    func mixdownAndResample() throws {
        let left = Signals.sine(hz: 300, amplitude: 0.4, seconds: 0.5, rate: 16000)
        let path = writeRaw(.interleaving([left, .silence(frames: left.frameCount, sampleRate: 16000)]), "st.wav", format: Int32(SF_FORMAT_WAV | SF_FORMAT_PCM_16))
        let stereo = try AudioFile.read(path)
        #expect(stereo.channels == 2)
        let mono = try AudioFile.read(path, mono: true, sampleRate: 8000)
        #expect(mono.channels == 1 && mono.sampleRate == 8000 && mono.frameCount == 4000)
        #expect(abs(Level.rms(mono.samples) - (Level.rms(left.samples) - 6.02)) < 0.2)
    }

    @Test("μ-law WAV output is G.191-encoded")
    func mulawWrite() throws {
        let values: [Int16] = (-200...200).map { Int16($0 * 160) }
        let path = folder + "/u.wav"
        try AudioFile.write(AudioBuffer(int16: values, sampleRate: 8000), to: path, encoding: .mulaw)
        let read = try AudioFile.read(path).int16Samples
        #expect(read == values.map { G191.expand(G191.compress($0)) })
    }

    @Test("corrupt, empty, truncated and missing files are rejected with the path in the message")
    func badFiles() throws {
        let corrupt = folder + "/corrupt.wav"
        FileManager.default.createFile(atPath: corrupt, contents: Data((0..<2000).map { UInt8(truncatingIfNeeded: $0 &* 31) }))
        let empty = folder + "/empty.wav"
        FileManager.default.createFile(atPath: empty, contents: Data())
        let good = folder + "/good.wav"
        try AudioFile.write(Signals.sine(hz: 440, seconds: 1, rate: 16000), to: good)
        let truncated = folder + "/truncated.wav"
        FileManager.default.createFile(atPath: truncated, contents: FileManager.default.contents(atPath: good)!.prefix(9000))
        let headerOnly = folder + "/header.wav"
        FileManager.default.createFile(atPath: headerOnly, contents: FileManager.default.contents(atPath: good)!.prefix(44))
        for path in [corrupt, empty, truncated, headerOnly, folder + "/missing.wav"] {
            #expect {
                try AudioFile.read(path)
            } throws: { error in
                (error as? AudioFileError)?.description.hasPrefix(path + ":") == true
            }
        }
    }

    @Test("a failed write leaves no file and keeps the old one")
    func atomicWrite() throws {
        let path = folder + "/keep.wav"
        try AudioFile.write(Signals.sine(hz: 440, seconds: 0.1, rate: 8000), to: path)
        let before = FileManager.default.contents(atPath: path)
        #expect(throws: AudioFileError.self) {
            try AudioFile.write(Signals.sine(hz: 440, seconds: 0.1, rate: 8000), to: folder + "/no/such/dir/x.wav")
        }
        #expect(FileManager.default.contents(atPath: path) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }
}
