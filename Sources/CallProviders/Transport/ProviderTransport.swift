/// Carries provider calls: live over libcurl, live while recording a cassette, or from a
/// cassette, offline.
public protocol ProviderTransport: Sendable {
    /// Performs `request`, trying again per `retry`; returns every try with its timing.
    /// A provider's failure (an error status, a timeout) is an attempt, not a throw; only
    /// problems of the transport itself (a cassette that lacks the call) throw.
    func perform(_ request: ProviderRequest, retry: RetryPolicy) throws(ProviderError) -> ProviderExchange
}
