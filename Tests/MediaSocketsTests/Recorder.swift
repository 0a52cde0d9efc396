import Foundation
import Synchronization

/// Things another thread hands over, and a way to wait for enough of them.
final class Recorder<Item: Sendable>: Sendable {
    private let items = Mutex<[Item]>([])

    func append(_ item: Item) { items.withLock { $0.append(item) } }

    var all: [Item] { items.withLock { $0 } }

    /// Waits until `done` holds for what has arrived, at most `seconds`; true if it did.
    func wait(seconds: Double = 3, until done: ([Item]) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if done(all) { return true }
            Thread.sleep(forTimeInterval: 0.005)
        }
        return done(all)
    }
}
