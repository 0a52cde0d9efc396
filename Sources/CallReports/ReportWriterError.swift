/// Why a report file could not be read. Its description is one line naming the file.
public struct ReportWriterError: Error, CustomStringConvertible {
    private enum Reason {
        case cannotRead(String)
        case notAReport(String)
    }

    private let reason: Reason
    /// The file the error is about.
    public let path: String

    private init(_ reason: Reason, path: String) {
        self.reason = reason
        self.path = path
    }

    static func cannotRead(_ path: String, _ why: String) -> Self { .init(.cannotRead(why), path: path) }
    static func notAReport(_ path: String, _ why: String) -> Self { .init(.notAReport(why), path: path) }

    /// One line naming the file and the cause.
    public var description: String {
        switch reason {
        case .cannotRead(let why): "\(path): cannot read (\(why))"
        case .notAReport(let why): "\(path): not a callharness report.json (\(why))"
        }
    }
}
