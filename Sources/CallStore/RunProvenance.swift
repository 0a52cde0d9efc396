import Digest
import Foundation

/// Where a run came from: the source commit and fingerprints of the agent and
/// latency-profile files, so history rows can be told apart when the files change.
public struct RunProvenance: Sendable, Equatable {
    /// `git rev-parse HEAD` of the working directory, nil outside a repository.
    public var gitCommit: String?
    /// SHA-256 of the agent file's contents (hex), nil when it cannot be read.
    public var agentFileHash: String?
    /// SHA-256 of the latency-profile file's contents (hex), nil when there is no file.
    public var latencyProfileHash: String?

    /// Creates provenance from known values.
    public init(gitCommit: String? = nil, agentFileHash: String? = nil, latencyProfileHash: String? = nil) {
        self.gitCommit = gitCommit
        self.agentFileHash = agentFileHash
        self.latencyProfileHash = latencyProfileHash
    }

    /// Reads the commit of `directory` (the working directory by default) and hashes the
    /// two files; anything unavailable stays nil.
    public static func capture(agentFile: String?, latencyProfileFile: String?,
                               directory: String = FileManager.default.currentDirectoryPath) -> RunProvenance {
        RunProvenance(gitCommit: gitCommit(in: directory),
                      agentFileHash: agentFile.flatMap(fileHash), latencyProfileHash: latencyProfileFile.flatMap(fileHash))
    }

    /// SHA-256 (hex) of the contents of the file at `path`, nil when it cannot be read.
    public static func fileHash(_ path: String) -> String? {
        guard !path.isEmpty, let data = FileManager.default.contents(atPath: path) else { return nil }
        return SHA256.hex(data)
    }

    /// The commit checked out in `directory`, from `git rev-parse HEAD`; nil when git is
    /// missing or the folder is not in a repository.
    public static func gitCommit(in directory: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "rev-parse", "--verify", "--quiet", "HEAD"]
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else { return nil }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard [40, 64].contains(text.count), text.allSatisfy(\.isHexDigit) else { return nil }
        return text.lowercased()
    }
}
