import Testing
@testable import CallAudio

/// The ITU-T G.191 reference (`ulaw_compress` / `ulaw_expand` of the STL's g711.c),
/// transcribed in its own segment-counting form, independent of `MuLaw`'s.
enum G191 {
    static func compress(_ x: Int16) -> UInt8 {
        var absno = x < 0 ? (Int(~x) >> 2) + 33 : (Int(x) >> 2) + 33
        if absno > 0x1FFF { absno = 0x1FFF }
        var i = absno >> 6
        var segno = 1
        while i != 0 { segno += 1; i >>= 1 }
        let high = 0x0008 - segno
        let low = 0x000F - ((absno >> segno) & 0x000F)
        var code = (high << 4) | low
        if x >= 0 { code |= 0x0080 }
        return UInt8(code)
    }

    static func expand(_ code: UInt8) -> Int16 {
        let sign = code < 0x80 ? -1 : 1
        let inverted = Int(~code)
        let exponent = (inverted >> 4) & 0x07
        let segment = exponent + 1
        let mantissa = inverted & 0x0F
        let step = 4 << segment
        return Int16(sign * ((0x80 << exponent) + step * mantissa + step / 2 - 4 * 33))
    }
}

@Suite("G.711 μ-law")
struct MuLawTests {
    @Test("encoding matches G.191 for all 65,536 inputs")
    func encodeAllValues() {
        var mismatches = 0
        for value in Int16.min...Int16.max where MuLaw.encode(value) != G191.compress(value) { mismatches += 1 }
        #expect(mismatches == 0)
    }

    @Test("decoding matches G.191 for all 256 codes")
    func decodeAllCodes() {
        for code in UInt8.min...UInt8.max {
            #expect(MuLaw.decode(code) == G191.expand(code), "code \(code)")
        }
    }

    @Test("known code points", arguments: [
        (Int16(0), UInt8(0xFF)), (-1, 0x7F), (32767, 0x80), (-32768, 0x00), (1000, 0xCE), (-1000, 0x4E),
    ])
    func knownValues(sample: Int16, code: UInt8) {
        #expect(MuLaw.encode(sample) == code)
    }

    @Test("a decoded level re-encodes to itself")
    func idempotent() {
        for code in UInt8.min...UInt8.max {
            let level = MuLaw.decode(code)
            #expect(MuLaw.decode(MuLaw.encode(level)) == level)
        }
    }
}
