import Foundation
import SimTime

/// Provider calls over the network with libcurl; waits between tries really pass.
public final class LiveTransport: ProviderTransport {
    private let client: HTTPClient

    /// Creates a transport with its own HTTP client.
    public init(client: HTTPClient = HTTPClient()) {
        self.client = client
    }

    /// Sends the request, waiting out back-offs for real; secrets are masked in what comes back.
    public func perform(_ request: ProviderRequest, retry: RetryPolicy) throws(ProviderError) -> ProviderExchange {
        let redactor = Redactor(request.secrets)
        let start = MonotonicClock.now()
        var attempts: [ProviderAttempt] = []
        for number in 0..<retry.maxAttempts {
            let offset = MonotonicClock.now() - start
            let remainingMs = retry.budgetMs - Int(offset / 1000)
            guard remainingMs > 0 else { break }
            let http = HTTPRequest(method: request.method, url: request.url, headers: request.headers, body: request.body,
                                   connectTimeoutMs: min(retry.connectTimeoutMs, remainingMs), timeoutMs: remainingMs)
            let attempt: ProviderAttempt
            do {
                let response = try client.send(http)
                attempt = ProviderAttempt(start: offset, duration: response.duration, status: response.status,
                                          headers: response.headers.mapValues(redactor.text), chunks: redactor.chunks(response.chunks))
            } catch {
                attempt = ProviderAttempt(start: offset, duration: error.elapsed, status: nil,
                                          failure: redactor.text(error.description), timedOut: error.isTimeout)
            }
            attempts.append(attempt)
            let retryable = attempt.status.map(retry.retries(status:)) ?? !attempt.timedOut
            guard retryable, number + 1 < retry.maxAttempts else { break }
            let wait = retry.backoff(afterAttempt: number, headers: attempt.headers)
            guard attempt.end + wait < Int64(retry.budgetMs) * 1000 else { break }
            MonotonicClock.wait(microseconds: wait)
        }
        if attempts.isEmpty {
            attempts.append(ProviderAttempt(start: 0, duration: 0, status: nil, failure: "no time left to try", timedOut: true))
        }
        return ProviderExchange(attempts: attempts)
    }
}
