import Foundation

/// A temporary folder for YAML files, removed when the test is done with it.
final class TempFolder {
    /// The folder's absolute, standardized path.
    let root: String

    init() {
        root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("callscenario-\(UUID().uuidString)").standardized.path
        try! FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// The absolute path of `relative` inside the folder.
    func path(_ relative: String) -> String { root + "/" + relative }

    /// Writes `text` to `relative` (creating folders) and returns its absolute path.
    @discardableResult
    func write(_ relative: String, _ text: String) -> String {
        let file = path(relative)
        try! FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try! text.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    /// Creates the folder `relative` and returns its absolute path.
    @discardableResult
    func makeFolder(_ relative: String) -> String {
        let folder = path(relative)
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }
}

/// The 1-based number of the first line of `text` that contains `marker`.
func line(of marker: String, in text: String) -> Int {
    let lines = text.components(separatedBy: "\n")
    guard let index = lines.firstIndex(where: { $0.contains(marker) }) else { fatalError("'\(marker)' is not in the text") }
    return index + 1
}
