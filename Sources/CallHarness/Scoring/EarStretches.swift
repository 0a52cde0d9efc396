import CallAudio
import SimTime

/// The stretches of agent audio audible at the caller's ear, read from the recording of
/// what it heard: how a call to an agent observed from outside is timed. A stretch ends
/// where the ear hears silence for at least `gap`.
struct EarStretches {
    /// First and last audible sample of each stretch, in order.
    let stretches: [(start: SimInstant, end: SimInstant)]

    /// The stretches in `ear` (samples at `rate` from time zero), split at silences of `gap` or more.
    init(_ ear: [Float], rate: Int, gap: SimDuration) {
        var out: [(start: SimInstant, end: SimInstant)] = []
        let frame = rate / 50
        var index = 0
        while index < ear.count {
            let slice = ear[index..<min(ear.count, index + frame)]
            if let first = slice.firstIndex(where: { abs($0) > Silence.threshold }),
               let last = slice.lastIndex(where: { abs($0) > Silence.threshold }) {
                let start = SimInstant.zero + .samples(first, rate: rate), end = SimInstant.zero + .samples(last + 1, rate: rate)
                if let previous = out.last, start - previous.end < gap {
                    out[out.count - 1].end = end
                } else {
                    out.append((start, end))
                }
            }
            index += frame
        }
        stretches = out
    }

    /// The stretch audible at `time`, if any.
    func stretch(at time: SimInstant) -> (start: SimInstant, end: SimInstant)? {
        stretches.first { $0.start <= time && time <= $0.end }
    }

    /// The first stretch that starts at or after `time`.
    func first(after time: SimInstant) -> (start: SimInstant, end: SimInstant)? {
        stretches.first { $0.start >= time }
    }
}
