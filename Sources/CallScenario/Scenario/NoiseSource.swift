/// Where background noise comes from.
public enum NoiseSource: Sendable, Equatable {
    /// A synthesized noise: white, pink, brown, hum, babble or street.
    case generated(String)
    /// A recording (absolute path), looped as needed.
    case file(String)
}
