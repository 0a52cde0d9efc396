import Foundation
import Testing
@testable import MediaStreamCalls

@Suite("FrameResampler")
struct FrameResamplerTests {
    @Test("one 20 ms frame out per frame in, at the other rate, whatever the direction", arguments: [(16000, 8000), (8000, 16000)])
    func framing(from: Int, to: Int) throws {
        let resampler = try #require(FrameResampler(from: from, to: to))
        let step = 2 * Double.pi * 300 / Double(from)
        let tone: [Float] = (0..<(from * 2)).map { i in Float(0.5 * sin(Double(i) * step)) }
        var out: [Float] = []
        for start in stride(from: 0, to: tone.count, by: from / 50) {
            let frame = resampler.process(Array(tone[start..<(start + from / 50)]))
            #expect(frame.count == to / 50)
            out += frame
        }
        #expect(out.count == to * 2)
        // The tone comes through: after the resampler's start-up, the level is the input's.
        let tail = out.suffix(to)
        let rms = (tail.map { $0 * $0 }.reduce(0, +) / Float(tail.count)).squareRoot()
        #expect(abs(rms - Float(0.5 / 2.0.squareRoot())) < 0.05)
    }

    @Test("no resampler between equal rates")
    func same() {
        #expect(FrameResampler(from: 8000, to: 8000) == nil)
    }
}
