import MediaStreams
import WebSocketKit

/// What the client and the server's connections do alike with a media-stream socket.
extension WebSocket {
    /// Sends `message` as a text or binary frame.
    func send(_ message: WireMessage) {
        switch message {
        case .text(let text): send(text)
        case .binary(let bytes): send(bytes)
        }
    }

    /// Delivers the socket's messages and its close to `handler`; the close is by the peer
    /// unless `closedLocally` was set first.
    func deliverEvents(to handler: @escaping @Sendable (MediaSocketEvent) -> Void, closedLocally: LockedFlag) {
        onText { _, text in handler(.message(.text(text))) }
        onBinary { _, buffer in handler(.message(.binary(Array(buffer.readableBytesView)))) }
        onClose.whenComplete { [self] _ in
            let code = closeCode.map { Int(UInt16(webSocketErrorCode: $0)) }
            handler(.closed(code: code, byPeer: !closedLocally.isSet))
        }
    }
}
