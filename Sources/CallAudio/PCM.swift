/// Conversions between 16-bit integer samples and floats in [-1, 1].
public enum PCM {
    /// A 16-bit sample as a float: `s / 32768`.
    @inlinable
    public static func float(_ value: Int16) -> Float { Float(value) / 32768 }

    /// A float sample as 16 bits: `x * 32768`, rounded to nearest and clipped.
    @inlinable
    public static func int16(_ value: Float) -> Int16 {
        let scaled = (value * 32768).rounded()
        if scaled >= 32767 { return .max }
        if scaled <= -32768 { return .min }
        if scaled.isNaN { return 0 }
        return Int16(scaled)
    }
}
