/// How streamed reply text is cut into sentences for synthesis.
public struct SentenceBufferConfig: Sendable, Equatable {
    /// Shortest sentence sent to the synthesizer on its own, in characters.
    public var minLength: Int

    /// Creates a sentence-buffer configuration.
    public init(minLength: Int = 10) {
        self.minLength = minLength
    }
}
