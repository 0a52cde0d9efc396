import Foundation
import Synchronization

/// Live provider calls, each stored in a cassette folder as it completes.
///
/// A request identical to one already recorded by this transport is answered from the
/// recording, so a recorded run and its replay see the same answers even when a model
/// would have answered the same request differently the second time.
public final class RecordingTransport: ProviderTransport {
    /// The cassette folder.
    public let folder: String
    private let live: any ProviderTransport
    private let recorded = Mutex<[String: ProviderExchange]>([:])
    private let keyLocks = Mutex<[String: NSLock]>([:])

    /// Records into `folder` (created when needed) what `live` answers.
    public init(folder: String, live: any ProviderTransport = LiveTransport()) {
        self.folder = folder
        self.live = live
    }

    /// Performs the request live (or answers it from this run's recording) and stores it.
    public func perform(_ request: ProviderRequest, retry: RetryPolicy) throws(ProviderError) -> ProviderExchange {
        let key = request.key
        let lock = keyLocks.withLock { locks in
            if let lock = locks[key] { return lock }
            let lock = NSLock()
            locks[key] = lock
            return lock
        }
        lock.lock()
        defer { lock.unlock() }
        if let exchange = recorded.withLock({ $0[key] }) { return exchange }
        let exchange = try live.perform(request, retry: retry)
        let file = folder + "/" + CassetteEntry.fileName(for: request)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let data = try CassetteEntry(request, exchange: exchange).encoded()
            let temporary = folder + "/." + CassetteEntry.fileName(for: request) + ".\(getpid()).tmp"
            try data.write(to: URL(fileURLWithPath: temporary))
            guard rename(temporary, file) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            throw .cassetteUnwritable(request.call, file: file, why: "\(error)")
        }
        recorded.withLock { $0[key] = exchange }
        return exchange
    }
}
