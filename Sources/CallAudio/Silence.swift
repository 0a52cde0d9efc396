/// Where audio counts as audible: a sample above −50 dBov peak (|x| > 0.003). Used to
/// trim synthesized speech and to find the first audible sample at the caller's ear.
public enum Silence {
    /// The audibility threshold on sample magnitude.
    public static let threshold: Float = 0.003

    /// `samples` without their leading and trailing inaudible stretches (empty when
    /// nothing is audible).
    public static func trimmed(_ samples: [Float]) -> [Float] {
        guard let first = samples.firstIndex(where: { abs($0) > threshold }),
              let last = samples.lastIndex(where: { abs($0) > threshold }) else { return [] }
        return Array(samples[first...last])
    }
}
