import CallAudio
import Foundation
import Testing

@Suite("synth and impair commands")
struct AudioCommandTests {
    let folder = CommandRunner.temporaryFolder()

    @Test("synth writes a WAV in the voice's rate", arguments: [("flite/kal", 8000), ("flite/awb", 16000), ("espeak/en-gb-scotland", 22050)])
    func synth(voice: String, rate: Int) throws {
        let out = folder + "/s.wav"
        let result = try CommandRunner.run(["synth", "Good morning, this is a test.", "--voice", voice, "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        let audio = try AudioFile.read(out)
        #expect(audio.sampleRate == rate)
        #expect(audio.duration > 1)
    }

    @Test("bad input: one line naming the cause, exit 2, nothing written", arguments: [
        (["synth", "hello", "--voice", "flite/nobody", "--out", "OUT"], "flite/nobody"),
        (["synth", "hello", "--voice", "flite/slt", "--rate", "9", "--out", "OUT"], "rate"),
        (["impair", "MISSING", "OUT"], "MISSING"),
        (["impair", "CORRUPT", "OUT", "--noise", "white"], "CORRUPT"),
        (["impair", "EMPTY", "OUT"], "EMPTY"),
        (["impair", "TRUNCATED", "OUT"], "TRUNCATED"),
        (["impair", "GOOD", "OUT", "--noise", "white", "--snr", "120"], "--snr"),
        (["impair", "GOOD", "OUT", "--noise", "thunder"], "thunder"),
        (["impair", "GOOD", "OUT", "--codec", "opus9"], "opus9"),
        (["impair", "GOOD"], "output"),
    ])
    func badInput(arguments: [String], mentions: String) throws {
        let good = folder + "/good.wav"
        try AudioFile.write(AudioBuffer(samples: (0..<16000).map { Float(sin(Double($0) * 0.1) * 0.3) }, sampleRate: 16000), to: good)
        FileManager.default.createFile(atPath: folder + "/corrupt.wav", contents: Data("RIFF....WAVEjunkjunkjunk".utf8))
        FileManager.default.createFile(atPath: folder + "/empty.wav", contents: Data())
        FileManager.default.createFile(atPath: folder + "/truncated.wav", contents: FileManager.default.contents(atPath: good)!.prefix(3000))
        let out = folder + "/out.wav"
        FileManager.default.createFile(atPath: out, contents: Data("previous result".utf8))
        let paths = ["OUT": out, "MISSING": folder + "/missing.wav", "CORRUPT": folder + "/corrupt.wav",
                     "EMPTY": folder + "/empty.wav", "TRUNCATED": folder + "/truncated.wav", "GOOD": good]
        let resolved = arguments.map { paths[$0] ?? $0 }
        let result = try CommandRunner.run(resolved)
        #expect(result.status == 2)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "one line: \(result.stderr)")
        #expect(result.stderr.contains(paths[mentions] ?? mentions), "\(result.stderr)")
        #expect(FileManager.default.contents(atPath: out) == Data("previous result".utf8), "the old output is untouched")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") }.isEmpty)
    }

    @Test("impair is reproducible: same seed, same bytes; other seed, other bytes", arguments: ["white", "pink", "babble", "street", "hum"])
    func reproducible(noise: String) throws {
        let speech = folder + "/speech.wav"
        #expect(try CommandRunner.run(["synth", "Tuesday at three in the afternoon.", "--voice", "flite/rms", "--out", speech]).status == 0)
        func impair(_ seed: Int, _ name: String) throws -> Data? {
            let out = folder + "/" + name
            let result = try CommandRunner.run(["impair", speech, out, "--noise", noise, "--snr", "5", "--seed", String(seed)])
            #expect(result.status == 0, "\(result.stderr)")
            return FileManager.default.contents(atPath: out)
        }
        let a = try impair(1, "a.wav"), b = try impair(1, "b.wav"), c = try impair(2, "c.wav")
        #expect(a != nil && a == b)
        if noise != "hum" { #expect(a != c) }
    }

    @Test("impair --codec mulaw of an 8 kHz file is bit-exact with G.711")
    func mulaw() throws {
        let values: [Int16] = (0..<8000).map { Int16(truncatingIfNeeded: ($0 &* 2654435761) >> 7) }
        let input = folder + "/in8k.wav", output = folder + "/out8k.wav"
        try AudioFile.write(AudioBuffer(int16: values, sampleRate: 8000), to: input)
        let result = try CommandRunner.run(["impair", input, output, "--codec", "mulaw"])
        #expect(result.status == 0, "\(result.stderr)")
        let decoded = try AudioFile.read(output).int16Samples
        #expect(decoded == values.map { MuLaw.decode(MuLaw.encode($0)) })
        // An independent spot check against G.711's table: 1000 → 0xCE → 988.
        #expect(MuLaw.decode(0xCE) == 988)
    }
}
