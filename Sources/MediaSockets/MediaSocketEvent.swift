import MediaStreams

/// What a media socket tells its owner, on the socket's own thread: hand it to the call's
/// scheduler (an `Inbox`) rather than acting on it there.
public enum MediaSocketEvent: Sendable, Equatable {
    /// A whole message arrived.
    case message(WireMessage)
    /// The socket closed: by the peer (with its close code, if it sent one) or by us.
    case closed(code: Int?, byPeer: Bool)
}
