import CallAudio
import CallScenario
import CallSpeech
import Foundation
import VoicePipeline

/// Builds the audio of one caller turn at the line's rate: synthesized speech (with a
/// hesitation and a mid-sentence pause where the scenario asks for them) or a recording.
struct CallerAudio {
    /// The samples, speech trimmed of leading and trailing silence.
    var samples: [Float]
    /// Speech stretches as sample ranges into `samples`.
    var segments: [Range<Int>]
    /// The words said (reference transcript).
    var text: String

    static let hesitationGap = 0.35

    /// Synthesizes `text` (with optional hesitation and pause) in `voice` at `rate`.
    static func speech(_ text: String, voice: String, rate: Double, sampleRate: Int, hesitation: String?, pause: CallerTurn.Pause?) throws(SpeechError) -> CallerAudio {
        let synthesizer = try Voices.synthesizer(for: voice)
        func say(_ words: String) throws(SpeechError) -> [Float] {
            let (audio, _) = try SynthesisCache.shared.audio(words, synthesizer: synthesizer, rate: rate, sampleRate: sampleRate, measure: false)
            return Silence.trimmed(audio.samples)
        }
        var parts: [[Float]] = []
        var gaps: [Int] = []
        if let hesitation, !hesitation.isEmpty {
            parts.append(try say(hesitation))
            gaps.append(Int(hesitationGap * Double(sampleRate)))
        }
        if let pause, let after = pause.afterWord, after < text.split(separator: " ").count {
            let words = text.split(separator: " ")
            let head = words.prefix(after).joined(separator: " "), tail = words.dropFirst(after).joined(separator: " ")
            parts.append(try say(head))
            if !tail.isEmpty {
                gaps.append(pause.ms * sampleRate / 1000)
                parts.append(try say(tail))
            }
        } else {
            var whole = try say(text)
            if let pause, let at = pause.atMs {
                let cut = min(whole.count, at * sampleRate / 1000)
                parts.append(Array(whole[..<cut]))
                gaps.append(pause.ms * sampleRate / 1000)
                whole = Array(whole[cut...])
            }
            parts.append(whole)
        }
        let spoken = [hesitation, text].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        return assemble(parts.filter { !$0.isEmpty }, gaps: gaps, text: spoken)
    }

    /// A recorded turn, mono at `sampleRate`, trimmed.
    static func recording(_ path: String, transcript: String?, sampleRate: Int) throws(AudioFileError) -> CallerAudio {
        let audio = try AudioFile.read(path, mono: true, sampleRate: sampleRate)
        let samples = Silence.trimmed(audio.samples)
        return CallerAudio(samples: samples, segments: samples.isEmpty ? [] : [0..<samples.count], text: transcript ?? "")
    }

    private static func assemble(_ parts: [[Float]], gaps: [Int], text: String) -> CallerAudio {
        var samples: [Float] = []
        var segments: [Range<Int>] = []
        for (i, part) in parts.enumerated() {
            if i > 0 { samples.append(contentsOf: [Float](repeating: 0, count: gaps[min(i - 1, gaps.count - 1)])) }
            segments.append(samples.count..<(samples.count + part.count))
            samples.append(contentsOf: part)
        }
        return CallerAudio(samples: samples, segments: segments, text: text)
    }
}
