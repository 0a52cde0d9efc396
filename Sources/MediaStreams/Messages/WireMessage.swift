/// One WebSocket message as it crosses the socket: a text frame or a binary frame.
public enum WireMessage: Sendable, Equatable {
    /// A text message (JSON, for the dialects that speak JSON).
    case text(String)
    /// A binary message (raw audio, for the dialects that send it so).
    case binary([UInt8])

    /// A short account of the message for error texts: its kind and size, never its content.
    public var summary: String {
        switch self {
        case .text(let text): "a text message of \(text.utf8.count) bytes"
        case .binary(let bytes): "a binary message of \(bytes.count) bytes"
        }
    }
}
