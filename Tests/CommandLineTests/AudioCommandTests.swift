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

@Suite("impair over a line")
struct ImpairLineTests {
    let folder = CommandRunner.temporaryFolder()

    @Test("jitter, loss and delay: reproducible bytes, statistics printed, the delay leads the output")
    func line() throws {
        let speech = folder + "/speech.wav"
        #expect(try CommandRunner.run(["synth", "Please cancel my appointment for Friday.", "--voice", "flite/awb", "--out", speech]).status == 0)
        let flags = ["--codec", "mulaw", "--jitter", "60", "--loss", "3", "--loss-model", "gilbert", "--burst", "2", "--delay", "120", "--jitter-buffer", "adaptive"]
        let a = try CommandRunner.run(["impair", speech, folder + "/a.wav", "--seed", "1"] + flags)
        let b = try CommandRunner.run(["impair", speech, folder + "/b.wav", "--seed", "1"] + flags)
        let c = try CommandRunner.run(["impair", speech, folder + "/c.wav", "--seed", "2"] + flags)
        #expect(a.status == 0 && b.status == 0 && c.status == 0, "\(a.stderr)")
        #expect(a.stdout.contains("packets"), "\(a.stdout)")
        let bytesA = FileManager.default.contents(atPath: folder + "/a.wav")
        #expect(bytesA == FileManager.default.contents(atPath: folder + "/b.wav"))
        #expect(bytesA != FileManager.default.contents(atPath: folder + "/c.wav"))
        let out = try AudioFile.read(folder + "/a.wav")
        #expect(out.sampleRate == 8000)
        let firstSound = out.samples.firstIndex { abs($0) > 0.003 } ?? 0
        #expect(firstSound >= 8000 * 140 / 1000, "120 ms delay + 20 ms packetization before any sound, got \(firstSound) samples")
    }

    @Test("--codec opus: 16 kHz out, reproducible bytes, and a lower bitrate is another sound")
    func opus() throws {
        let speech = folder + "/speech-opus.wav"
        #expect(try CommandRunner.run(["synth", "Please cancel my appointment for Friday.", "--voice", "flite/slt", "--out", speech]).status == 0)
        func impair(_ name: String, _ flags: [String]) throws -> Data? {
            let result = try CommandRunner.run(["impair", speech, folder + "/\(name).wav", "--codec", "opus", "--loss", "5", "--seed", "4"] + flags)
            #expect(result.status == 0, "\(result.stderr)")
            return FileManager.default.contents(atPath: folder + "/\(name).wav")
        }
        let a = try impair("opus-a", ["--opus-bitrate", "24"]), b = try impair("opus-b", ["--opus-bitrate", "24"]), low = try impair("opus-low", ["--opus-bitrate", "8"])
        #expect(a != nil && a == b)
        #expect(a != low)
        let out = try AudioFile.read(folder + "/opus-a.wav")
        #expect(out.sampleRate == 16000)
        #expect(Level.rms(out.samples) > -40)
    }

    @Test("out-of-range line settings are bad input", arguments: [["--loss", "80"], ["--jitter", "-1"], ["--loss-model", "markov", "--loss", "2"], ["--jitter-buffer", "elastic", "--jitter", "10"],
                                                                   ["--codec", "opus", "--opus-bitrate", "200"]])
    func badLine(flags: [String]) throws {
        let speech = folder + "/s.wav"
        try AudioFile.write(AudioBuffer(samples: (0..<8000).map { Float(sin(Double($0) * 0.2) * 0.3) }, sampleRate: 8000), to: speech)
        let result = try CommandRunner.run(["impair", speech, folder + "/o.wav"] + flags)
        #expect(result.status == 2, "\(flags): \(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/o.wav"))
    }
}
