/// What the receiver plays in place of a lost packet.
public enum Concealment: String, CaseIterable, Sendable {
    /// Repeat the last good packet, fading.
    case `repeat`
    /// Comfort noise.
    case noise
    /// Silence.
    case silence
}
