import SimTime

/// How and when a media stream ended, and what was still queued then.
public struct SessionEnding: Sendable, Equatable {
    /// Why it ended.
    public enum Cause: Sendable, Equatable {
        /// The caller hung up: the carrier sent `stop` and closed the socket.
        case callerHungUp
        /// The agent closed the socket (with its close code, if it sent one).
        case agentClosed(code: Int?)
        /// The socket failed (`message` says how; never holds a secret).
        case failed(String)
    }

    /// Why.
    public var cause: Cause
    /// When.
    public var at: SimInstant
    /// Agent audio still queued, never played (samples at the dialect's rate).
    public var droppedSamples: Int
    /// Marks still queued, never echoed.
    public var unechoedMarks: [String]

    /// Creates an ending.
    public init(cause: Cause, at: SimInstant, droppedSamples: Int, unechoedMarks: [String]) {
        self.cause = cause
        self.at = at
        self.droppedSamples = droppedSamples
        self.unechoedMarks = unechoedMarks
    }
}
