/// The carrier's buffer of agent audio waiting to play, with the marks placed in it.
/// Positions count samples from the start of the stream: every sample ever queued has one,
/// and playing or dropping a sample moves `consumed` past it.
struct PlayoutQueue: Sendable {
    private var samples: [Float] = []
    private var head = 0
    private var marks: [(position: Int, name: String)] = []
    /// Samples queued so far, played or not.
    private(set) var enqueued = 0
    /// Samples played or dropped so far.
    private(set) var consumed = 0

    /// Samples waiting to play.
    var pendingSamples: Int { samples.count - head }
    /// Names of the marks not yet echoed, in order.
    var pendingMarks: [String] { marks.map(\.name) }

    /// Queues `audio` behind what is queued.
    mutating func append(_ audio: [Float]) {
        samples.append(contentsOf: audio)
        enqueued += audio.count
    }

    /// Places a mark behind the audio queued so far.
    mutating func mark(_ name: String) {
        marks.append((enqueued, name))
    }

    /// Whether a mark sits right where playback has got to.
    var markAtPlayhead: Bool { marks.contains { $0.position == consumed } }

    /// Up to `count` samples from the front of the queue.
    mutating func take(_ count: Int) -> [Float] {
        let taken = min(count, pendingSamples)
        let front = Array(samples[head..<head + taken])
        head += taken
        consumed += taken
        if head >= 4096 && head * 2 >= samples.count {
            samples.removeFirst(head)
            head = 0
        }
        return front
    }

    /// Removes and returns the marks whose audio has all been consumed, with their positions.
    mutating func reachedMarks() -> [(position: Int, name: String)] {
        let reached = Array(marks.prefix { $0.position <= consumed })
        marks.removeFirst(reached.count)
        return reached
    }

    /// Drops every queued sample and mark; returns how many samples and which marks.
    mutating func clear() -> (dropped: Int, marks: [String]) {
        let dropped = pendingSamples
        let names = pendingMarks
        consumed += dropped
        samples.removeAll(keepingCapacity: true)
        head = 0
        marks.removeAll()
        return (dropped, names)
    }
}
