import Foundation

/// Why an output folder could not be written or put in place. Its description is one
/// line naming the file and the cause; the folder still holds its previous contents.
public struct OutputError: Error, CustomStringConvertible, Equatable, Sendable {
    private enum Reason: Equatable, Sendable {
        case cannotWrite(String)
        case cannotRead(String)
        case cannotCreateFolder(String)
        case notAFolder
        case foreign([String])
        case mountPoint
        case cannotReplace(String)
    }

    private let reason: Reason
    /// The file or folder the error is about, as the user named it.
    public let path: String

    private init(_ reason: Reason, path: String) {
        self.reason = reason
        self.path = path
    }

    static func cannotWrite(_ path: String, _ cause: String) -> Self { .init(.cannotWrite(cause), path: path) }
    static func cannotRead(_ path: String, _ cause: String) -> Self { .init(.cannotRead(cause), path: path) }
    static func cannotCreateFolder(_ path: String, _ cause: String) -> Self { .init(.cannotCreateFolder(cause), path: path) }
    static func notAFolder(_ path: String) -> Self { .init(.notAFolder, path: path) }
    static func foreign(_ path: String, entries: [String]) -> Self { .init(.foreign(entries), path: path) }
    static func mountPoint(_ path: String) -> Self { .init(.mountPoint, path: path) }
    static func cannotReplace(_ path: String, _ cause: String) -> Self { .init(.cannotReplace(cause), path: path) }

    /// The system's text for `errno` (e.g. "No space left on device").
    static func cause(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }

    public var description: String {
        switch reason {
        case .cannotWrite(let cause): "\(path): cannot write (\(cause))"
        case .cannotRead(let cause): "\(path): cannot read (\(cause))"
        case .cannotCreateFolder(let cause): "\(path): cannot create the folder (\(cause))"
        case .notAFolder: "\(path): exists and is not a folder; name a folder for the output"
        case .foreign(let entries):
            "\(path): not replaced: it holds files that are not part of a callharness output "
                + "(\(entries.prefix(5).joined(separator: ", "))\(entries.count > 5 ? ", …" : "")); name a folder of its own"
        case .mountPoint:
            "\(path): is a mount point, which cannot be replaced as a whole; name a folder inside it"
        case .cannotReplace(let cause): "\(path): cannot put the new output in place (\(cause))"
        }
    }
}
