import Dispatch
import Foundation
import Synchronization

/// A request to stop a run early. A run that sees it starts no new call, lets the calls
/// already running finish, and writes a report marked incomplete with the calls done.
public final class RunInterruption: Sendable {
    private let requests = Atomic<Int>(0)
    private let signals: [Int32]
    private let sources = Mutex<[SignalSource]>([])

    /// Creates an interruption nobody has requested yet, requested only by `request()`.
    public convenience init() {
        self.init(signals: [])
    }

    private init(signals: [Int32]) {
        self.signals = signals
    }

    /// True once `request()` was called (or a watched signal arrived).
    public var isRequested: Bool { requests.load(ordering: .acquiring) > 0 }

    /// Asks the run to stop; returns how many times it has been asked, this time included.
    @discardableResult
    public func request() -> Int {
        requests.add(1, ordering: .acquiringAndReleasing).newValue
    }

    /// An interruption requested by any of `signals` (by default SIGINT and SIGTERM). The
    /// signals' default action (ending the process) is turned off until `stopWatching()`;
    /// each arrival calls `notice` with the signal and how many have arrived so far, on a
    /// private queue.
    public static func watching(_ signals: [Int32] = [SIGINT, SIGTERM],
                                notice: @escaping @Sendable (_ signal: Int32, _ count: Int) -> Void = { _, _ in }) -> RunInterruption {
        let interruption = RunInterruption(signals: signals)
        let queue = DispatchQueue(label: "callharness.signals")
        var installed: [SignalSource] = []
        for number in signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { [interruption] in
                notice(number, interruption.request())
            }
            source.resume()
            installed.append(SignalSource(source: source))
        }
        interruption.sources.withLock { $0 = installed }
        return interruption
    }

    /// Stops watching signals and gives them back their default action.
    public func stopWatching() {
        let stopped = sources.withLock { sources in
            defer { sources = [] }
            return sources
        }
        for stopped in stopped { stopped.source.cancel() }
        for number in signals { signal(number, SIG_DFL) }
    }
}

/// A dispatch signal source, which may be cancelled from any thread.
private struct SignalSource: @unchecked Sendable {
    let source: any DispatchSourceSignal
}
