import Foundation
import Testing

/// Compares text with a file under Snapshots/. With UPDATE_SNAPSHOTS=1 in the
/// environment a missing or different snapshot is written instead; otherwise either
/// fails the test, naming the first line that differs.
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots").path

    static var updating: Bool { ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] == "1" }

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let path = folder + "/" + name
        let expected = try? String(contentsOfFile: path, encoding: .utf8)
        if expected == actual { return }
        if updating {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try actual.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        let hint = "run `UPDATE_SNAPSHOTS=1 swift test --filter CallReportsTests` and review the diff of Tests/CallReportsTests/Snapshots/\(name)"
        guard let expected else {
            Issue.record("snapshot \(name) is missing; \(hint)", sourceLocation: sourceLocation)
            return
        }
        Issue.record("snapshot \(name) differs: \(firstDifference(expected, actual)); \(hint)", sourceLocation: sourceLocation)
    }

    /// Where two texts first differ, by line.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let a = expected.components(separatedBy: "\n"), b = actual.components(separatedBy: "\n")
        for index in 0..<max(a.count, b.count) {
            let x = index < a.count ? a[index] : "(end of file)", y = index < b.count ? b[index] : "(end of file)"
            if x != y { return "line \(index + 1) was\n  \(x)\nnow\n  \(y)" }
        }
        return "they differ"
    }
}
