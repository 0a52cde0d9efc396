/// The dialects callharness speaks, by name.
public enum MediaStreamDialects {
    /// Every dialect's name, for error messages.
    public static let names = ["twilio", "telnyx", "plivo", "vonage", "pcm16"]

    /// The dialect called `name`, nil if there is none.
    public static func named(_ name: String) -> (any MediaStreamDialect)? {
        switch name {
        case "twilio": TwilioDialect()
        case "telnyx": TelnyxDialect()
        case "plivo": PlivoDialect()
        case "vonage": VonageDialect()
        case "pcm16": RawPCM16Dialect()
        default: nil
        }
    }
}
