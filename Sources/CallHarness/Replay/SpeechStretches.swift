import SimTime
import VoicePipeline

/// The reference segmentation of a clean recording into stretches of speech: the
/// pipeline's energy detector with settings for studio-clean audio (a fixed −45 dBov
/// floor, 9 dB over the tracked noise, 60 ms to start, 200 ms hangover), then gaps
/// shorter than `mergeGapMs` closed and stretches shorter than `minSpeechMs` dropped.
/// Replay uses it for the caller's turns and for both agents' replies alike.
enum SpeechStretches {
    /// Gaps shorter than this join two stretches into one (a breath, a comma).
    static let mergeGapMs = 700
    /// Stretches shorter than this are clicks, not speech.
    static let minSpeechMs = 200

    static let parameters = VADConfig(thresholdDb: 9, minLevelDb: -45, startMs: 60, hangoverMs: 200, minSpeechMs: minSpeechMs, preRollMs: 0)

    /// The raw detector stretches of `samples`, as sample ranges, before merging.
    static func detect(_ samples: [Float], sampleRate: Int) -> [Range<Int>] {
        var detector = VoiceActivityDetector(parameters: parameters, sampleRate: sampleRate)
        var stretches: [Range<Int>] = []
        var open: Int?
        func index(_ instant: SimInstant) -> Int { Int(instant.microseconds * Int64(sampleRate) / 1_000_000) }
        let chunk = sampleRate / 50
        var start = 0
        while start < samples.count {
            let stop = min(samples.count, start + chunk)
            for event in detector.process(Array(samples[start..<stop]), at: .zero + .samples(start, rate: sampleRate)) {
                switch event {
                case .speechStarted(let at): open = index(at)
                case .speechEnded(let at):
                    if let begin = open { stretches.append(begin..<max(begin, min(samples.count, index(at)))) }
                    open = nil
                }
            }
            start = stop
        }
        if let begin = open, begin < samples.count { stretches.append(begin..<samples.count) }
        return stretches
    }

    /// The merged stretches of `samples`, each with the raw stretches it is made of.
    static func find(_ samples: [Float], sampleRate: Int, mergeGapMs: Int = mergeGapMs) -> [(span: Range<Int>, parts: [Range<Int>])] {
        let gap = mergeGapMs * sampleRate / 1000
        let minimum = minSpeechMs * sampleRate / 1000
        var merged: [(span: Range<Int>, parts: [Range<Int>])] = []
        for stretch in detect(samples, sampleRate: sampleRate) {
            if let last = merged.last, stretch.lowerBound - last.span.upperBound < gap {
                merged[merged.count - 1] = (last.span.lowerBound..<stretch.upperBound, last.parts + [stretch])
            } else {
                merged.append((stretch, [stretch]))
            }
        }
        return merged.filter { $0.span.count >= minimum }
    }
}
