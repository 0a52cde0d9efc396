import Foundation
import Testing
@testable import CallHarness

/// The output folder is replaced as a whole: a reader, or the next writer after a crash
/// at any point, finds the complete old contents or the complete new ones.
@Suite("Replacing an output folder")
struct StagingFolderTests {
    /// A fresh folder to put output folders in.
    static func parent() -> String {
        let path = NSTemporaryDirectory() + "callharness-staging-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Writes a set tagged `tag` (a report naming it and one call folder per name in
    /// `calls`) into a staging folder for `destination`, without committing.
    static func stage(_ destination: String, _ tag: String, calls: [String]) throws -> StagingFolder {
        let folder = try StagingFolder(destination, isOurs: OutputSet.isPartOfSet)
        try folder.write(Data("report of \(tag)\n".utf8), to: "report.json")
        for call in calls {
            try folder.write(Data("\(tag) recording of \(call)".utf8), to: "calls/\(call)/call.wav")
            try folder.write(Data("\(tag) trace of \(call)".utf8), to: "calls/\(call)/trace.jsonl")
        }
        return folder
    }

    /// Every file under `folder` and its text.
    static func contents(_ folder: String) -> [String: String] {
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let relative = enumerator?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: folder + "/" + relative), !isFolder(folder + "/" + relative) {
                files[relative] = String(decoding: data, as: UTF8.self)
            }
        }
        return files
    }

    static func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }

    /// The staging and old folders beside `destination`.
    static func leftovers(_ destination: String) -> [String] {
        let name = (destination as NSString).lastPathComponent
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: (destination as NSString).deletingLastPathComponent)) ?? []
        return entries.filter { $0.hasPrefix(".\(name).callharness-") }.sorted()
    }

    static let oldSet = ["report.json": "report of old\n",
                         "calls/book/call.wav": "old recording of book", "calls/book/trace.jsonl": "old trace of book",
                         "calls/cancel/call.wav": "old recording of cancel", "calls/cancel/trace.jsonl": "old trace of cancel"]
    static let newSet = ["report.json": "report of new\n",
                         "calls/info/call.wav": "new recording of info", "calls/info/trace.jsonl": "new trace of info"]

    /// A destination holding the old set.
    static func destinationWithOldSet() throws -> String {
        let destination = parent() + "/out"
        try stage(destination, "old", calls: ["book", "cancel"]).commit()
        #expect(contents(destination) == oldSet)
        return destination
    }

    @Test("a commit replaces the old contents whole: no call folder of the old set is left", arguments: [false, true])
    func replacesWhole(twoRenames: Bool) throws {
        let destination = try Self.destinationWithOldSet()
        let staging = try Self.stage(destination, "new", calls: ["info"])
        #expect(Self.contents(destination) == Self.oldSet, "nothing changes before the commit")
        try staging.commit(twoRenames ? .twoRenames : .exchange)
        #expect(Self.contents(destination) == Self.newSet)
        #expect(Self.leftovers(destination).isEmpty)
    }

    @Test("killed while writing: the old set stays whole, and the next writer removes the leftover")
    func killedWhileWriting() async throws {
        let destination = try Self.destinationWithOldSet()
        await #expect(processExitsWith: .signal(SIGKILL)) { [destination = destination as String] in
            let staging = try StagingFolderTests.stage(destination, "killed", calls: ["book"])
            try staging.write(Data("half a rec".utf8), to: "calls/cancel/call.wav")
            kill(getpid(), SIGKILL)
        }
        #expect(Self.contents(destination) == Self.oldSet)
        #expect(Self.leftovers(destination).count == 1)
        let next = try Self.stage(destination, "new", calls: ["info"])
        #expect(Self.leftovers(destination) == [(next.path as NSString).lastPathComponent], "only the live writer's own")
        try next.commit()
        #expect(Self.contents(destination) == Self.newSet)
        #expect(Self.leftovers(destination).isEmpty)
    }

    @Test("killed between renaming the old set away and the new one in: the next writer puts the old set back")
    func killedBetweenRenames() async throws {
        let destination = try Self.destinationWithOldSet()
        await #expect(processExitsWith: .signal(SIGKILL)) { [destination = destination as String] in
            try StagingFolderTests.stage(destination, "killed", calls: ["book"]).commit(.twoRenames) { kill(getpid(), SIGKILL) }
        }
        #expect(!FileManager.default.fileExists(atPath: destination), "the crash leaves no folder in place")
        #expect(Self.leftovers(destination).count == 2)
        let next = try Self.stage(destination, "new", calls: ["info"])
        #expect(Self.contents(destination) == Self.oldSet, "recovered before the new set is in place")
        #expect(Self.leftovers(destination) == [(next.path as NSString).lastPathComponent])
        try next.commit()
        #expect(Self.contents(destination) == Self.newSet)
        #expect(Self.leftovers(destination).isEmpty)
    }

    @Test("killed after the exchange: the new set is in place whole, and the next writer removes the old one")
    func killedAfterExchange() async throws {
        let destination = try Self.destinationWithOldSet()
        await #expect(processExitsWith: .signal(SIGKILL)) { [destination = destination as String] in
            try StagingFolderTests.stage(destination, "new", calls: ["info"]).commit(.exchange) { kill(getpid(), SIGKILL) }
        }
        #expect(Self.contents(destination) == Self.newSet)
        #expect(Self.leftovers(destination).count == 1)
        let next = try StagingFolder(destination, isOurs: OutputSet.isPartOfSet)
        #expect(Self.leftovers(destination) == [(next.path as NSString).lastPathComponent])
        next.discard()
        #expect(Self.leftovers(destination).isEmpty)
        #expect(Self.contents(destination) == Self.newSet)
    }

    @Test("another live writer's staging folder is left alone, and the last commit wins whole")
    func concurrentWriters() throws {
        let destination = try Self.destinationWithOldSet()
        let first = try Self.stage(destination, "first", calls: ["book"])
        let second = try Self.stage(destination, "new", calls: ["info"])
        #expect(Self.leftovers(destination).count == 2)
        try first.commit()
        #expect(Self.contents(destination)["report.json"] == "report of first\n")
        try second.commit()
        #expect(Self.contents(destination) == Self.newSet)
        #expect(Self.leftovers(destination).isEmpty)
    }

    @Test("a staging folder given up is removed and the old set stays")
    func discarded() throws {
        let destination = try Self.destinationWithOldSet()
        do {
            let staging = try Self.stage(destination, "new", calls: ["info"])
            #expect(Self.leftovers(destination).count == 1)
            _ = staging
        }
        #expect(Self.leftovers(destination).isEmpty)
        #expect(Self.contents(destination) == Self.oldSet)
    }

    @Test("what is not an output folder is refused and left untouched", arguments: [
        ("notes.txt", "not replaced: it holds files that are not part of a callharness output (notes.txt); name a folder of its own"),
        ("", "exists and is not a folder; name a folder for the output"),
    ])
    func refusesOthers(extra: String, message: String) throws {
        let destination = Self.parent() + "/out"
        if extra.isEmpty {
            try Data("a file\n".utf8).write(to: URL(fileURLWithPath: destination))
        } else {
            try Self.stage(destination, "old", calls: ["book"]).commit()
            try Data("mine\n".utf8).write(to: URL(fileURLWithPath: destination + "/" + extra))
        }
        let before = extra.isEmpty ? ["": "a file\n"] : Self.contents(destination)
        #expect {
            try StagingFolder(destination, isOurs: OutputSet.isPartOfSet)
        } throws: { error in
            "\(error)" == "\(destination): \(message)"
        }
        let after = extra.isEmpty ? ["": String(decoding: FileManager.default.contents(atPath: destination) ?? Data(), as: UTF8.self)] : Self.contents(destination)
        #expect(after == before)
        #expect(Self.leftovers(destination).isEmpty)
    }

    @Test("a mount point is refused: it cannot be renamed")
    func refusesMountPoint() throws {
        #expect {
            try StagingFolder("/proc", isOurs: { _ in true })
        } throws: { error in
            "\(error)" == "/proc: is a mount point, which cannot be replaced as a whole; name a folder inside it"
        }
    }

    @Test("the temporary files of earlier versions count as part of a set, other names do not", arguments: [
        ("report.json", true), ("calls", true), ("summary.md", true), (".report.json.1234.tmp", true), (".call.wav.77.tmp", true),
        ("notes.txt", false), (".git", false), ("history.sqlite", false), (".report.json.tmp", false), ("latest", false),
    ])
    func partOfSet(entry: String, expected: Bool) {
        #expect(OutputSet.isPartOfSet(entry) == expected)
    }
}
