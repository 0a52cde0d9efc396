import CallImpairment
import SimTime
import VoicePipeline

/// A recorded caller: plays its recording into the microphone 20 ms per frame with the
/// original timing, whatever the agent says (open loop), and listens to what reaches
/// its ear. Its turns are known in advance and join `spoken` as playback reaches them.
/// Once the recording is over it hangs up when the agent, having answered the last turn,
/// has been quiet for `quietToHangUp`, or `maxTail` after the end at the latest.
final class ReplayCaller: CallerEndpoint {
    let samples: [Float]
    let sampleRate: Int
    let trace: CallTrace
    private let turns: [SpokenTurn]

    private(set) var spoken: [SpokenTurn] = []
    private(set) var hungUpAt: SimInstant?
    private(set) var heard: [Int: (first: SimInstant, last: SimInstant)] = [:]
    private(set) var micRecording: [Float] = []
    private(set) var earRecording: [Float] = []
    private var position = 0
    private var lastAgentAudible: SimInstant?
    private var ended: Set<Int> = []

    static let quietToHangUp = SimDuration.milliseconds(1500)
    static let maxTail = SimDuration.seconds(10)

    init(samples: [Float], sampleRate: Int, turns: [SpokenTurn], trace: CallTrace) {
        self.samples = samples
        self.sampleRate = sampleRate
        self.turns = turns
        self.trace = trace
    }

    var frameLength: Int { sampleRate / 50 }
    var recordingEnd: SimInstant { .zero + .samples(samples.count, rate: sampleRate) }

    func hear(_ frame: LineFrame<Int>?, start: SimInstant) {
        let frameSamples = frame?.samples ?? [Float](repeating: 0, count: frameLength)
        earRecording.append(contentsOf: frameSamples)
        guard let reply = frame?.tag,
              let first = frameSamples.firstIndex(where: { abs($0) > CallerSimulator.audibleThreshold }),
              let last = frameSamples.lastIndex(where: { abs($0) > CallerSimulator.audibleThreshold }) else { return }
        let firstTime = start + .samples(first, rate: sampleRate)
        let lastTime = start + .samples(last + 1, rate: sampleRate)
        if heard[reply] == nil { trace.record(firstTime, .caller, "hears.agent", nil, ["reply": "\(reply)"]) }
        heard[reply] = (heard[reply]?.first ?? firstTime, lastTime)
        lastAgentAudible = lastTime
    }

    func nextMicFrame(start: SimInstant) -> [Float] {
        var frame = [Float](repeating: 0, count: frameLength)
        if hungUpAt == nil {
            let take = max(0, min(frameLength, samples.count - position))
            for i in 0..<take { frame[i] = samples[position + i] }
            position += frameLength
            let frameEnd = start + .samples(frameLength, rate: sampleRate)
            for (i, turn) in turns.enumerated() {
                if turn.start < frameEnd, spoken.count == i {
                    spoken.append(turn)
                    trace.record(turn.start, .caller, "speech.start", turn.text, ["kind": turn.kind.rawValue])
                }
                if turn.end <= frameEnd, i < spoken.count, !ended.contains(i) {
                    ended.insert(i)
                    trace.record(turn.end, .caller, "speech.end", turn.text)
                }
            }
            if start >= recordingEnd {
                let lastTurnEnd = turns.last?.end ?? .zero
                let answered = lastAgentAudible.map { $0 > lastTurnEnd && start - $0 >= Self.quietToHangUp } ?? false
                if answered || start - recordingEnd >= Self.maxTail {
                    hungUpAt = start
                    trace.record(start, .caller, "hang.up", nil, ["why": "recording over"])
                }
            }
        }
        micRecording.append(contentsOf: frame)
        return frame
    }
}
