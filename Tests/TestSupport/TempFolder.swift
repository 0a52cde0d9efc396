import Foundation

/// A temporary folder under `TMPDIR`, removed when the test is done with it.
public final class TempFolder: @unchecked Sendable {
    /// The folder's absolute, standardized path.
    public let root: String

    /// Creates an empty folder whose name starts with `prefix`.
    public init(_ prefix: String = "callharness-test") {
        root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("\(prefix)-\(UUID().uuidString)").standardized.path
        try! FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// The absolute path of `relative` inside the folder.
    public func path(_ relative: String) -> String { root + "/" + relative }

    /// Writes `text` to `relative` (creating folders) and returns its absolute path.
    @discardableResult
    public func write(_ relative: String, _ text: String) -> String {
        let file = path(relative)
        try! FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try! text.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    /// Creates the folder `relative` and returns its absolute path.
    @discardableResult
    public func makeFolder(_ relative: String) -> String {
        let folder = path(relative)
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Every regular file under the folder, recursively, sorted.
    public func files() -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: root)
        var out: [String] = []
        while let relative = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path(relative), isDirectory: &isFolder), !isFolder.boolValue { out.append(path(relative)) }
        }
        return out.sorted()
    }
}

/// The 1-based number of the first line of `text` that contains `marker`.
public func line(of marker: String, in text: String) -> Int {
    let lines = text.components(separatedBy: "\n")
    guard let index = lines.firstIndex(where: { $0.contains(marker) }) else { fatalError("'\(marker)' is not in the text") }
    return index + 1
}
