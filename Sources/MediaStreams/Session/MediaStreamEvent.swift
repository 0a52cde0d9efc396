import SimTime

/// Something that happened on a media stream, at the time it happened (arrival times
/// for the agent's messages, tick times for playout).
public struct MediaStreamEvent: Sendable, Equatable {
    /// Why a mark went back to the agent.
    public enum MarkEcho: Sendable, Equatable {
        /// Playback reached it: the audio queued before it has finished.
        case played
        /// It came when nothing was queued or playing, so it went back at once.
        case immediately
        /// A `clear` dropped the audio before it.
        case cleared
    }

    /// What happened.
    public enum Kind: Sendable, Equatable {
        /// The carrier sent `connected` and `start`.
        case opened
        /// Agent audio arrived; `queued` is the queue's depth after it, in samples.
        case mediaArrived(samples: Int, queued: Int)
        /// A mark was queued behind `queued` samples of audio.
        case markQueued(name: String, queued: Int)
        /// A mark went back to the agent.
        case markEchoed(name: String, cause: MarkEcho)
        /// A `clear` dropped `droppedSamples` of queued audio and echoed `marks`.
        case cleared(droppedSamples: Int, marks: [String])
        /// The agent's audio ran out mid-utterance (recorded when it went on).
        case underrun(Underrun)
        /// The caller pressed a key; the carrier sent `dtmf`.
        case keypad(digit: String)
        /// A message from the agent was wrong; unless the error says otherwise it was ignored.
        case protocolError(MediaStreamError)
        /// The stream ended.
        case ended(SessionEnding)
    }

    /// When.
    public var at: SimInstant
    /// What.
    public var kind: Kind

    /// Creates an event.
    public init(at: SimInstant, kind: Kind) {
        self.at = at
        self.kind = kind
    }
}
