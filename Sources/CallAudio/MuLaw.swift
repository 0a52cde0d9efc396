/// G.711 μ-law companding, bit-exact with the ITU-T G.191 reference (`ulaw_compress`,
/// `ulaw_expand`): bias 0x84, magnitude clipped at 32635, one's complement for negative
/// samples.
public enum MuLaw {
    /// Encodes one 16-bit linear sample to a μ-law byte.
    @inlinable
    public static func encode(_ sample: Int16) -> UInt8 {
        // G.191 takes the one's complement of negative samples, so -1 and 0 share a level.
        let negative = sample < 0
        var magnitude = Int(negative ? ~sample : sample)
        if magnitude > 32635 { magnitude = 32635 }
        magnitude += 0x84
        // Segment: position of the highest set bit above bit 7.
        var exponent = 7
        while exponent > 0 && magnitude & (0x4000 >> (7 - exponent)) == 0 { exponent -= 1 }
        let mantissa = (magnitude >> (exponent + 3)) & 0x0F
        let code = UInt8(exponent << 4 | mantissa)
        return negative ? ~code & 0x7F : ~code
    }

    /// Decodes one μ-law byte to a 16-bit linear sample.
    @inlinable
    public static func decode(_ code: UInt8) -> Int16 {
        let inverted = ~code
        let exponent = Int(inverted >> 4) & 0x07
        let mantissa = Int(inverted) & 0x0F
        let magnitude = ((mantissa << 3) + 0x84) << exponent
        return Int16(inverted & 0x80 != 0 ? 0x84 - magnitude : magnitude - 0x84)
    }

    /// Encodes a run of 16-bit samples.
    public static func encode(_ samples: [Int16]) -> [UInt8] { samples.map(encode) }

    /// Decodes a run of μ-law bytes.
    public static func decode(_ codes: [UInt8]) -> [Int16] { codes.map(decode) }
}
