import Synchronization

/// The thread-safe door into a real-time `Scheduler`: another thread (a socket's reader)
/// posts messages here, and the scheduler hands each to the inbox's handler on its own
/// thread, at the time it arrived, in posting order. Made by `Scheduler.makeInbox(_:)`.
public final class Inbox<Message: Sendable>: Sendable {
    private let messages = Mutex<[Message]>([])
    private let waker: Waker

    init(waker: Waker) { self.waker = waker }

    /// Posts `message`, waking the scheduler if it is waiting for its next event.
    public func post(_ message: Message) {
        messages.withLock { $0.append(message) }
        waker.wake()
    }

    /// Every message posted so far, oldest first.
    func take() -> [Message] {
        messages.withLock { taken in
            defer { taken.removeAll() }
            return taken
        }
    }
}
