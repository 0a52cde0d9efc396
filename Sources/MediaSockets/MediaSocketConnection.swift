import MediaStreams
import NIOWebSocket
import WebSocketKit

/// One media-stream connection a `MediaSocketServer` accepted: the handshake's path and
/// headers, and the socket to answer on (from any thread).
public final class MediaSocketConnection: Sendable {
    /// The request target of the handshake (`/media?call=1`).
    public let path: String
    /// The handshake's headers, names lowercased (values may be secrets: never print them).
    public let headers: [String: String]
    private let socket: WebSocket
    private let closedLocally = LockedFlag()

    init(socket: WebSocket, path: String, headers: [String: String]) {
        self.socket = socket
        self.path = path
        self.headers = headers
    }

    /// Sends `message` (from any thread; messages go out in the order sent).
    public func send(_ message: WireMessage) { socket.send(message) }

    /// Closes the socket (normal closure).
    public func close() {
        closedLocally.set()
        socket.close(code: .normalClosure, promise: nil)
    }

    /// Closes the socket with another close code than a normal closure (1011, an internal
    /// error, say): what a failing agent does.
    public func close(code: Int) {
        closedLocally.set()
        socket.close(code: WebSocketErrorCode(codeNumber: code), promise: nil)
    }

    /// Whether the socket has closed.
    public var isClosed: Bool { socket.isClosed }

    /// Delivers the socket's messages and its close to `handler`, on the socket's thread.
    func deliver(to handler: @escaping @Sendable (MediaSocketEvent) -> Void) {
        socket.deliverEvents(to: handler, closedLocally: closedLocally)
    }
}
