import AgentInterface
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
    private(set) var micRecording: [Float] = []
    private var ear: CallerEar
    private var position = 0
    private var ended: Set<Int> = []

    static let quietToHangUp = SimDuration.milliseconds(1500)
    static let maxTail = SimDuration.seconds(10)

    /// A caller playing `samples`; with `recognizing`, its ear recognizes an agent that
    /// publishes no captions (one elsewhere), which is how it knows when the agent is quiet.
    init(samples: [Float], sampleRate: Int, turns: [SpokenTurn], trace: CallTrace, recognizing: RecognizingEar? = nil) {
        self.samples = samples
        self.sampleRate = sampleRate
        self.turns = turns
        self.trace = trace
        self.ear = CallerEar(sampleRate: sampleRate, recognizing: recognizing)
    }

    var heard: [Int: (first: SimInstant, last: SimInstant)] { ear.heard }
    var earRecording: [Float] { ear.recording }
    var heardText: [Int: String] { ear.texts }
    private var lastAgentAudible: SimInstant? { ear.lastAudible }

    var frameLength: Int { sampleRate / 50 }
    var recordingEnd: SimInstant { .zero + .samples(samples.count, rate: sampleRate) }

    func hear(_ frame: LineFrame<AgentCaption>?, start: SimInstant) {
        _ = ear.hear(frame, start: start, trace: trace)
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
