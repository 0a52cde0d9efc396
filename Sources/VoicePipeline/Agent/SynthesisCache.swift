import CallAudio
import CallSpeech
import Foundation
import SimTime
import Synchronization

/// Synthesized sentences kept in memory by (voice fingerprint, rate, target rate, text),
/// with the compute time their first synthesis took. Repeated prompts across calls and
/// scenarios are synthesized once per process.
///
/// With a `directory`, a disk layer keeps them across processes too, so repeated sweeps
/// do not synthesize again: one file per sentence, named by a hash of its key, holding
/// the key itself, the exact samples and a checksum. Files are written atomically (a
/// temporary file renamed into place); a file that is corrupt or belongs to another key
/// is ignored, and the sentence is synthesized and the file written afresh. The disk
/// layer is best effort: a folder that cannot be written only costs the saving.
public final class SynthesisCache: Sendable {
    struct Key: Hashable {
        let fingerprint: String
        let rate: Double
        let sampleRate: Int
        let text: String

        /// The key as text: stored in its cache file, hashed for the file's name.
        var identity: String { "\(fingerprint)\n\(rate)\n\(sampleRate)\n\(text)" }
    }

    /// How the cache has served requests since it was created.
    public struct Statistics: Sendable, Equatable {
        /// Requests answered from memory.
        public var memoryHits = 0
        /// Requests answered from a disk file.
        public var diskHits = 0
        /// Requests that ran the synthesizer.
        public var syntheses = 0
        /// Cache files written.
        public var diskWrites = 0
        /// Cache files found unusable (corrupt, truncated, another key) and replaced.
        public var rejectedFiles = 0
    }

    private let entries = Mutex<(cache: [Key: (AudioBuffer, SimDuration)], samples: Int)>(([:], 0))
    private let counts = Mutex(Statistics())
    private let folder: Mutex<String?>
    private let limit: Int
    private static let temporaryCounter = Atomic<Int>(0)

    /// A cache holding at most `limitSamples` samples in memory (then it starts afresh),
    /// with a disk layer in `directory` when one is given.
    public init(limitSamples: Int = 60_000_000, directory: String? = nil) {
        self.limit = limitSamples
        self.folder = Mutex(directory)
    }

    /// The process-wide cache (memory only until `directory` is set).
    public static let shared = SynthesisCache()

    /// The disk layer's folder (created on the first write), or nil for memory only.
    public var directory: String? {
        get { folder.withLock { $0 } }
        set { folder.withLock { $0 = newValue } }
    }

    /// `$XDG_CACHE_HOME/callharness/tts`, or `~/.cache/callharness/tts` without it.
    public static var defaultDirectory: String { UserCacheFolder.path("tts") }

    /// Counts of hits, syntheses and disk writes so far.
    public var statistics: Statistics { counts.withLock { $0 } }

    /// Forgets everything held in memory (the disk layer stays).
    public func removeAllFromMemory() {
        entries.withLock { $0 = ([:], 0) }
    }

    /// The speech for `text` at `sampleRate`, synthesized on a miss; the duration is the
    /// CPU time of the synthesis, or a service's measured first byte (measured only when
    /// `measure` is true). An entry stored without a measurement (zero) is synthesized
    /// again when a measurement is wanted.
    public func audio(_ text: String, synthesizer: any SpeechSynthesizing, rate: Double, sampleRate: Int, measure: Bool) throws(SpeechError) -> (AudioBuffer, SimDuration) {
        let key = Key(fingerprint: synthesizer.fingerprint, rate: rate, sampleRate: sampleRate, text: text)
        if let hit = entries.withLock({ $0.cache[key] }), !measure || hit.1 > .zero {
            counts.withLock { $0.memoryHits += 1 }
            return hit
        }
        let service = synthesizer as? any ServiceSynthesizing
        let directory = service == nil ? self.directory : nil
        if let directory, let stored = Self.read(key, in: directory, rejected: { counts.withLock { $0.rejectedFiles += 1 } }),
           !measure || stored.1 > .zero {
            counts.withLock { $0.diskHits += 1 }
            remember(stored, for: key)
            return stored
        }
        var failure: SpeechError?
        var firstByte: SimDuration?
        let (buffer, cpu) = ComputeMeter.measure(measure) { () -> AudioBuffer? in
            do throws(SpeechError) {
                let audio: AudioBuffer
                if let service {
                    (audio, firstByte) = try service.synthesizeMeasured(text, rate: rate)
                } else {
                    audio = try synthesizer.synthesize(text, rate: rate)
                }
                return Resampler.resample(audio, to: sampleRate)
            } catch {
                failure = error
                return nil
            }
        }
        guard let buffer else { throw failure ?? SpeechError.engineFailed("synthesis failed") }
        // A service's time is its measured first byte (at least 1 µs, so the entry counts as measured).
        let compute = measure ? firstByte.map { max($0, SimDuration(microseconds: 1)) } ?? cpu : cpu
        counts.withLock { $0.syntheses += 1 }
        let entry = (buffer, compute)
        remember(entry, for: key)
        if let directory, Self.write(entry, for: key, in: directory) { counts.withLock { $0.diskWrites += 1 } }
        return entry
    }

    private func remember(_ entry: (AudioBuffer, SimDuration), for key: Key) {
        entries.withLock { held in
            if held.samples + entry.0.samples.count > limit { held = ([:], 0) }
            if let old = held.cache.updateValue(entry, forKey: key) { held.samples -= old.0.samples.count }
            held.samples += entry.0.samples.count
        }
    }

    // MARK: - Disk layer

    /// File layout: magic, key length and key (UTF-8), sample rate, compute µs, sample
    /// count, samples (Float32 bit patterns), then an FNV-1a checksum of all that; every
    /// integer little-endian.
    private static let magic = Array("CHTTS\u{1}\n\0".utf8)

    /// The file for `key` in `directory`.
    static func path(for key: Key, in directory: String) -> String {
        let bytes = Array(key.identity.utf8)
        let name = String(fnv1a(bytes), radix: 16).leftPadded(16) + String(fnv1a(bytes, basis: 0x84222325CBF29CE4), radix: 16).leftPadded(16)
        return directory + "/" + name + ".tts"
    }

    private static func read(_ key: Key, in directory: String, rejected: () -> Void) -> (AudioBuffer, SimDuration)? {
        guard let data = FileManager.default.contents(atPath: path(for: key, in: directory)) else { return nil }
        guard let entry = decode(data, key: key) else {
            rejected()
            return nil
        }
        return entry
    }

    private static func decode(_ data: Data, key: Key) -> (AudioBuffer, SimDuration)? {
        let bytes = [UInt8](data)
        guard bytes.count >= magic.count + 8, Array(bytes[0..<magic.count]) == magic else { return nil }
        let body = bytes.count - 8
        guard load(UInt64.self, bytes, at: body) == fnv1a(bytes[0..<body]) else { return nil }
        var offset = magic.count
        func next<T: FixedWidthInteger>(_: T.Type) -> T? {
            guard offset + MemoryLayout<T>.size <= body else { return nil }
            defer { offset += MemoryLayout<T>.size }
            return load(T.self, bytes, at: offset)
        }
        guard let keyLength = next(UInt32.self), offset + Int(keyLength) <= body,
              String(decoding: bytes[offset..<(offset + Int(keyLength))], as: UTF8.self) == key.identity else { return nil }
        offset += Int(keyLength)
        guard let rate = next(UInt32.self), Int(rate) == key.sampleRate, let compute = next(Int64.self), let count = next(UInt64.self),
              count <= UInt64(body - offset) / 4, offset + Int(count) * 4 == body else { return nil }
        var samples = [Float](repeating: 0, count: Int(count))
        for i in samples.indices { samples[i] = Float(bitPattern: load(UInt32.self, bytes, at: offset + i * 4)) }
        return (AudioBuffer(samples: samples, sampleRate: Int(rate)), SimDuration(microseconds: compute))
    }

    private static func write(_ entry: (AudioBuffer, SimDuration), for key: Key, in directory: String) -> Bool {
        var bytes = magic
        let identity = Array(key.identity.utf8)
        append(UInt32(identity.count), to: &bytes)
        bytes += identity
        append(UInt32(entry.0.sampleRate), to: &bytes)
        append(entry.1.microseconds, to: &bytes)
        append(UInt64(entry.0.samples.count), to: &bytes)
        bytes.reserveCapacity(bytes.count + entry.0.samples.count * 4 + 8)
        for sample in entry.0.samples { append(sample.bitPattern, to: &bytes) }
        append(fnv1a(bytes[...]), to: &bytes)

        let target = path(for: key, in: directory)
        let temporary = directory + "/.\(getpid())-\(temporaryCounter.add(1, ordering: .relaxed).newValue).tmp"
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: temporary))
            guard rename(temporary, target) == 0 else {
                unlink(temporary)
                return false
            }
            return true
        } catch {
            unlink(temporary)
            return false
        }
    }

    private static func append<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    private static func load<T: FixedWidthInteger>(_: T.Type, _ bytes: [UInt8], at offset: Int) -> T {
        var value = T.zero
        for i in (0..<MemoryLayout<T>.size).reversed() { value = value << 8 | T(bytes[offset + i]) }
        return value
    }

    private static func fnv1a<C: Collection<UInt8>>(_ bytes: C, basis: UInt64 = 0xCBF2_9CE4_8422_2325) -> UInt64 {
        var hash = basis
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}

private extension String {
    /// The text with leading zeros up to `width` characters.
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
