import Foundation
import MediaStreams
import NIOCore
import NIOPosix
import NIOSSL
import WebSocketKit

/// A WebSocket client for one media stream: connects to a `ws://` or `wss://` URL with
/// extra handshake headers, hands every message and the close to `onEvent` (on the
/// socket's thread, in order), and sends from any thread. Nothing it logs or throws holds
/// a header's value or the URL's query.
public final class MediaSocketClient: Sendable {
    /// How to connect.
    public struct Options: Sendable {
        /// Where.
        public var url: MediaSocketURL
        /// Extra handshake headers (their values may be secrets).
        public var headers: MediaSocketHeaders
        /// How long the TCP connection, TLS and WebSocket handshake may take together.
        public var connectTimeout: Duration
        /// The largest message accepted (a 30 s μ-law payload in base64 is about 320 kB).
        public var maxMessageBytes: Int
        /// PEM certificates to trust instead of the system's, for a staging server with a
        /// private CA (nil: the system's trust roots).
        public var trustRootsPEM: String?

        /// Creates options (defaults: a 5 s connect timeout, 16 MiB messages).
        public init(url: MediaSocketURL, headers: MediaSocketHeaders = MediaSocketHeaders([:]), connectTimeout: Duration = .seconds(5),
                    maxMessageBytes: Int = 1 << 24, trustRootsPEM: String? = nil) {
            self.url = url
            self.headers = headers
            self.connectTimeout = connectTimeout
            self.maxMessageBytes = maxMessageBytes
            self.trustRootsPEM = trustRootsPEM
        }
    }

    private let socket: WebSocket
    private let closedLocally: LockedFlag
    /// The address, safe to print.
    public let address: String

    private init(socket: WebSocket, closedLocally: LockedFlag, address: String) {
        self.socket = socket
        self.closedLocally = closedLocally
        self.address = address
    }

    /// Connects, waiting until the WebSocket handshake is done or the timeout passes.
    /// `onEvent` gets every message from the first on, then one `closed`. Call it from a
    /// thread that is not one of SwiftNIO's event loops (the call's scheduler thread).
    public static func connect(_ options: Options, onEvent: @escaping @Sendable (MediaSocketEvent) -> Void) throws(MediaSocketError) -> MediaSocketClient {
        let address = options.url.description
        var configuration = WebSocketClient.Configuration(maxFrameSize: options.maxMessageBytes)
        configuration.maxAccumulatedFrameSize = options.maxMessageBytes
        if let pem = options.trustRootsPEM {
            do {
                var tls = TLSConfiguration.makeClientConfiguration()
                tls.trustRoots = .certificates(try NIOSSLCertificate.fromPEMBytes(Array(pem.utf8)))
                configuration.tlsConfiguration = tls
            } catch {
                throw .tls("the trust roots are not PEM certificates", address)
            }
        }
        var headers = HTTPHeaders()
        for name in options.headers.values.keys.sorted() { headers.add(name: name, value: options.headers.values[name] ?? "") }

        let loop = MultiThreadedEventLoopGroup.singleton.any()
        let attempt = loop.makePromise(of: WebSocket.self)
        // Once the attempt is settled (connected, failed, or timed out), a late socket is closed.
        let settled = LockedFlag()
        let closedLocally = LockedFlag()
        @Sendable func settle(_ result: Result<WebSocket, any Error>) -> Bool {
            guard settled.setFirst() else { return false }
            attempt.completeWith(result)
            return true
        }

        let timeoutNanos = options.connectTimeout.components.seconds * 1_000_000_000 + options.connectTimeout.components.attoseconds / 1_000_000_000
        let timer = loop.scheduleTask(in: .nanoseconds(timeoutNanos)) {
            _ = settle(.failure(MediaSocketError.timedOut(ms: timeoutNanos / 1_000_000, address)))
        }
        WebSocket.connect(to: options.url.url, headers: headers, configuration: configuration, on: loop) { socket in
            // This runs on the socket's event loop before any message is read, so callbacks
            // set here miss nothing.
            guard settle(.success(socket)) else {
                socket.close(code: .goingAway, promise: nil)
                return
            }
            socket.deliverEvents(to: onEvent, closedLocally: closedLocally)
        }.whenFailure { error in
            _ = settle(.failure(error))
        }

        do {
            let socket = try attempt.futureResult.wait()
            timer.cancel()
            return MediaSocketClient(socket: socket, closedLocally: closedLocally, address: address)
        } catch let error as MediaSocketError {
            throw error
        } catch let WebSocketClient.Error.invalidResponseStatus(head) {
            throw .rejected(status: Int(head.status.code), address)
        } catch {
            throw .failed(Self.describe(error), address)
        }
    }

    /// Sends `message` (from any thread; messages go out in the order sent).
    public func send(_ message: WireMessage) { socket.send(message) }

    /// Closes the socket (normal closure); `onEvent` then gets `closed(byPeer: false)`.
    public func close() {
        closedLocally.set()
        socket.close(code: .normalClosure, promise: nil)
    }

    /// Whether the socket has closed.
    public var isClosed: Bool { socket.isClosed }

    /// A one-line account of a connection failure: SwiftNIO's errors name the address
    /// and the system error, nothing from the request.
    static func describe(_ error: any Error) -> String {
        if let connection = error as? NIOConnectionError, let first = connection.connectionErrors.first {
            return "cannot connect: \(first.error)"
        }
        if let io = error as? IOError { return "cannot connect: \(io)" }
        if error is NIOSSLError {
            let text = "\(error)"
            if text.contains("CERTIFICATE_VERIFY_FAILED") { return "TLS handshake failed: the server's certificate is not trusted" }
            return "TLS failed: \(text)"
        }
        return "\(error)"
    }
}
