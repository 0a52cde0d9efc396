/// Why an audio file could not be read or written. Its description is one line naming the file.
public struct AudioFileError: Error, CustomStringConvertible, Equatable {
    private enum Reason: Equatable {
        case cannotOpen(String)
        case empty
        case truncated(expected: Int, found: Int)
        case readFailed(String)
        case cannotWrite(String)
    }

    private let reason: Reason
    /// The file the error is about.
    public let path: String

    private init(_ reason: Reason, path: String) {
        self.reason = reason
        self.path = path
    }

    static func cannotOpen(_ path: String, _ why: String) -> Self { .init(.cannotOpen(why), path: path) }
    static func empty(_ path: String) -> Self { .init(.empty, path: path) }
    static func truncated(_ path: String, expected: Int, found: Int) -> Self {
        .init(.truncated(expected: expected, found: found), path: path)
    }
    static func readFailed(_ path: String, _ why: String) -> Self { .init(.readFailed(why), path: path) }
    static func cannotWrite(_ path: String, _ why: String) -> Self { .init(.cannotWrite(why), path: path) }

    /// What went wrong, without the file's name.
    public var cause: String {
        if case .cannotWrite(let why) = reason { return why }
        return String(description.dropFirst(path.count + 2))
    }

    public var description: String {
        switch reason {
        case .cannotOpen(let why): "\(path): not a readable audio file (\(why))"
        case .empty: "\(path): the file holds no audio"
        case .truncated(let expected, let found):
            "\(path): the file is truncated (its header promises \(expected) frames, it holds \(found))"
        case .readFailed(let why): "\(path): reading failed (\(why))"
        case .cannotWrite(let why): "\(path): cannot write (\(why))"
        }
    }
}
