import CSndfile
import Foundation

/// Reads and writes audio files through libsndfile.
public enum AudioFile {
    /// Sample encodings for written files.
    public enum Encoding: Sendable {
        /// 16-bit linear PCM WAV.
        case pcm16
        /// 8-bit G.711 μ-law WAV (encoded here, bit-exact with G.191).
        case mulaw
        /// 32-bit float WAV.
        case float32
    }

    /// Reads any format libsndfile understands (WAV of any depth, μ-law, A-law, FLAC, OGG, …).
    ///
    /// - Parameters:
    ///   - mono: average all channels into one.
    ///   - sampleRate: resample to this rate when it differs from the file's.
    public static func read(_ path: String, mono: Bool = false, sampleRate: Int? = nil) throws(AudioFileError) -> AudioBuffer {
        var info = SF_INFO()
        guard let file = sf_open(path, Int32(SFM_READ), &info) else {
            let why = String(cString: sf_strerror(nil))
            if FileManager.default.fileExists(atPath: path) {
                let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
                if size == 0 { throw .empty(path) }
                throw .cannotOpen(path, why)
            }
            throw .cannotOpen(path, "no such file")
        }
        defer { sf_close(file) }
        guard info.frames > 0, info.channels > 0, info.samplerate > 0 else { throw .empty(path) }
        if let promised = promisedFrames(file, info: info), promised > Int(info.frames) {
            throw .truncated(path, expected: promised, found: Int(info.frames))
        }

        let channels = Int(info.channels)
        var samples = [Float](repeating: 0, count: Int(info.frames) * channels)
        let read = samples.withUnsafeMutableBufferPointer { sf_readf_float(file, $0.baseAddress, info.frames) }
        guard read > 0 else { throw .readFailed(path, String(cString: sf_strerror(file))) }
        if read < info.frames { throw .truncated(path, expected: Int(info.frames), found: Int(read)) }

        var buffer = AudioBuffer(samples: samples, sampleRate: Int(info.samplerate), channels: channels)
        if mono { buffer = buffer.mono() }
        if let rate = sampleRate, rate != buffer.sampleRate { buffer = Resampler.resample(buffer, to: rate) }
        return buffer
    }

    /// Writes a WAV file atomically: a temporary file in the same folder is renamed into
    /// place, so a failure never leaves a partial file and never destroys an older one.
    public static func write(_ buffer: AudioBuffer, to path: String, encoding: Encoding = .pcm16) throws(AudioFileError) {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp").path
        do throws(AudioFileError) {
            try writeDirectly(buffer, to: temporary, encoding: encoding, reportAs: path)
            if rename(temporary, path) != 0 {
                throw AudioFileError.cannotWrite(path, String(cString: strerror(errno)))
            }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    private static func writeDirectly(_ buffer: AudioBuffer, to path: String, encoding: Encoding, reportAs name: String) throws(AudioFileError) {
        var info = SF_INFO()
        info.samplerate = Int32(buffer.sampleRate)
        info.channels = Int32(buffer.channels)
        switch encoding {
        case .pcm16: info.format = Int32(SF_FORMAT_WAV | SF_FORMAT_PCM_16)
        case .mulaw: info.format = Int32(SF_FORMAT_WAV | SF_FORMAT_ULAW)
        case .float32: info.format = Int32(SF_FORMAT_WAV | SF_FORMAT_FLOAT)
        }
        guard let file = sf_open(path, Int32(SFM_WRITE), &info) else {
            throw .cannotWrite(name, String(cString: sf_strerror(nil)))
        }
        let frames = sf_count_t(buffer.frameCount)
        var written: sf_count_t = 0
        switch encoding {
        case .pcm16:
            var ints = buffer.int16Samples
            written = ints.withUnsafeMutableBufferPointer { sf_writef_short(file, $0.baseAddress, frames) }
        case .mulaw:
            // libsndfile's own μ-law table rounds negatives differently from G.191, so
            // encode here and hand it the raw bytes.
            var codes = MuLaw.encode(buffer.int16Samples)
            let bytes = sf_count_t(codes.count)
            written = codes.withUnsafeMutableBytes { sf_write_raw(file, $0.baseAddress, bytes) } / sf_count_t(buffer.channels)
        case .float32:
            var floats = buffer.samples
            written = floats.withUnsafeMutableBufferPointer { sf_writef_float(file, $0.baseAddress, frames) }
        }
        // The system's reason (e.g. no space left) is only known before the file is closed.
        let shortWrite = written == frames ? nil : systemError(file)
        let closed = sf_close(file)
        guard shortWrite == nil, closed == 0 else { throw .cannotWrite(name, shortWrite ?? "short write") }
    }

    /// Why a write to `file` failed as libsndfile recorded it, e.g. "No space left on
    /// device" (from its "System error : No space left on device."), else "short write".
    private static func systemError(_ file: OpaquePointer) -> String {
        guard sf_error(file) != 0 else { return "short write" }
        let text = String(cString: sf_strerror(file))
        let prefix = "System error : "
        guard text.hasPrefix(prefix) else { return text }
        return String(text.dropFirst(prefix.count)).trimmingCharacters(in: CharacterSet(charactersIn: ". \n"))
    }

    /// The data length the file's header promises, when libsndfile logged that it had to
    /// shorten it (a truncated download or copy).
    private static func promisedFrames(_ file: OpaquePointer, info: SF_INFO) -> Int? {
        var log = [UInt8](repeating: 0, count: 4096)
        _ = sf_command(file, Int32(SFC_GET_LOG_INFO), &log, Int32(log.count))
        let text = String(decoding: log.prefix { $0 != 0 }, as: UTF8.self)
        // e.g. "data : 88200 (should be 44100)" — WAV; other containers log similar lines.
        for line in text.split(separator: "\n") where line.contains("should be") {
            let digits = line.split(whereSeparator: { !$0.isNumber })
            guard digits.count >= 2, let claimed = Int(digits[0]), let actual = Int(digits[1]), claimed > actual else { continue }
            let bytesPerFrame = max(1, Int(info.channels) * bytesPerSample(info.format))
            return claimed / bytesPerFrame
        }
        return nil
    }

    private static func bytesPerSample(_ format: Int32) -> Int {
        switch Int(format) & SF_FORMAT_SUBMASK {
        case SF_FORMAT_PCM_S8, SF_FORMAT_PCM_U8, SF_FORMAT_ULAW, SF_FORMAT_ALAW: 1
        case SF_FORMAT_PCM_16: 2
        case SF_FORMAT_PCM_24: 3
        case SF_FORMAT_PCM_32, SF_FORMAT_FLOAT: 4
        case SF_FORMAT_DOUBLE: 8
        default: 2
        }
    }
}
