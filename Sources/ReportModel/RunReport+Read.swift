import Foundation

extension RunReport {
    /// The `schemaVersion` this build reads and writes.
    public static let supportedSchemaVersion = 1

    /// Reads the report at `path`. A missing file, text that is not JSON, a schema version
    /// other than the supported one or a missing key is an error naming the file.
    public static func read(from path: String) throws(ReportReadError) -> RunReport {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound(path) }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw .notJSON(path, Self.firstLine(of: error))
        }
        guard let fields = object as? [String: Any] else { throw .invalid(path, "expected a JSON object at the top level") }
        guard let version = fields["schemaVersion"] as? Int else { throw .unsupportedSchema(path, nil) }
        guard version == supportedSchemaVersion else { throw .unsupportedSchema(path, version) }
        do {
            return try JSONDecoder().decode(RunReport.self, from: data)
        } catch let error as DecodingError {
            throw .invalid(path, Self.describe(error))
        } catch {
            throw .invalid(path, Self.firstLine(of: error))
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func at(_ path: [any CodingKey]) -> String {
            path.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined().drop { $0 == "." }.description
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing key '\(at(context.codingPath + [key]))'"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "'\(at(context.codingPath))': \(context.debugDescription)"
        @unknown default: return firstLine(of: error)
        }
    }

    private static func firstLine(of error: any Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? error.localizedDescription
        return text.split(separator: "\n").first.map(String.init) ?? "unknown error"
    }
}
