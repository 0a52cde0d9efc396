import AgentTools
import Testing
@testable import CallScenario

/// `expect.http` as scenario files write it: read and checked when the file loads, never
/// fetched there.
@Suite("expect.http in YAML")
struct HTTPExpectationFileTests {
    static func scenario(_ http: String) -> [String: String] { ["scenarios/book.yaml": "id: book\nturns: []\nexpect:\n  http:\n" + http] }

    @Test("one check or a list; headers keep their ${NAME} references; the timeout defaults to 5 s")
    func decodes() throws {
        let one = CallFolder(replacing: Self.scenario("    get: http://127.0.0.1:8080/appointments/7\n    json: { status: booked, id: 7, slots: [{ time: \"9:00 AM\" }], paid: false }\n"))
        let single = try ScenarioLoader.loadScenario(one.path("scenarios/book.yaml")).expect.http
        #expect(single == [ExpectedHTTP(url: "http://127.0.0.1:8080/appointments/7",
                                        json: ["status": "booked", "id": 7, "slots": [["time": "9:00 AM"]], "paid": false], line: 5)])
        let list = CallFolder(replacing: Self.scenario("""
                - get: "https://backend.example.test/calls/latest?key=${BACKEND_KEY}"
                  headers: { Authorization: "Bearer ${BACKEND_TOKEN}", X-Team: voice }
                  json: { done: true }
                  timeoutMs: 800
                - { get: "http://localhost/health", json: { ok: true } }

            """))
        let checks = try ScenarioLoader.loadScenario(list.path("scenarios/book.yaml")).expect.http
        #expect(checks.map(\.url) == ["https://backend.example.test/calls/latest?key=${BACKEND_KEY}", "http://localhost/health"])
        #expect(checks[0].headers == ["Authorization": "Bearer ${BACKEND_TOKEN}", "X-Team": "voice"])
        #expect(checks.map(\.timeoutMs) == [800, ExpectedHTTP.defaultTimeoutMs])
        #expect(checks.map(\.line) == [5, 9])
    }

    static let cases: [LoadErrorCase] = [
        .init("a check without get", scenario("    json: { status: booked }\n"), key: "expect.http.get", at: "json:", "is required"),
        .init("a check without json", scenario("    get: http://127.0.0.1/a\n"), key: "expect.http.json", at: "get:", "is required"),
        .init("json that is a list", scenario("    get: http://127.0.0.1/a\n    json: [booked]\n"), key: "expect.http.json", at: "json:", "expected a mapping"),
        .init("json that is text", scenario("    get: http://127.0.0.1/a\n    json: booked\n"), key: "expect.http.json", at: "json:", "expected a mapping"),
        .init("a URL of another scheme", scenario("    get: ftp://127.0.0.1/a\n    json: {}\n"), key: "expect.http.get", at: "get:", "is not an http:// or https:// URL"),
        .init("a URL without a scheme", scenario("    get: 127.0.0.1/a\n    json: {}\n"), key: "expect.http.get", at: "get:", "is not an http:// or https:// URL"),
        .init("a URL without a host", scenario("    get: http:///a\n    json: {}\n"), key: "expect.http.get", at: "get:", "names no host"),
        .init("a broken reference in the URL", scenario("    get: http://h/a?k=${KEY\n    json: {}\n"), key: "expect.http.get", at: "get:", "without its closing }"),
        .init("a header that names no variable", scenario("    get: http://h/a\n    json: {}\n    headers: { Authorization: \"Bearer ${not a name}\" }\n"),
              key: "expect.http.headers.Authorization", at: "headers:", "must name an environment variable"),
        .init("a header name with a space", scenario("    get: http://h/a\n    json: {}\n    headers: { \"Auth orization\": x }\n"),
              key: "expect.http.headers.Auth orization", at: "headers:", "is not a header name"),
        .init("a timeout out of range", scenario("    get: http://h/a\n    json: {}\n    timeoutMs: 10\n"), key: "expect.http.timeoutMs", at: "timeoutMs", "out of range"),
        .init("an unknown key", scenario("    get: http://h/a\n    json: {}\n    post: {}\n"), key: "expect.http.post", at: "post:", "unknown key"),
        .init("the second check of a list", scenario("    - { get: http://h/a, json: {} }\n    - { get: http://h/b, json: 3 }\n"),
              key: "expect.http[1].json", at: "json: 3", "expected a mapping"),
        .init("http that is text", scenario("    http://h/a\n"), key: "expect.http", at: "http://h/a", "expected a mapping"),
    ]

    @Test("each bad check gives its file:line: key prefix", arguments: cases)
    func located(_ c: LoadErrorCase) throws {
        try LoadErrorTests().located(c)
    }

    @Test("validate reports a bad check with its line, without fetching anything")
    func validate() throws {
        let call = CallFolder(replacing: Self.scenario("    get: http://127.0.0.1:9/a\n    json: [1]\n"))
        let errors = ScenarioValidator.validate([call.path("scenarios")], defaultAgent: call.path("agents/receptionist.yaml"))
        #expect(errors.map(\.key) == ["expect.http.json"])
        #expect(errors.first?.line == 6)
    }
}
