/// 20 ms of audio the agent sends towards the caller, with the caption of what it says.
public struct AgentFrame: Sendable {
    /// Samples at the line rate.
    public var samples: [Float]
    /// What this audio says, nil for silence (and for audio whose agent publishes none).
    public var caption: AgentCaption?

    /// Creates a frame.
    public init(samples: [Float], caption: AgentCaption?) {
        self.samples = samples
        self.caption = caption
    }
}
