/// 20 ms of audio the agent sends towards the caller, tagged with the reply it belongs to.
public struct AgentFrame: Sendable {
    /// Samples at the line rate.
    public var samples: [Float]
    /// The reply this audio is part of, nil for silence.
    public var replyID: Int?

    /// Creates a frame.
    public init(samples: [Float], replyID: Int?) {
        self.samples = samples
        self.replyID = replyID
    }
}
