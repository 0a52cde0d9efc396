import ReportModel
import CallAudio
import CallSpeech
import CallText
import Foundation
import SimTime

/// Compares the new agent's behaviour in a replayed call with the original agent's in the
/// recording, turn by turn.
///
/// Both agents' speech is found the same way (`SpeechStretches` on the original agent's
/// channel and on what the replayed caller heard). Speech belongs to the caller turn it
/// follows: turn i's window runs from the end of turn i to the end of turn i + 1, so a
/// reply that starts while the caller is already speaking again still counts as the
/// answer to turn i (window 0 is the opening, before the caller's first word). Then:
/// - `differentTurn`: one agent spoke in a window where the other did not;
/// - `differentWords`: both spoke, but the Dice overlap of their words is below
///   `wordOverlapThreshold`. Both sides are recognized by the same pocketsphinx model
///   from the audio (the original from the recording, the new one from what the replayed
///   caller heard), so recognition errors fall alike on both and the same reply compares
///   as the same;
/// - `talksOverCaller`: the new agent spoke over the caller's speech at least
///   `talkOverMarginMs` longer than the original did in that window.
/// TTFA changes of `timingNoteMs` or more are noted, but are no divergence by themselves.
struct ReplayComparison {
    /// The same audio recognizes to the same words (overlap 1); different replies of the
    /// receptionist overlap up to about 0.45 (the most: the greeting against the goodbye,
    /// which share "thank you for calling City General Hospital"). 0.5 lies between.
    static let wordOverlapThreshold = 0.5
    static let talkOverMarginMs = 300.0
    static let timingNoteMs = 500.0

    /// A caller turn: speech span and its raw stretches, in samples.
    struct Turn {
        var span: Range<Int>
        var parts: [Range<Int>]
        var text: String?
    }

    /// Agent speech in one window.
    struct Speech {
        var stretches: [Range<Int>]
        /// What is shown: the reply text (new agent) or the recognized words (original).
        var text: String
        /// The words pocketsphinx recognized in the audio, compared across the two agents.
        var recognized: String
    }

    let turns: [Turn]
    let sampleRate: Int

    /// The window of every turn (index 0 the opening), as sample ranges.
    var windows: [Range<Int>] {
        let ends = [0] + turns.map(\.span.upperBound)
        return ends.indices.map { i in ends[i]..<(i + 1 < ends.count ? ends[i + 1] : Int.max) }
    }

    /// Groups `stretches` (agent speech) by the window their start falls in.
    func group(_ stretches: [Range<Int>]) -> [[Range<Int>]] {
        windows.map { window in stretches.filter { window.contains($0.lowerBound) } }
    }

    /// Recognizes each window's stretches of one agent's channel. With `telephoneBand`
    /// (one of the two agents was heard over an 8 kHz line), the audio is cut to that band
    /// and recognized with the telephone starting mean, so both agents are heard alike.
    static func transcribe(_ samples: [Float], sampleRate: Int, groups: [[Range<Int>]], telephoneBand: Bool = false) throws -> [String] {
        guard groups.contains(where: { !$0.isEmpty }) else { return groups.map { _ in "" } }
        let recognizer = try PocketSphinxRecognizer(configuration: telephoneBand ? .genericEnglish.forTelephone : .genericEnglish)
        recognizer.reset()
        let chunk = recognizer.sampleRate / 50
        return groups.map { group in
            group.map { stretch -> String in
                var audio = AudioBuffer(samples: Array(samples[stretch]), sampleRate: sampleRate)
                if telephoneBand && sampleRate > 8000 { audio = Resampler.resample(audio, to: 8000) }
                if audio.sampleRate != recognizer.sampleRate { audio = Resampler.resample(audio, to: recognizer.sampleRate) }
                recognizer.begin()
                var start = 0
                while start < audio.samples.count {
                    _ = recognizer.accept(Array(audio.samples[start..<min(audio.samples.count, start + chunk)]))
                    start += chunk
                }
                return recognizer.end()
            }.filter { !$0.isEmpty }.joined(separator: " ")
        }
    }

    /// Dice coefficient of the two texts' normalized word multisets (nil when both are empty).
    static func wordOverlap(_ a: String, _ b: String) -> Double? {
        let x = TextNormalizer.words(a), y = TextNormalizer.words(b)
        guard !(x.isEmpty && y.isEmpty) else { return nil }
        var counts: [String: Int] = [:]
        for word in x { counts[word, default: 0] += 1 }
        var shared = 0
        for word in y where (counts[word] ?? 0) > 0 {
            counts[word]! -= 1
            shared += 1
        }
        return (Double(2 * shared) / Double(x.count + y.count) * 1000).rounded() / 1000
    }

    private func ms(_ samples: Int) -> Double { (Double(samples) * 1000 / Double(sampleRate)).rounded() }

    /// How long `stretches` overlap the caller's speech, ms.
    private func overCaller(_ stretches: [Range<Int>]) -> Double {
        var total = 0
        for stretch in stretches {
            for part in turns.flatMap(\.parts) where part.overlaps(stretch) {
                total += min(part.upperBound, stretch.upperBound) - max(part.lowerBound, stretch.lowerBound)
            }
        }
        return ms(total)
    }

    private func reply(_ speech: Speech?, window index: Int) -> ReplayReply? {
        guard let speech, let first = speech.stretches.first, let last = speech.stretches.last else { return nil }
        let after = index == 0 ? 0 : turns[index - 1].span.upperBound
        return ReplayReply(startMs: ms(first.lowerBound), endMs: ms(last.upperBound), ttfaMs: ms(first.lowerBound - after),
                           text: speech.text, overCallerMs: overCaller(speech.stretches))
    }

    /// The per-turn table, the divergences and the timing notes. `original` is nil for a
    /// mono recording.
    func compare(original: [Speech]?, new: [Speech]) -> (turns: [ReplayTurn], divergences: [ReplayDivergence], notes: [String]) {
        var rows: [ReplayTurn] = []
        var divergences: [ReplayDivergence] = []
        var notes: [String] = []
        for index in windows.indices {
            let turn = index == 0 ? nil : turns[index - 1]
            let before = original.map { $0[index] }.flatMap { $0.stretches.isEmpty ? nil : $0 }
            let after = new[index].stretches.isEmpty ? nil : new[index]
            var row = ReplayTurn(index: index, startMs: turn.map { ms($0.span.lowerBound) } ?? 0, endMs: turn.map { ms($0.span.upperBound) } ?? 0,
                                 text: turn?.text, original: reply(before, window: index), new: reply(after, window: index))
            let place = index == 0 ? "in the opening" : "after caller turn \(index)"
            if original != nil {
                switch (row.original, row.new) {
                case (let old?, nil):
                    divergences.append(ReplayDivergence(kind: "differentTurn", turn: index,
                        message: "\(place) the original agent replied (\(Self.quote(old.text))) but the new agent did not"))
                case (nil, let now?):
                    divergences.append(ReplayDivergence(kind: "differentTurn", turn: index,
                        message: "\(place) the new agent replied (\(Self.quote(now.text))) where the original agent said nothing"))
                case (let old?, let now?):
                    row.ttfaChangeMs = now.ttfaMs - old.ttfaMs
                    row.wordOverlap = Self.wordOverlap(before!.recognized, after!.recognized)
                    if let overlap = row.wordOverlap, overlap < Self.wordOverlapThreshold {
                        divergences.append(ReplayDivergence(kind: "differentWords", turn: index,
                            message: "\(place) the new agent said \(Self.quote(now.text)); the original said \(Self.quote(old.text)) (word overlap \(overlap))"))
                    }
                    if abs(now.ttfaMs - old.ttfaMs) >= Self.timingNoteMs {
                        notes.append("\(place): TTFA \(Int(old.ttfaMs)) ms originally, \(Int(now.ttfaMs)) ms now (\(now.ttfaMs > old.ttfaMs ? "+" : "")\(Int(now.ttfaMs - old.ttfaMs)) ms)")
                    }
                case (nil, nil):
                    break
                }
                let overNow = row.new?.overCallerMs ?? 0, overBefore = row.original?.overCallerMs ?? 0
                if overNow - overBefore >= Self.talkOverMarginMs {
                    divergences.append(ReplayDivergence(kind: "talksOverCaller", turn: index,
                        message: "\(place) the new agent talked over the caller for \(Int(overNow)) ms (the original for \(Int(overBefore)) ms)"))
                }
            }
            rows.append(row)
        }
        return (rows, divergences, notes)
    }

    static func quote(_ text: String) -> String {
        text.isEmpty ? "nothing recognizable" : "\"" + (text.count <= 80 ? text : String(text.prefix(77)) + "...") + "\""
    }
}
