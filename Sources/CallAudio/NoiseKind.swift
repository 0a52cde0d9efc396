/// The background-noise generators callharness can synthesize.
public enum NoiseKind: String, CaseIterable, Sendable, Codable {
    /// Flat-spectrum Gaussian noise.
    case white
    /// 1/f noise (−3 dB per octave), like rain or a ventilation fan.
    case pink
    /// 1/f² noise (−6 dB per octave), like rumble or distant traffic.
    case brown
    /// 50/60 Hz mains hum with harmonics.
    case hum
    /// Several voices talking at once, like a busy office or café.
    case babble
    /// Traffic: brown rumble with slow swells and passing-car whooshes.
    case street
}
