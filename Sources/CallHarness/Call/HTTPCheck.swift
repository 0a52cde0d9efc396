import AgentTools
import CallProviders
import CallScenario
import Foundation

/// A scenario's `expect.http` checks, run once its call has ended: each GETs its URL
/// (`${NAME}` in the URL and headers read from the environment), waits at most the check's
/// timeout, and needs a 2xx answer whose JSON holds the expected JSON as a subset. A check
/// that does not hold gives one line naming the URL as written (references unresolved) and
/// the path that differed; values from the environment are masked in anything it says.
struct HTTPCheck {
    let checks: [ExpectedHTTP]
    var environment = ProcessInfo.processInfo.environment
    var client = HTTPClient()

    /// One message per check that does not hold, in order.
    func failures() -> [String] { checks.compactMap(failure) }

    func failure(_ check: ExpectedHTTP) -> String? {
        let label = "expect.http GET \(check.url)"
        var secrets: [String] = [], missing: String?
        func resolved(_ template: String) -> String {
            let result = HTTPTool.resolve(template, environment: environment)
            secrets += result.secrets.filter { !$0.isEmpty }
            missing = missing ?? result.missing
            return result.text
        }
        let url = resolved(check.url)
        let headers = [(name: "Accept", value: "application/json")] + check.headers.keys.sorted().map { (name: $0, value: resolved(check.headers[$0]!)) }
        if let missing { return "\(label): the environment variable \(missing) is not set" }
        let redactor = Redactor(secrets)
        let request = HTTPRequest(method: "GET", url: url, headers: headers, connectTimeoutMs: check.timeoutMs, timeoutMs: check.timeoutMs)
        let response: HTTPResponse
        do {
            response = try client.send(request)
        } catch {
            return redactor.text("\(label): no answer: \(error.cause)")
        }
        let text = String(decoding: response.body, as: UTF8.self)
        guard (200..<300).contains(response.status) else {
            return redactor.text("\(label): answered HTTP \(response.status)\(text.isEmpty ? "" : ": " + HTTPTool.excerpt(text))")
        }
        guard let json = try? JSONValue(parsing: text) else {
            return redactor.text("\(label): the answer is not JSON: \(text.isEmpty ? "(empty)" : HTTPTool.excerpt(text))")
        }
        return json.subsetMismatch(check.json).map { redactor.text("\(label): \($0)") }
    }
}
