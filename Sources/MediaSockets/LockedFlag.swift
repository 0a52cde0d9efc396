import Synchronization

/// A flag several threads set and read.
final class LockedFlag: Sendable {
    private let value: Mutex<Bool>

    init(_ initial: Bool = false) { value = Mutex(initial) }

    /// The flag now.
    var isSet: Bool { value.withLock { $0 } }

    /// Sets it.
    func set() { value.withLock { $0 = true } }

    /// Sets it; true if this call was the one that did.
    func setFirst() -> Bool {
        value.withLock { flag in
            defer { flag = true }
            return !flag
        }
    }
}
