import Foundation

/// A temporary folder, removed when the test is done with it.
final class TempFolder: Sendable {
    let root: String

    init() {
        root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("callproviders-\(UUID().uuidString)").standardized.path
        try! FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func path(_ relative: String) -> String { root + "/" + relative }

    /// Every regular file under the folder, recursively.
    func files() -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: root)
        var out: [String] = []
        while let relative = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path(relative), isDirectory: &isFolder), !isFolder.boolValue { out.append(path(relative)) }
        }
        return out.sorted()
    }
}
