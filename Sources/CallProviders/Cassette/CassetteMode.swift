/// Whether provider calls go to the network, are recorded, or are replayed.
public enum CassetteMode: Sendable, Equatable {
    /// Live calls, nothing stored.
    case off
    /// Live calls, each stored in this folder.
    case record(String)
    /// Calls answered from this folder, offline.
    case replay(String)

    /// The transport for this mode.
    public func transport() -> any ProviderTransport {
        switch self {
        case .off: LiveTransport()
        case .record(let folder): RecordingTransport(folder: folder)
        case .replay(let folder): ReplayingTransport(folder: folder)
        }
    }

    /// True when calls reach the network (and need credentials).
    public var isLive: Bool {
        if case .replay = self { return false }
        return true
    }
}
