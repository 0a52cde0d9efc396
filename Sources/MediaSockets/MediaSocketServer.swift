import MediaStreams
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL
import NIOWebSocket
import Synchronization
import WebSocketKit

/// A WebSocket server for media streams: accepts connections on a port (127.0.0.1 unless
/// told otherwise; port 0 picks a free one, `port` says which) and hands each to `accept`,
/// which returns the handler for that connection's messages and close. With a certificate
/// it serves `wss://`. A plain HTTP request without the WebSocket upgrade gets
/// `426 Upgrade Required`; with `maxConnections` open, a handshake gets `503 Service
/// Unavailable`, as an agent at capacity answers.
public final class MediaSocketServer: Sendable {
    /// Where and how to listen.
    public struct Options: Sendable {
        /// The address to bind (loopback by default).
        public var host: String
        /// The port (0: any free one).
        public var port: Int
        /// The largest message accepted.
        public var maxMessageBytes: Int
        /// The certificate chain and private key (PEM) to serve TLS with, nil for plain `ws://`.
        public var tls: (certificateChainPEM: String, privateKeyPEM: String)?
        /// The most connections open at once, nil for no limit.
        public var maxConnections: Int?

        /// Creates options.
        public init(host: String = "127.0.0.1", port: Int = 0, maxMessageBytes: Int = 1 << 24,
                    tls: (certificateChainPEM: String, privateKeyPEM: String)? = nil, maxConnections: Int? = nil) {
            self.host = host
            self.port = port
            self.maxMessageBytes = maxMessageBytes
            self.tls = tls
            self.maxConnections = maxConnections
        }
    }

    /// The address it listens on.
    public let host: String
    /// The port it listens on.
    public let port: Int
    private let listener: any Channel
    private let registry: Registry

    private init(host: String, port: Int, listener: any Channel, registry: Registry) {
        self.host = host
        self.port = port
        self.listener = listener
        self.registry = registry
    }

    /// Starts listening. `accept` runs on the connection's thread before any of its
    /// messages is read, so the handler it returns misses nothing.
    public static func start(_ options: Options,
                             accept: @escaping @Sendable (MediaSocketConnection) -> @Sendable (MediaSocketEvent) -> Void) throws(MediaSocketError) -> MediaSocketServer {
        let registry = Registry()
        let maxBytes = options.maxMessageBytes
        let address = "\(options.host):\(options.port)"
        var tlsContext: NIOSSLContext?
        if let tls = options.tls {
            do {
                let chain = try NIOSSLCertificate.fromPEMBytes(Array(tls.certificateChainPEM.utf8)).map { NIOSSLCertificateSource.certificate($0) }
                let key = try NIOSSLPrivateKey(bytes: Array(tls.privateKeyPEM.utf8), format: .pem)
                tlsContext = try NIOSSLContext(configuration: .makeServerConfiguration(certificateChain: chain, privateKey: .privateKey(key)))
            } catch {
                throw .tls("the certificate or key is not usable PEM", address)
            }
        }
        let secure = tlsContext
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(ChannelOptions.backlog, value: 256)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                let upgrader = NIOWebSocketServerUpgrader(
                    maxFrameSize: maxBytes,
                    shouldUpgrade: { channel, _ in
                        // At capacity the request stays plain HTTP, and UpgradeRequired answers 503.
                        channel.eventLoop.makeSucceededFuture(registry.claim(limit: options.maxConnections) ? HTTPHeaders() : nil)
                    },
                    upgradePipelineHandler: { channel, head in
                        let headers = Dictionary(head.headers.map { ($0.name.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
                        var config = WebSocket.Configuration()
                        config.maxAccumulatedFrameSize = maxBytes
                        return WebSocket.server(on: channel, config: config) { socket in
                            let connection = MediaSocketConnection(socket: socket, path: head.uri, headers: headers)
                            registry.add(connection)
                            socket.onClose.whenComplete { _ in registry.release() }
                            let handler = accept(connection)
                            connection.deliver { event in
                                if case .closed = event { registry.remove(connection) }
                                handler(event)
                            }
                        }
                    })
                do {
                    if let secure { try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: secure)) }
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(
                        withServerUpgrade: (upgraders: [upgrader], completionHandler: { context in
                            context.pipeline.syncOperations.removeHandler(name: UpgradeRequired.name, promise: nil)
                        })
                    )
                    try channel.pipeline.syncOperations.addHandler(UpgradeRequired(), name: UpgradeRequired.name)
                    return channel.eventLoop.makeSucceededVoidFuture()
                } catch {
                    return channel.eventLoop.makeFailedFuture(error)
                }
            }
        do {
            let listener = try bootstrap.bind(host: options.host, port: options.port).wait()
            let port = listener.localAddress?.port ?? options.port
            return MediaSocketServer(host: options.host, port: port, listener: listener, registry: registry)
        } catch {
            throw .failed("cannot listen: \(error)", address)
        }
    }

    /// Connections open now.
    public var openConnections: Int { registry.count }

    /// Stops listening and closes every open connection; waits until the listener is
    /// closed. Call it from a thread that is not one of SwiftNIO's event loops.
    public func stop() {
        for connection in registry.all { connection.close() }
        try? listener.close().wait()
    }

    /// The open connections, for `stop()`.
    private final class Registry: Sendable {
        private let open = Mutex<[ObjectIdentifier: MediaSocketConnection]>([:])
        /// Handshakes accepted whose socket has not closed yet.
        private let claimed = Mutex(0)

        /// Takes a slot for a new connection; false when `limit` are taken.
        func claim(limit: Int?) -> Bool {
            claimed.withLock { taken in
                if let limit, taken >= limit { return false }
                taken += 1
                return true
            }
        }

        /// Gives back a closed connection's slot.
        func release() { claimed.withLock { $0 = max(0, $0 - 1) } }

        var count: Int { open.withLock { $0.count } }
        var all: [MediaSocketConnection] { open.withLock { Array($0.values) } }

        func add(_ connection: MediaSocketConnection) { open.withLock { $0[ObjectIdentifier(connection)] = connection } }
        func remove(_ connection: MediaSocketConnection) { open.withLock { _ = $0.removeValue(forKey: ObjectIdentifier(connection)) } }
    }
}
