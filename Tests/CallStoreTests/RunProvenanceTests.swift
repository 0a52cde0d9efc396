import Foundation
import Testing
import CallStore

@Suite("Run provenance")
struct RunProvenanceTests {
    func folder() throws -> String {
        let path = NSTemporaryDirectory() + "callstore-git-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func git(_ arguments: [String], in directory: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " "))")
    }

    @Test("the commit of a repository is the one its branch points to")
    func commit() throws {
        let repo = try folder()
        try git(["init", "-q", "-b", "main"], in: repo)
        try Data("a\n".utf8).write(to: URL(fileURLWithPath: repo + "/a.txt"))
        try git(["add", "a.txt"], in: repo)
        try git(["commit", "-q", "-m", "first"], in: repo)
        let ref = try String(contentsOfFile: repo + "/.git/refs/heads/main", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(RunProvenance.gitCommit(in: repo) == ref)
        try FileManager.default.createDirectory(atPath: repo + "/sub", withIntermediateDirectories: true)
        #expect(RunProvenance.gitCommit(in: repo + "/sub") == ref)
    }

    @Test("outside a repository, or before the first commit, there is no commit")
    func noCommit() throws {
        #expect(RunProvenance.gitCommit(in: try folder()) == nil)
        let empty = try folder()
        try git(["init", "-q"], in: empty)
        #expect(RunProvenance.gitCommit(in: empty) == nil)
    }

    @Test("file hashes change with the contents and are nil for missing files")
    func hashes() throws {
        let dir = try folder()
        let agent = dir + "/agent.yaml"
        try Data("name: a\n".utf8).write(to: URL(fileURLWithPath: agent))
        let first = RunProvenance.capture(agentFile: agent, latencyProfileFile: dir + "/missing.yaml", directory: dir)
        #expect(first.agentFileHash?.count == 64)
        #expect(first.latencyProfileHash == nil)
        #expect(first.gitCommit == nil)
        try Data("name: b\n".utf8).write(to: URL(fileURLWithPath: agent))
        #expect(RunProvenance.fileHash(agent) != first.agentFileHash)
        #expect(RunProvenance.fileHash("") == nil)
    }
}
