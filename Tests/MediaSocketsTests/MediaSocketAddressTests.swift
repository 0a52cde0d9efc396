import Testing
@testable import MediaSockets

/// Addresses and headers: what is accepted, and what is never shown.
@Suite("Media socket addresses and headers")
struct MediaSocketAddressTests {
    @Test("ws and wss URLs are accepted with their default ports", arguments: [
        ("ws://127.0.0.1/media", false, 80, "ws://127.0.0.1:80/media"),
        ("wss://agent.example.test/twilio", true, 443, "wss://agent.example.test:443/twilio"),
        ("wss://user:pw@agent.example.test:8443/a/b?token=x#f", true, 8443, "wss://agent.example.test:8443/a/b"),
        ("ws://[::1]:9000", false, 9000, "ws://[::1]:9000/"),
    ])
    func accepted(text: String, secure: Bool, port: Int, shown: String) throws {
        let url = try MediaSocketURL(text)
        #expect(url.secure == secure)
        #expect(url.port == port)
        #expect(url.description == shown)
    }

    @Test("other URLs are refused without showing their query or credentials", arguments: [
        ("http://agent.example.test/media?token=x", "http://agent.example.test/media: scheme http is not ws or wss"),
        ("wss://user:pw@/path?token=x", "wss:///path: not a WebSocket URL"),
        ("not a url", "not a url: not a WebSocket URL"),
    ])
    func refused(text: String, message: String) {
        #expect(throws: MediaSocketError.self) { try MediaSocketURL(text) }
        do { _ = try MediaSocketURL(text) } catch { #expect(error.description == message) }
    }

    @Test("header references are filled from the environment and their values listed as secrets")
    func headers() throws {
        let headers = try MediaSocketHeaders(resolving: ["Authorization": "Bearer ${TOKEN}", "X-Pair": "${A}-${B}", "X-Plain": "as is"],
                                             environment: ["TOKEN": "abcdef", "A": "left", "B": "right"])
        #expect(headers.values == ["Authorization": "Bearer abcdef", "X-Pair": "left-right", "X-Plain": "as is"])
        #expect(Set(headers.secrets) == ["abcdef", "left", "right"])
    }

    @Test("an unset variable is an error naming the header and the variable, never a value")
    func unsetVariable() {
        do {
            _ = try MediaSocketHeaders(resolving: ["Authorization": "Bearer ${STAGING_TOKEN}"], environment: ["OTHER": "zzz-secret"])
            Issue.record("resolved an unset variable")
        } catch {
            #expect(error.description == "header Authorization needs the environment variable STAGING_TOKEN, which is not set")
        }
    }

    @Test("a URL can take its token from the environment too, and the token is listed as a secret")
    func urlTemplate() throws {
        let (text, secrets) = try EnvironmentTemplate.resolve("wss://agent.example.test/ws/${AGENT_KEY}?v=1", field: "url",
                                                              environment: ["AGENT_KEY": "k-998877"])
        #expect(text == "wss://agent.example.test/ws/k-998877?v=1")
        #expect(secrets == ["k-998877"])
        #expect(try EnvironmentTemplate.resolve("no references ${", field: "url", environment: [:]).text == "no references ${")
        #expect(throws: MediaSocketError.self) { try EnvironmentTemplate.resolve("${UNSET}", field: "url", environment: [:]) }
        do { _ = try EnvironmentTemplate.resolve("${UNSET}", field: "url", environment: [:]) } catch {
            #expect(error.description == "url needs the environment variable UNSET, which is not set")
        }
    }
}
