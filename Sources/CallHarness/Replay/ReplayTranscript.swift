import Foundation

/// The reference words of a recording's caller turns: plain text, one turn per line in
/// order, or JSON, `[{"startMs": …, "endMs": …, "text": …}]`, whose times also place the
/// turns (they take precedence over the detected ones).
struct ReplayTranscript: Equatable {
    /// One turn's words and, from JSON, its times in ms.
    struct Line: Equatable, Decodable {
        var startMs: Double?
        var endMs: Double?
        var text: String
    }

    /// The turns, in order.
    var lines: [Line]
    /// True when the lines carry times (JSON).
    var timed: Bool { !lines.isEmpty && lines.allSatisfy { $0.startMs != nil && $0.endMs != nil } }

    /// Reads `path`: JSON when the text starts with `[`, plain lines otherwise (blank
    /// lines skipped).
    static func read(_ path: String) throws(ReplayError) -> ReplayTranscript {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .transcript(path, FileManager.default.fileExists(atPath: path) ? "cannot read the transcript" : "transcript not found")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw .transcript(path, "the transcript is not UTF-8 text") }
        if text.drop(while: \.isWhitespace).first == "[" {
            let lines: [Line]
            do {
                lines = try JSONDecoder().decode([Line].self, from: data)
            } catch {
                throw .transcript(path, "not a transcript: expected [{\"startMs\": …, \"endMs\": …, \"text\": …}] (\(Self.describe(error)))")
            }
            for (i, line) in lines.enumerated() {
                guard let start = line.startMs, let end = line.endMs else {
                    throw .transcript(path, "item \(i) needs startMs and endMs")
                }
                guard start >= 0, end > start else { throw .transcript(path, "item \(i): endMs must be after startMs, both at least 0") }
                if i > 0, let previous = lines[i - 1].endMs, start < previous {
                    throw .transcript(path, "item \(i) starts before item \(i - 1) ends; turns must be in order")
                }
            }
            return ReplayTranscript(lines: lines)
        }
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return ReplayTranscript(lines: lines.map { Line(startMs: nil, endMs: nil, text: $0) })
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context): "item \(context.codingPath.first?.intValue ?? 0) has no \(key.stringValue)"
        case DecodingError.typeMismatch(_, let context): "wrong type at \(context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: "."))"
        default: "invalid JSON"
        }
    }
}
