/// The receiving side's jitter buffer.
public struct JitterBufferConfig: Sendable, Equatable {
    /// Whether the buffer depth stays put or follows the measured jitter.
    public enum Mode: String, CaseIterable, Sendable {
        /// Constant depth.
        case fixed
        /// Grows with jitter up to `maxDepthMs`, shrinks when the line calms.
        case adaptive
    }

    /// Fixed or adaptive.
    public var mode: Mode
    /// Playout delay the buffer holds, in milliseconds.
    public var depthMs: Int
    /// The deepest an adaptive buffer may grow, in milliseconds (≥ `depthMs`).
    public var maxDepthMs: Int

    /// Creates a jitter buffer configuration.
    public init(mode: Mode = .fixed, depthMs: Int = 60, maxDepthMs: Int = 200) {
        self.mode = mode
        self.depthMs = depthMs
        self.maxDepthMs = maxDepthMs
    }
}
