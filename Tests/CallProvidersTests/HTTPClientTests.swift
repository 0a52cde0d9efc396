import Foundation
import Testing
@testable import CallProviders

@Suite("HTTP client over loopback")
struct HTTPClientTests {
    @Test("a chunked response arrives piece by piece through the callback, in order, with status and headers")
    func chunks() throws {
        let pieces = (0..<6).map { Data("piece \($0);".utf8) }
        let server = try LoopbackServer { _, _ in
            LoopbackServer.Response(status: 201, headers: [("X-Answer", "42"), ("Content-Type", "text/plain")],
                                    parts: pieces.map { (20, $0) }, chunked: true)
        }
        var seen: [TimedChunk] = []
        let response = try HTTPClient().send(HTTPRequest(url: server.baseURL + "/echo", headers: [("Content-Type", "application/json")],
                                                         body: Data("{\"a\":1}".utf8))) { seen.append($0) }
        #expect(response.status == 201)
        #expect(response.headers["x-answer"] == "42")
        #expect(response.chunks == seen)
        #expect(String(decoding: response.body, as: UTF8.self) == pieces.map { String(decoding: $0, as: UTF8.self) }.joined())
        // Paced pieces cannot all arrive in one read.
        #expect(seen.count > 1)
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.at <= $1.at })
        #expect(response.duration >= seen.last!.at)
        let request = try #require(server.requests.first)
        #expect(request.method == "POST")
        #expect(request.path == "/v1/echo")
        #expect(request.body == Data("{\"a\":1}".utf8))
        #expect(request.headers["expect"] == nil)
    }

    @Test("a large upload is sent whole without waiting for 100-continue")
    func largeBody() throws {
        let body = Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 * 31) })
        let server = try LoopbackServer { request, _ in .json(["bytes": .number(Double(request.body.count))]) }
        let response = try HTTPClient().send(HTTPRequest(url: server.baseURL + "/upload", body: body))
        #expect(response.status == 200)
        #expect(server.requests[0].body == body)
    }

    @Test("no complete answer within the timeout is a timeout error")
    func timeout() throws {
        let server = try LoopbackServer { _, _ in
            LoopbackServer.Response(status: 200, parts: [(0, Data("a".utf8)), (1500, Data("b".utf8))], chunked: true)
        }
        #expect {
            try HTTPClient().send(HTTPRequest(url: server.baseURL + "/slow", timeoutMs: 300))
        } throws: { error in
            (error as? HTTPError)?.isTimeout == true
        }
    }

    @Test("a closed port is a failure naming the URL")
    func refused() throws {
        let server = try LoopbackServer { _, _ in .json([:]) }
        let url = server.baseURL + "/gone"
        server.stop()
        #expect {
            try HTTPClient().send(HTTPRequest(url: url))
        } throws: { error in
            (error as? HTTPError).map { !$0.isTimeout && $0.description.hasPrefix(url) } == true
        }
    }
}
