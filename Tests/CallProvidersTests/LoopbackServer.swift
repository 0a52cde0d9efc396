import AgentTools
import Foundation
import Synchronization

/// A small HTTP/1.1 server on 127.0.0.1 with an ephemeral port, for tests: BSD sockets,
/// one thread accepting and one per connection. Each request is answered by the test's
/// script; responses can be chunked and paced, to behave like a streaming model server.
/// (The pacing sleeps are real network behaviour on the server side of the socket.)
final class LoopbackServer: Sendable {
    /// A request as the server read it.
    struct Request: Sendable {
        var method: String
        var path: String
        /// Headers by lower-cased name.
        var headers: [String: String]
        var body: Data
        /// The body as JSON, when it is JSON.
        var json: JSONValue? { try? JSONValue(parsing: String(decoding: body, as: UTF8.self)) }
    }

    /// A scripted response.
    struct Response: Sendable {
        var status: Int
        var headers: [(String, String)] = []
        /// Body pieces, each sent after its delay in milliseconds.
        var parts: [(delayMs: Int, data: Data)] = []
        /// Chunked transfer encoding (as streaming servers use) instead of Content-Length.
        var chunked = false
        /// Milliseconds to wait before sending anything.
        var delayMs = 0

        static func json(_ value: JSONValue, status: Int = 200, headers: [(String, String)] = []) -> Response {
            Response(status: status, headers: [("Content-Type", "application/json")] + headers, parts: [(0, Data(value.jsonString().utf8))])
        }

        static func stream(_ pieces: [Data], gapMs: Int = 2) -> Response {
            Response(status: 200, headers: [("Content-Type", "text/event-stream")], parts: pieces.map { (gapMs, $0) }, chunked: true)
        }
    }

    typealias Handler = @Sendable (Request, Int) -> Response

    let port: Int
    private let state: State

    /// What the accepting and serving threads share. They hold this, not the server,
    /// so a server that goes out of scope is deinitialized and stops its thread.
    private final class State: Sendable {
        let listener: Int32
        let handler: Handler
        let received = Mutex<[Request]>([])
        let running = Atomic<Bool>(true)

        init(listener: Int32, handler: @escaping Handler) {
            self.listener = listener
            self.handler = handler
        }
    }

    /// Starts listening; `handler` gets each request and its 0-based number.
    init(_ handler: @escaping Handler) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ServerError(what: "socket") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else { close(fd); throw ServerError(what: "bind/listen") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        port = Int(UInt16(bigEndian: address.sin_port))
        let state = State(listener: fd, handler: handler)
        self.state = state
        Thread { Self.acceptLoop(state) }.start()
    }

    deinit { stop() }

    /// The base URL of an OpenAI-style API on this server.
    var baseURL: String { "http://127.0.0.1:\(port)/v1" }

    /// Every request so far, in arrival order.
    var requests: [Request] { state.received.withLock { $0 } }

    /// Stops accepting connections; the port is closed and the accepting thread ends.
    func stop() {
        guard state.running.exchange(false, ordering: .sequentiallyConsistent) else { return }
        shutdown(state.listener, Int32(SHUT_RDWR))
        close(state.listener)
    }

    private static func acceptLoop(_ state: State) {
        while state.running.load(ordering: .sequentiallyConsistent) {
            let client = accept(state.listener, nil, nil)
            guard client >= 0 else {
                if errno == EINTR { continue }
                return
            }
            Thread { serve(client, state) }.start()
        }
    }

    private static func serve(_ client: Int32, _ state: State) {
        defer { close(client) }
        guard let request = readRequest(client) else { return }
        let number = state.received.withLock { list in
            list.append(request)
            return list.count - 1
        }
        let response = state.handler(request, number)
        if response.delayMs > 0 { usleep(useconds_t(response.delayMs * 1000)) }
        var head = "HTTP/1.1 \(response.status) \(Self.reason(response.status))\r\nConnection: close\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        let total = response.parts.reduce(0) { $0 + $1.data.count }
        head += response.chunked ? "Transfer-Encoding: chunked\r\n\r\n" : "Content-Length: \(total)\r\n\r\n"
        guard write(client, Data(head.utf8)) else { return }
        for part in response.parts {
            if part.delayMs > 0 { usleep(useconds_t(part.delayMs * 1000)) }
            let bytes = response.chunked ? Data(String(part.data.count, radix: 16).utf8) + Data("\r\n".utf8) + part.data + Data("\r\n".utf8) : part.data
            guard !part.data.isEmpty else { continue }
            guard write(client, bytes) else { return }
        }
        if response.chunked { _ = write(client, Data("0\r\n\r\n".utf8)) }
    }

    private static func readRequest(_ client: Int32) -> Request? {
        var buffer = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 65536)
        var headerEnd: Int?
        while headerEnd == nil {
            let n = recv(client, &chunk, chunk.count, 0)
            guard n > 0 else { return nil }
            buffer.append(contentsOf: chunk[0..<n])
            headerEnd = Self.find([13, 10, 13, 10], in: buffer)
        }
        let head = String(decoding: buffer[0..<headerEnd!], as: UTF8.self).components(separatedBy: "\r\n")
        let requestLine = head[0].split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let length = Int(headers["content-length"] ?? "0") ?? 0
        var body = Array(buffer[(headerEnd! + 4)...])
        while body.count < length {
            let n = recv(client, &chunk, chunk.count, 0)
            guard n > 0 else { return nil }
            body.append(contentsOf: chunk[0..<n])
        }
        return Request(method: String(requestLine[0]), path: String(requestLine[1]), headers: headers, body: Data(body.prefix(length)))
    }

    private static func write(_ client: Int32, _ data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = send(client, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        outer: for i in 0...(haystack.count - needle.count) {
            for j in 0..<needle.count where haystack[i + j] != needle[j] { continue outer }
            return i
        }
        return nil
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 503: "Service Unavailable"
        default: "Status"
        }
    }

    struct ServerError: Error {
        let what: String
    }
}
