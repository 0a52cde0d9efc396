/// Why a `report.json` could not be read. Its description is one line naming the file.
public struct ReportReadError: Error, CustomStringConvertible, Equatable, Sendable {
    private enum Reason: Equatable, Sendable {
        case notFound
        case unreadable
        case notJSON(String)
        case unsupportedSchema(Int?)
        case invalid(String)
    }

    private let reason: Reason
    /// The report file.
    public let file: String

    private init(_ reason: Reason, file: String) {
        self.reason = reason
        self.file = file
    }

    static func notFound(_ file: String) -> Self { .init(.notFound, file: file) }
    static func unreadable(_ file: String) -> Self { .init(.unreadable, file: file) }
    static func notJSON(_ file: String, _ why: String) -> Self { .init(.notJSON(why), file: file) }
    static func unsupportedSchema(_ file: String, _ version: Int?) -> Self { .init(.unsupportedSchema(version), file: file) }
    static func invalid(_ file: String, _ why: String) -> Self { .init(.invalid(why), file: file) }

    public var description: String {
        let what = switch reason {
        case .notFound: "file not found"
        case .unreadable: "cannot read the file"
        case .notJSON(let why): "not valid JSON (\(why))"
        case .unsupportedSchema(let version?): "schemaVersion \(version) is not supported (this callharness reads version \(RunReport.supportedSchemaVersion))"
        case .unsupportedSchema(nil): "not a callharness report (no schemaVersion)"
        case .invalid(let why): "not a valid report: \(why)"
        }
        return "\(file): \(what)"
    }
}
