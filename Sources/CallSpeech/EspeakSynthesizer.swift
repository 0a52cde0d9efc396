import CallAudio
import Foundation

/// Formant speech from eSpeak NG: many English accents (en-us, en-gb, en-gb-scotland,
/// en-029, en-gb-x-rp, …) and variants such as `en-us+f3`. Its audio is far from what
/// speech recognizers are trained on, which makes it a hard accent for sweeps.
///
/// Each utterance runs the `espeak-ng` program (about 12 ms): the library's wave
/// generator carries state from one utterance into the next and cannot be reset, so
/// in-process synthesis would depend on what was spoken before. A fresh process always
/// gives the same samples for the same text, and several can run at once.
public struct EspeakSynthesizer: SpeechSynthesizing {
    /// A selection of English voices known to exist in espeak-ng-data.
    public static let voices = ["en-us", "en-gb", "en-gb-scotland", "en-029", "en-gb-x-rp", "en-gb-x-gbclan", "en-gb-x-gbcwmd", "en-us-nyc"]

    /// Where the `espeak-ng` program is looked for.
    static let program = ["/usr/bin/espeak-ng", "/usr/local/bin/espeak-ng"].first { FileManager.default.isExecutableFile(atPath: $0) }

    public let voice: String
    public let sampleRate = 22050
    public var fingerprint: String { "espeak-ng-1.51/\(name)" }
    private let name: String

    /// Selects voice `name` (any espeak-ng voice, optionally with `+variant`).
    public init(voice name: String) throws(SpeechError) {
        guard Self.program != nil else { throw .engineFailed("espeak-ng is not installed (run scripts/setup)") }
        let valid = !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || "-+_".contains($0) }
        self.name = name
        self.voice = "espeak/\(name)"
        guard valid, (try? run("a", wordsPerMinute: 175)) != nil else {
            throw .unknownVoice("espeak/\(name)", known: Self.voices.map { "espeak/\($0)" })
        }
    }

    public func synthesize(_ text: String, rate: Double) throws(SpeechError) -> AudioBuffer {
        guard rate >= 0.25 && rate <= 4 else { throw .badRate(rate) }
        return try run(text, wordsPerMinute: Int((175 * rate).rounded()))
    }

    private func run(_ text: String, wordsPerMinute: Int) throws(SpeechError) -> AudioBuffer {
        guard let program = Self.program else { throw .engineFailed("espeak-ng is not installed") }
        let output = NSTemporaryDirectory() + "callharness-espeak-\(getpid())-\(UUID().uuidString).wav"
        defer { unlink(output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["-v", name, "-s", String(wordsPerMinute), "-w", output, "--stdin"]
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .engineFailed("espeak-ng did not start: \(error)")
        }
        // espeak-ng may exit before it reads its input (an unknown voice): the broken pipe
        // is then its exit status's and message's to explain, not a crash.
        try? input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
        try? input.fileHandleForWriting.close()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, message.isEmpty else {
            throw .engineFailed("espeak-ng failed for voice \(name): \(message.split(separator: "\n").first ?? "exit \(process.terminationStatus)")")
        }
        do {
            return try AudioFile.read(output, mono: true)
        } catch {
            throw .engineFailed("espeak-ng wrote no audio for voice \(name)")
        }
    }
}
