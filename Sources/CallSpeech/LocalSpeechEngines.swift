import Foundation
import Synchronization

/// flite keeps process-wide state and draws the noise excitation of its clustergen
/// voices (slt, rms, awb) from libc's `rand()`. One lock serializes synthesis, and
/// `rand()` is reseeded from the request before every synthesis, so the same text,
/// voice and rate always give the same samples.
final class LocalSpeechEngines: @unchecked Sendable {
    static let shared = Mutex(LocalSpeechEngines())

    lazy var flite = FliteEngine()

    private init() {}

    /// Seeds `rand()` from a hash of `parts`.
    func reseed(_ parts: String...) {
        var hash: UInt32 = 0x811C_9DC5
        for byte in parts.joined(separator: "\u{1F}").utf8 { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        srand(hash)
    }
}
