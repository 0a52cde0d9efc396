import AgentInterface
import CallText
import CallImpairment
import SimTime

/// The caller's side of a call as the call runner drives it: a microphone it reads 20 ms
/// at a time and an ear it feeds. `CallerSimulator` speaks a scenario; a replayed
/// recording plays a real caller with its original timing.
protocol CallerEndpoint: AnyObject {
    /// Hears the 20 ms that began at `start` (nil before the line delivers anything).
    func hear(_ frame: LineFrame<AgentCaption>?, start: SimInstant)
    /// The microphone's next 20 ms, beginning at `start`.
    func nextMicFrame(start: SimInstant) -> [Float]
    /// When the caller hung up, if it did.
    var hungUpAt: SimInstant? { get }
    /// What the caller said (ground truth, caller clock).
    var spoken: [SpokenTurn] { get }
    /// Audible agent audio per reply at the ear.
    var heard: [Int: (first: SimInstant, last: SimInstant)] { get }
    /// The words of each reply that reached the ear (cut where a barge-in cleared it or
    /// the line lost it), by reply.
    var heardText: [Int: String] { get }
    /// The microphone signal and what the ear heard.
    var micRecording: [Float] { get }
    var earRecording: [Float] { get }
}

extension CallerSimulator: CallerEndpoint {}

/// What a caller needs from the call it joins.
struct CallerContext {
    /// The line's sample rate.
    let sampleRate: Int
    /// The call's seed.
    let seed: UInt64
    /// The call's trace.
    let trace: CallTrace
    /// The simulated calendar's today (for understanding the agent's read-backs), when
    /// the agent has a calendar.
    let today: CalendarDate?
    /// The ear that recognizes the agent's audio, when the caller does not read captions.
    var recognizing: RecognizingEar? = nil
}
