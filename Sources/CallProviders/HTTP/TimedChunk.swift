import Foundation

/// A piece of a response body and when it arrived.
public struct TimedChunk: Sendable, Equatable {
    /// Microseconds from the start of the request to the arrival of this piece.
    public var at: Int64
    /// The bytes.
    public var data: Data

    /// Creates a chunk.
    public init(at: Int64, data: Data) {
        self.at = at
        self.data = data
    }
}
