/// Why a recording could not be replayed. Its description is one line naming the file.
public struct ReplayError: Error, CustomStringConvertible, Equatable, Sendable {
    private enum Reason: Equatable, Sendable {
        case noSuchChannel(channel: Int, channels: Int)
        case tooManyChannels(Int)
        case silent
        case transcript(String)
        case output(String)
    }

    private let reason: Reason
    /// The file the error is about.
    public let path: String

    private init(_ reason: Reason, path: String) {
        self.reason = reason
        self.path = path
    }

    static func noSuchChannel(_ path: String, channel: Int, channels: Int) -> Self { .init(.noSuchChannel(channel: channel, channels: channels), path: path) }
    static func tooManyChannels(_ path: String, _ channels: Int) -> Self { .init(.tooManyChannels(channels), path: path) }
    static func silent(_ path: String) -> Self { .init(.silent, path: path) }
    static func transcript(_ path: String, _ why: String) -> Self { .init(.transcript(why), path: path) }
    static func output(_ path: String, _ why: String) -> Self { .init(.output(why), path: path) }

    public var description: String {
        switch reason {
        case .noSuchChannel(let channel, let channels):
            "\(path): --caller-channel \(channel) does not exist (the recording has \(channels) channel\(channels == 1 ? "" : "s"); use 0\(channels == 2 ? " or 1" : ""))"
        case .tooManyChannels(let channels): "\(path): \(channels) channels; a replay takes mono (caller) or stereo (caller and agent)"
        case .silent: "\(path): no caller speech found in the recording"
        case .transcript(let why), .output(let why): "\(path): \(why)"
        }
    }
}
