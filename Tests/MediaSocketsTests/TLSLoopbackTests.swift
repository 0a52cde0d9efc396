import MediaStreams
import Testing
@testable import MediaSockets

/// wss:// over loopback, with a certificate the test trusts explicitly.
@Suite("Media sockets over TLS")
struct TLSLoopbackTests {
    func server() throws -> MediaSocketServer {
        try MediaSocketServer.start(MediaSocketServer.Options(tls: (TestCertificate.certificatePEM, TestCertificate.privateKeyPEM))) { connection in
            { event in
                if case .message(.text(let text)) = event { connection.send(.text("echo " + text)) }
            }
        }
    }

    @Test("a client trusting the server's certificate talks wss://")
    func trusted() throws {
        let server = try server()
        defer { server.stop() }
        let got = Recorder<MediaSocketEvent>()
        let options = MediaSocketClient.Options(url: try MediaSocketURL("wss://127.0.0.1:\(server.port)/media"), connectTimeout: .seconds(3),
                                                trustRootsPEM: TestCertificate.certificatePEM)
        let client = try MediaSocketClient.connect(options) { got.append($0) }
        defer { client.close() }
        client.send(.text(#"{"event":"connected"}"#))
        #expect(got.wait { $0.contains(.message(.text(#"echo {"event":"connected"}"#))) })
    }

    @Test("a client that does not trust the certificate fails to connect, and says it is TLS")
    func untrusted() throws {
        let server = try server()
        defer { server.stop() }
        let options = MediaSocketClient.Options(url: try MediaSocketURL("wss://127.0.0.1:\(server.port)/media"), connectTimeout: .seconds(3))
        do {
            _ = try MediaSocketClient.connect(options) { _ in }
            Issue.record("connected to an untrusted server")
        } catch {
            #expect(!error.isTimeout)
            #expect(error.description == "wss://127.0.0.1:\(server.port)/media: TLS handshake failed: the server's certificate is not trusted")
        }
    }

    @Test("trust roots or a server certificate that are not PEM are refused up front")
    func badPEM() throws {
        #expect(throws: MediaSocketError.self) {
            try MediaSocketServer.start(MediaSocketServer.Options(tls: ("not a certificate", "not a key"))) { _ in { _ in } }
        }
        let options = MediaSocketClient.Options(url: try MediaSocketURL("wss://127.0.0.1:1/"), trustRootsPEM: "garbage")
        do {
            _ = try MediaSocketClient.connect(options) { _ in }
            Issue.record("connected with garbage trust roots")
        } catch {
            #expect(error.description == "wss://127.0.0.1:1/: TLS setup failed: the trust roots are not PEM certificates")
        }
    }
}
