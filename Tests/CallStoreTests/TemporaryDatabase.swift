import Foundation

/// A fresh database path in its own temporary folder.
func temporaryDatabasePath(_ name: String = "history.sqlite") -> String {
    let folder = NSTemporaryDirectory() + "callstore-\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder + "/" + name
}
