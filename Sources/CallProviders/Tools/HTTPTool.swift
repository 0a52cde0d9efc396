import AgentTools
import Foundation

/// A tool served by the team's own tool server: each call POSTs its arguments as JSON to
/// the tool's URL, through the run's provider transport — so `--record` stores the answer
/// in the cassette and `--replay` answers it offline. A 2xx answer's JSON body is the
/// result; a 4xx is a refused request (its body's `error`, else its status, is the
/// message); a 5xx, a timeout or no answer is a failing service. Secrets from the
/// environment in the URL and headers are masked in everything the tool returns.
public struct HTTPTool: ToolImplementation {
    /// The tool's name, for messages.
    public let name: String
    let url: String
    let headers: [(name: String, value: String)]
    let timeoutMs: Int
    let secrets: [String]
    let transport: any ProviderTransport

    /// A tool posting to `url` with `headers` (already resolved; `secrets` are the values
    /// that came from the environment), answering within `timeoutMs`.
    public init(name: String, url: String, headers: [(name: String, value: String)], timeoutMs: Int, secrets: [String],
                transport: any ProviderTransport) {
        self.name = name
        self.url = url
        self.headers = headers
        self.timeoutMs = timeoutMs
        self.secrets = secrets
        self.transport = transport
    }

    public func run(_ call: ToolCall, arguments: [String: JSONValue], context: ToolContext) -> ToolResult {
        let redactor = Redactor(secrets)
        let body = JSONValue.object(arguments)
        let request = ProviderRequest(url: url, headers: [("Content-Type", "application/json"), ("Accept", "application/json")] + headers,
                                      body: Data(body.jsonString().utf8), canonicalBody: body, excerpt: "\(name) \(body.jsonString())",
                                      secrets: secrets)
        let exchange: ProviderExchange
        do {
            exchange = try transport.perform(request, retry: RetryPolicy(maxAttempts: 1, budgetMs: timeoutMs,
                                                                          connectTimeoutMs: min(timeoutMs, 3000)))
        } catch {
            let masked = error.redacted(by: redactor)
            if masked.stopsRun { context.stop.record(masked) }
            return .unavailable("\(name) could not be reached: \(masked)")
        }
        let attempt = exchange.final
        guard let status = attempt.status else {
            let why = attempt.timedOut ? "no answer within \(timeoutMs) ms" : redactor.text(attempt.failure ?? "no answer")
            return .unavailable("\(name) failed: \(why)")
        }
        let text = redactor.text(String(decoding: attempt.body, as: UTF8.self))
        let json = try? JSONValue(parsing: text)
        switch status {
        case 200..<300:
            return .success(json ?? .string(text))
        case 400..<500:
            let message = json?["error"]?.string ?? json?["error"]?["message"]?.string ?? json?["message"]?.string
            return .error(message ?? "\(name) refused the request (HTTP \(status))\(text.isEmpty ? "" : ": \(Self.excerpt(text))")")
        default:
            return .unavailable("\(name) failed (HTTP \(status))\(text.isEmpty ? "" : ": \(Self.excerpt(text))")")
        }
    }

    /// `text` on one line, cut to 200 characters.
    public static func excerpt(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return line.count <= 200 ? line : String(line.prefix(197)) + "..."
    }

    /// `template` with each `${NAME}` replaced from `environment`, and the values put in;
    /// an unset variable gives nil and its name.
    public static func resolve(_ template: String, environment: [String: String]) -> (text: String, secrets: [String], missing: String?) {
        var rest = Substring(template)
        var out = ""
        var secrets: [String] = []
        while let open = rest.range(of: "${"), let close = rest[open.upperBound...].firstIndex(of: "}") {
            let variable = String(rest[open.upperBound..<close])
            guard let value = environment[variable] else { return (template, secrets, variable) }
            out += rest[..<open.lowerBound]
            out += value
            secrets.append(value)
            rest = rest[rest.index(after: close)...]
        }
        return (out + rest, secrets, nil)
    }
}
