import SimTime

/// Who a media stream belongs to and what it is for: the identifiers and parameters a
/// carrier announces in its `start` message (Twilio: accountSid, callSid, streamSid,
/// tracks, customParameters). The audio format is the dialect's own.
public struct StreamStart: Sendable, Equatable {
    /// The carrier account (Twilio `accountSid`, Telnyx `user_id`).
    public var accountID: String
    /// The call (Twilio `callSid`, Telnyx `call_control_id`).
    public var callID: String
    /// The stream (Twilio `streamSid`, Telnyx `stream_id`).
    public var streamID: String
    /// The media tracks the stream carries (Twilio: `["inbound"]`).
    public var tracks: [String]
    /// Parameters the agent's TwiML (or its equivalent) passed to the stream.
    public var customParameters: [String: String]

    /// Creates a stream's identity.
    public init(accountID: String, callID: String, streamID: String, tracks: [String] = ["inbound"],
                customParameters: [String: String] = [:]) {
        self.accountID = accountID
        self.callID = callID
        self.streamID = streamID
        self.tracks = tracks
        self.customParameters = customParameters
    }

    /// Identifiers shaped like Twilio's (`AC`, `CA`, `MZ` and 32 hex digits), fixed by
    /// `seed`: the same call seed gives the same identifiers.
    public static func derived(seed: UInt64, customParameters: [String: String] = [:]) -> StreamStart {
        var generator = SeededGenerator(seed: Seed.derive(seed, "media-stream"))
        func sid(_ prefix: String) -> String {
            let hex = (0..<2).map { _ in
                let value = String(generator.next(), radix: 16)
                return String(repeating: "0", count: 16 - value.count) + value
            }
            return prefix + hex.joined()
        }
        return StreamStart(accountID: sid("AC"), callID: sid("CA"), streamID: sid("MZ"), customParameters: customParameters)
    }
}
