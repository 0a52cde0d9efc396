import CFlite
import CallAudio

/// Speech from CMU Flite: voices kal (8 kHz diphone), kal16, slt, rms, awb (16 kHz).
///
/// Flite keeps global state, so synthesis is serialized process-wide (see
/// `LocalSpeechEngines`); at ~0.01 CPU seconds per audio second this costs little.
public struct FliteSynthesizer: SpeechSynthesizing {
    /// Voice names this engine offers.
    public static let voices = ["kal", "kal16", "slt", "rms", "awb"]

    public let voice: String
    public let sampleRate: Int
    public var fingerprint: String { "flite-2.2/\(name)" }
    private let name: String

    /// Loads voice `name` (one of `voices`).
    public init(voice name: String) throws(SpeechError) {
        guard Self.voices.contains(name) else { throw .unknownVoice("flite/\(name)", known: Self.voices.map { "flite/\($0)" }) }
        self.name = name
        self.voice = "flite/\(name)"
        self.sampleRate = name == "kal" ? 8000 : 16000
        _ = LocalSpeechEngines.shared.withLock { $0.flite.voice(name) }
    }

    public func synthesize(_ text: String, rate: Double) throws(SpeechError) -> AudioBuffer {
        guard rate >= 0.25 && rate <= 4 else { throw .badRate(rate) }
        let name = self.name
        let result: AudioBuffer? = LocalSpeechEngines.shared.withLock { engines in
            guard let voice = engines.flite.voice(name) else { return nil }
            engines.reseed(self.voice, text, String(rate))
            callharness_flite_set_duration_stretch(voice, Float(1 / rate))
            defer { callharness_flite_set_duration_stretch(voice, 1) }
            guard let wave = flite_text_to_wave(text, voice) else { return nil }
            defer { delete_wave(wave) }
            let count = Int(wave.pointee.num_samples) * Int(wave.pointee.num_channels)
            let ints = Array(UnsafeBufferPointer(start: wave.pointee.samples, count: count))
            return AudioBuffer(int16: ints, sampleRate: Int(wave.pointee.sample_rate), channels: Int(wave.pointee.num_channels))
        }
        guard let result else { throw .engineFailed("flite could not synthesize with voice \(voice)") }
        return result
    }
}

/// Flite's process-wide state: initialised once, voices registered on first use.
/// Only touched under `LocalSpeechEngines.shared`'s lock.
final class FliteEngine {
    private var loaded: [String: UnsafeMutablePointer<cst_voice>] = [:]

    init() { flite_init() }

    func voice(_ name: String) -> UnsafeMutablePointer<cst_voice>? {
        if let voice = loaded[name] { return voice }
        let voice: UnsafeMutablePointer<cst_voice>? = switch name {
        case "kal": register_cmu_us_kal(nil)
        case "kal16": register_cmu_us_kal16(nil)
        case "slt": register_cmu_us_slt(nil)
        case "rms": register_cmu_us_rms(nil)
        case "awb": register_cmu_us_awb(nil)
        default: nil
        }
        loaded[name] = voice
        return voice
    }
}
