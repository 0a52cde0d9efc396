/// One `media` message's audio and its place in the stream.
public struct MediaChunk: Sendable, Equatable {
    /// The chunk's number, from 1.
    public var chunk: Int
    /// Milliseconds from the start of the stream to the chunk's first sample.
    public var timestampMs: Int64
    /// The audio as 16-bit linear samples at the dialect's rate.
    public var samples: [Int16]

    /// Creates a chunk.
    public init(chunk: Int, timestampMs: Int64, samples: [Int16]) {
        self.chunk = chunk
        self.timestampMs = timestampMs
        self.samples = samples
    }
}
