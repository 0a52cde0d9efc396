import Foundation
import Synchronization

/// Provider calls answered from a cassette folder, offline, with the recorded timing.
/// Nothing waits: recorded back-offs are only numbers in the answer.
public final class ReplayingTransport: ProviderTransport {
    /// The cassette folder.
    public let folder: String
    private let loaded = Mutex<[String: ProviderExchange]>([:])

    /// Replays from `folder`.
    public init(folder: String) {
        self.folder = folder
    }

    /// The recorded exchange of the request; a request the folder lacks throws.
    public func perform(_ request: ProviderRequest, retry: RetryPolicy) throws(ProviderError) -> ProviderExchange {
        let key = request.key
        if let exchange = loaded.withLock({ $0[key] }) { return exchange }
        let file = folder + "/" + CassetteEntry.fileName(for: request)
        guard FileManager.default.fileExists(atPath: file) else {
            throw .notInCassette(request.call, excerpt: request.excerpt, folder: folder)
        }
        let entry: CassetteEntry
        do {
            entry = try JSONDecoder().decode(CassetteEntry.self, from: Data(contentsOf: URL(fileURLWithPath: file)))
        } catch {
            throw .cassetteUnreadable(request.call, file: file, why: Self.reason(error))
        }
        guard entry.key == key, !entry.attempts.isEmpty else {
            throw .cassetteUnreadable(request.call, file: file, why: entry.attempts.isEmpty ? "it records no attempt" : "its key \(entry.key) does not match its name")
        }
        let exchange = entry.exchange
        loaded.withLock { $0[key] = exchange }
        return exchange
    }

    private static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "the key '\(key.stringValue)' is missing"
        case DecodingError.dataCorrupted(let context): context.debugDescription
        case DecodingError.typeMismatch(_, let context): "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        default: "\(error)"
        }
    }
}
