import AgentTools
import CallScenario
import Foundation
import ReportModel
import Synchronization
import TestSupport
import Testing
@testable import CallHarness

/// `expect.http`: after the call, the team's backend is asked over HTTP and its JSON
/// answer must hold the expected subset. Every server here is the test's own, on
/// 127.0.0.1, answering once; every wait is bounded by the check's timeout.
@Suite("expect.http: the backend checked after the call")
struct HTTPCheckTests {
    /// A listener on a free loopback port answering one request with `body`.
    static func backend(_ body: String, status: Int = 200, received: (@Sendable (String) -> Void)? = nil) throws -> (fd: Int32, port: Int) {
        let listener = try #require(RawTCP.listen())
        RawTCP.answerOnce(listener.fd, with: RawTCP.httpResponse(status: status, body: body), received: received)
        return listener
    }

    /// The bundled opening-hours call with `http` (YAML, indented under it) added to its expectations.
    static func scenario(id: String, http: String) -> String {
        """
        id: \(id)
        agent: \(Bundled.agent)
        caller: { voice: flite/kal16 }
        turns:
          - say: "What are your opening hours?"
          - say: "Okay, that's all. Bye."
        expect:
          completed: true
          says: ["monday to friday"]
          http:
        \(http.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
        """
    }

    @Test("an in-process call whose backend answers the expected subset passes; one whose answer differs is not completed, naming the path")
    func runWithBackend() throws {
        let answer = #"{"id": 7, "status": "cancelled", "patient": {"name": "Jane Doe", "born": "1990-07-22"}, "slots": [{"time": "9:00 AM"}, {"time": "10:00 AM"}]}"#
        let good = try Self.backend(answer), bad = try Self.backend(answer)
        defer { close(good.fd); close(bad.fd) }
        let folder = TempFolder()
        folder.write("scenarios/http-holds.yaml", Self.scenario(id: "http-holds", http: """
            - get: http://127.0.0.1:\(good.port)/appointments/7
              json: { id: 7.0, status: cancelled, patient: { name: Jane Doe }, slots: [{}, { time: "10:00 AM" }] }
            """))
        folder.write("scenarios/http-differs.yaml", Self.scenario(id: "http-differs", http: """
            get: http://127.0.0.1:\(bad.port)/appointments/7
            json: { status: booked }
            """))
        let options = RunOptions(paths: [folder.path("scenarios")], outputDirectory: folder.path("out"), seed: 42)
        let report = try ScenarioRun.execute(options, version: "test").report
        let holds = try #require(report.calls.first { $0.scenario == "http-holds" })
        #expect(holds.passed && holds.completed, "\(holds.failures)")
        let differs = try #require(report.calls.first { $0.scenario == "http-differs" })
        #expect(!differs.passed && !differs.completed)
        #expect(differs.failures == ["expect.http GET http://127.0.0.1:\(bad.port)/appointments/7: $.status is \"cancelled\", expected \"booked\""])
        #expect(report.summary.completionRate == 0.5)
    }

    @Test("a backend that cannot be reached, stays silent, answers an error or no JSON fails the check with the reason, never the run",
          arguments: ["refused", "silent", "status", "text"])
    func unreachable(kind: String) throws {
        let listener = try #require(RawTCP.listen())
        defer { if kind != "refused" { close(listener.fd) } }
        switch kind {
        case "refused": close(listener.fd)
        case "status": RawTCP.answerOnce(listener.fd, with: RawTCP.httpResponse(status: 503, body: #"{"error": "down"}"#))
        case "text": RawTCP.answerOnce(listener.fd, with: RawTCP.httpResponse(body: "<html>hello</html>", contentType: "text/html"))
        default: break
        }
        let url = "http://127.0.0.1:\(listener.port)/calls/latest"
        let failures = HTTPCheck(checks: [ExpectedHTTP(url: url, json: ["done": true], timeoutMs: 500)]).failures()
        let expected = [
            "refused": "expect.http GET \(url): no answer: ",
            "silent": "expect.http GET \(url): no answer: no complete answer within 500 ms",
            "status": "expect.http GET \(url): answered HTTP 503: {\"error\": \"down\"}",
            "text": "expect.http GET \(url): the answer is not JSON: <html>hello</html>",
        ][kind]!
        #expect(failures.count == 1)
        #expect(failures.first?.hasPrefix(expected) == true, "\(failures)")
    }

    @Test("header values come from the environment, reach the backend, and are masked in what the check says")
    func secretHeader() throws {
        let seen = Received()
        let server = try Self.backend(#"{"status": "token s3cret-value seen"}"#) { request in seen.text.withLock { $0 = request } }
        defer { close(server.fd) }
        let url = "http://127.0.0.1:\(server.port)/appointments/7"
        let check = ExpectedHTTP(url: url, headers: ["Authorization": "Bearer ${BACKEND_TOKEN}"], json: ["status": "booked"])
        let failures = HTTPCheck(checks: [check], environment: ["BACKEND_TOKEN": "s3cret-value"]).failures()
        #expect(seen.text.withLock { $0 }.contains("Authorization: Bearer s3cret-value"))
        #expect(failures.count == 1)
        #expect(failures.allSatisfy { !$0.contains("s3cret-value") && $0.contains("$.status is \"token [REDACTED] seen\"") }, "\(failures)")
        let unset = HTTPCheck(checks: [check], environment: [:]).failures()
        #expect(unset == ["expect.http GET \(url): the environment variable BACKEND_TOKEN is not set"])
    }
}

/// The request a backend received.
final class Received: Sendable {
    let text = Mutex("")
}
