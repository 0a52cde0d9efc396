/// Fixed speech material for measuring a voice: a phonetically varied sentence of
/// everyday telephone English.
public enum ReferenceSentence {
    /// The sentence a caller voice reads to measure its active speech level (the
    /// reference for a noise's SNR). Changing it changes every noisy call's noise level.
    public static let speechLevel = "Hello, I'm calling about an appointment with one of your doctors next week."
}
