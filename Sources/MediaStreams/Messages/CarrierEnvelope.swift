/// A carrier message with what travels around it: its sequence number and stream.
public struct CarrierEnvelope: Sendable, Equatable {
    /// The message's place among the carrier's messages (from 1; nil for `connected`).
    public var sequenceNumber: Int?
    /// The stream it belongs to (nil for `connected`).
    public var streamID: String?
    /// The message.
    public var message: CarrierMessage

    /// Creates an envelope.
    public init(sequenceNumber: Int?, streamID: String?, message: CarrierMessage) {
        self.sequenceNumber = sequenceNumber
        self.streamID = streamID
        self.message = message
    }
}
