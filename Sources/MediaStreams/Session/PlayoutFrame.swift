/// The 20 ms the caller hears from one playout tick, and what to send because of it.
public struct PlayoutFrame: Sendable, Equatable {
    /// The samples at the dialect's rate: the agent's queued audio, then silence if the
    /// queue ran out.
    public var samples: [Float]
    /// How many of `samples`, from the first, are the agent's audio.
    public var agentSamples: Int
    /// Mark echoes whose audio finished playing before this frame.
    public var actions: [CarrierAction]

    /// Creates a frame.
    public init(samples: [Float], agentSamples: Int, actions: [CarrierAction]) {
        self.samples = samples
        self.agentSamples = agentSamples
        self.actions = actions
    }
}
