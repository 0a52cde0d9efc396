/// An agent that runs elsewhere, reached as a carrier reaches it: over a telephony
/// media-stream WebSocket (Twilio Media Streams, Telnyx, raw PCM16), in real time.
public struct ExternalAgentConfig: Sendable, Equatable {
    /// The carrier protocol spoken on the socket.
    public enum MediaProtocol: String, CaseIterable, Sendable {
        /// Twilio Media Streams: JSON, μ-law at 8 kHz.
        case twilio
        /// Telnyx media streaming: JSON, μ-law at 8 kHz.
        case telnyx
        /// Plivo audio streams: JSON (`playAudio`, `clearAudio`), μ-law at 8 kHz.
        case plivo
        /// Vonage WebSockets: binary 16-bit PCM at 16 kHz with JSON control events.
        case vonage
        /// Raw 16-bit little-endian PCM at 16 kHz in binary messages.
        case pcm16
    }

    /// What tells the scorer the agent handed the caller to a person.
    public enum EscalationSignal: Sendable, Equatable {
        /// The agent said one of these phrases (recognized at the caller's ear).
        case says([String])
        /// The agent closed the socket after sending the mark with this name.
        case closedAfterMark(String)
    }

    /// The protocol.
    public var mediaProtocol: MediaProtocol
    /// The `ws://` or `wss://` URL, as written: `${NAME}` references to environment
    /// variables stay unresolved until the call connects.
    public var url: String
    /// Parameters sent in `start` (Twilio's `<Parameter>`s of the `<Stream>`).
    public var customParameters: [String: String]
    /// Extra handshake headers, as written: values may hold `${NAME}` references, read
    /// from the environment when the call connects and never written anywhere.
    public var headers: [String: String]
    /// How long the connection and WebSocket handshake may take.
    public var connectTimeoutMs: Int
    /// The longest a call may last; nil: the scenario's own limit.
    public var callTimeoutMs: Int?
    /// How an escalation shows, nil when the agent never escalates observably.
    public var escalation: EscalationSignal?
    /// The agent's today (YYYY-MM-DD), for the caller to understand read-backs of dates.
    public var today: String?

    /// Creates a configuration.
    public init(mediaProtocol: MediaProtocol = .twilio, url: String, customParameters: [String: String] = [:], headers: [String: String] = [:],
                connectTimeoutMs: Int = 5000, callTimeoutMs: Int? = nil, escalation: EscalationSignal? = nil, today: String? = nil) {
        self.mediaProtocol = mediaProtocol
        self.url = url
        self.customParameters = customParameters
        self.headers = headers
        self.connectTimeoutMs = connectTimeoutMs
        self.callTimeoutMs = callTimeoutMs
        self.escalation = escalation
        self.today = today
    }
}
