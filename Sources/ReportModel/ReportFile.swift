import Foundation

/// Encodes reports and traces, and writes single report files atomically: a temporary
/// file in the same folder, renamed into place, so a reader never sees half a report and
/// a failure never destroys the old one. A run's whole output folder is written through
/// `OutputSet` instead.
public enum ReportFile {
    /// Encodes `value` as pretty, key-sorted JSON.
    public static func json<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    /// Writes `value` as JSON to `path`.
    public static func writeJSON<T: Encodable>(_ value: T, to path: String) throws {
        var data = try json(value)
        data.append(0x0A)
        try write(data, to: path)
    }

    /// A trace as JSON lines, one event a line.
    public static func traceLines<Event: Encodable>(_ events: [Event]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = Data()
        for event in events {
            data.append(try encoder.encode(event))
            data.append(0x0A)
        }
        return data
    }

    /// Writes bytes atomically.
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        do {
            try data.write(to: temporary)
            guard rename(temporary.path, path) == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
