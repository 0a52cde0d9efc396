import NIOCore
import NIOHTTP1

/// Answers an HTTP request that was not upgraded and closes the connection, so a plain
/// request never hangs: `426 Upgrade Required` when it did not ask for the WebSocket
/// upgrade, `503 Service Unavailable` when it did (the server was at capacity).
final class UpgradeRequired: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    /// The handler's name in the pipeline.
    static let name = "media-socket-upgrade-required"

    private var askedToUpgrade = false

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let part = unwrapInboundIn(data)
        if case .head(let head) = part {
            askedToUpgrade = head.headers[canonicalForm: "upgrade"].contains { $0.lowercased() == "websocket" }
        }
        guard case .end = part else { return }
        var headers = HTTPHeaders()
        headers.add(name: "Connection", value: "close")
        if !askedToUpgrade { headers.add(name: "Upgrade", value: "websocket") }
        headers.add(name: "Content-Length", value: "0")
        let head = HTTPResponseHead(version: .http1_1, status: askedToUpgrade ? .serviceUnavailable : .upgradeRequired, headers: headers)
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in
            bound.value.close(promise: nil)
        }
    }
}
