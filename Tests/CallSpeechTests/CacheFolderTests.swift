import Foundation
import Synchronization
import Testing
@testable import CallSpeech

@Suite("Private cache folders: decoders and domain models starting cold", .serialized)
final class CacheFolderTests {
    /// A folder of this test's own (not created), removed afterwards.
    let base = NSTemporaryDirectory() + "callharness-cache-tests-\(UUID().uuidString)"

    deinit {
        chmod(base, 0o700)
        try? FileManager.default.removeItem(atPath: base)
    }

    /// A small domain model, built into a folder of its own.
    func smallModel() throws -> PocketSphinxConfiguration {
        try DomainLanguageModel.build(corpus: ["Book it with Dr. Lee on Monday."], cacheDirectory: base + "/lm")
    }

    static func mode(_ path: String) -> mode_t {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode & 0o777 : 0
    }

    @Test("decoders started at once on an empty cache folder all load, from one complete feature file",
          arguments: [4, 8])
    func concurrentDecoders(count: Int) throws {
        let configuration = try smallModel()
        let folder = base + "/feat-\(count)"
        #expect(!FileManager.default.fileExists(atPath: folder))
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: count) { _ in
            do {
                _ = try PocketSphinxRecognizer(configuration: configuration, cacheDirectory: folder)
            } catch {
                failures.withLock { $0.append("\(error)") }
            }
        }
        #expect(failures.withLock { $0 } == [])
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(names.count == 1 && names[0].hasPrefix("feat-") && names[0].hasSuffix(".params"), "\(names)")
        let text = try String(contentsOfFile: folder + "/" + (names.first ?? ""), encoding: .utf8)
        #expect(text.contains("-cmn live\n") && text.contains("-cmninit "))
        #expect(Self.mode(folder) == 0o700)
    }

    @Test("a feature file with other content is replaced, not trusted")
    func damagedFeatureFile() throws {
        let configuration = try smallModel()
        let folder = base + "/feat"
        _ = try PocketSphinxRecognizer(configuration: configuration, cacheDirectory: folder)
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first)
        let good = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
        try "-cmn none\n".write(toFile: folder + "/" + name, atomically: false, encoding: .utf8)
        _ = try PocketSphinxRecognizer(configuration: configuration, cacheDirectory: folder)
        #expect(try String(contentsOfFile: folder + "/" + name, encoding: .utf8) == good)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [name])
    }

    @Test("a feature file that cannot be written is one line naming it once, with the cause")
    func unwritableFeatureFile() throws {
        let configuration = try smallModel()
        _ = try PocketSphinxRecognizer(configuration: configuration, cacheDirectory: base + "/first")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: base + "/first").first)
        let folder = base + "/blocked"
        try FileManager.default.createDirectory(atPath: folder + "/" + name, withIntermediateDirectories: true)
        let error = try #require(throws: SpeechError.self) { try PocketSphinxRecognizer(configuration: configuration, cacheDirectory: folder) }
        #expect(error.description == "cannot write \(folder)/\(name): Is a directory")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [name], "no temporary file is left behind")
    }

    /// Ways a model folder can hold something other than what was built.
    enum Tampering: String, CaseIterable, Sendable {
        /// Another model's files put in its place, without a manifest (a plant that parses).
        case plantedFiles
        /// Another model's whole folder, manifest included, renamed to this model's name.
        case plantedFolder
        /// One byte of the dictionary changed.
        case damagedDictionary
        /// The language model edited and the manifest's line for it dropped.
        case editedManifest
    }

    @Test("a planted or damaged model folder is rebuilt, not reused", arguments: Tampering.allCases)
    func tamperedModel(tampering: Tampering) throws {
        let folder = base + "/lm"
        let corpus = ["Book it with Dr. Lee on Monday."]
        let first = try DomainLanguageModel.buildFiles(corpus: corpus, cacheDirectory: folder)
        let built = try [first.languageModel, first.dictionary].map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
        let other = try DomainLanguageModel.buildFiles(corpus: ["Cancel my appointment with Dr. Patel."], cacheDirectory: folder)
        let manager = FileManager.default
        switch tampering {
        case .plantedFiles:
            try manager.removeItem(atPath: first.folder)
            try manager.createDirectory(atPath: first.folder, withIntermediateDirectories: false)
            for name in ["domain.lm", "domain.dict", "words.tsv"] {
                try manager.copyItem(atPath: other.folder + "/" + name, toPath: first.folder + "/" + name)
            }
        case .plantedFolder:
            try manager.removeItem(atPath: first.folder)
            try manager.copyItem(atPath: other.folder, toPath: first.folder)
        case .damagedDictionary:
            var bytes = [UInt8](built[1])
            bytes[bytes.count / 2] ^= 0x01
            try Data(bytes).write(to: URL(fileURLWithPath: first.dictionary))
        case .editedManifest:
            try (String(decoding: built[0], as: UTF8.self) + "\n").write(toFile: first.languageModel, atomically: false, encoding: .utf8)
            let manifest = try String(contentsOfFile: first.folder + "/manifest.tsv", encoding: .utf8)
            try manifest.split(separator: "\n").filter { !$0.hasPrefix("domain.lm\t") }.map { $0 + "\n" }.joined()
                .write(toFile: first.folder + "/manifest.tsv", atomically: false, encoding: .utf8)
        }
        let second = try DomainLanguageModel.buildFiles(corpus: corpus, cacheDirectory: folder)
        #expect(!second.reused)
        #expect(second.folder == first.folder && second.words == first.words)
        #expect(try [second.languageModel, second.dictionary].map { try Data(contentsOf: URL(fileURLWithPath: $0)) } == built)
        #expect(try DomainLanguageModel.buildFiles(corpus: corpus, cacheDirectory: folder).reused)
        #expect(try manager.contentsOfDirectory(atPath: folder).sorted() == [first.folder, other.folder].map { ($0 as NSString).lastPathComponent }.sorted())
    }

    @Test("a new cache folder is private (0700); one that others may write to is recreated empty")
    func writableFolderRecreated() throws {
        let folder = base + "/lm"
        _ = try DomainLanguageModel.buildFiles(corpus: ["Book it with Dr. Lee."], cacheDirectory: folder)
        #expect(Self.mode(folder) == 0o700)
        #expect(chmod(folder, 0o777) == 0)
        #expect(FileManager.default.createFile(atPath: folder + "/planted", contents: Data("x".utf8)))
        let files = try DomainLanguageModel.buildFiles(corpus: ["Book it with Dr. Lee."], cacheDirectory: folder)
        #expect(!files.reused)
        #expect(Self.mode(folder) == 0o700)
        #expect(!FileManager.default.fileExists(atPath: folder + "/planted"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [(files.folder as NSString).lastPathComponent])
        // The same for a decoder's folder, writable by group only.
        let feat = base + "/feat"
        try FileManager.default.createDirectory(atPath: feat, withIntermediateDirectories: true)
        #expect(chmod(feat, 0o770) == 0)
        _ = try PocketSphinxRecognizer(configuration: files.configuration, cacheDirectory: feat)
        #expect(Self.mode(feat) == 0o700)
    }

    @Test("a cache folder of another user, a symbolic link or a file is refused with one clear line")
    func foreignFolderRefused() throws {
        let folder = base + "/theirs"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(chmod(folder, 0o755) == 0)
        #expect(throws: Never.self) { try UserCacheFolder.makePrivate(folder) }
        let stranger = geteuid() == 0 ? 65534 : geteuid() + 1
        let refused = try #require(throws: SpeechError.self) { try UserCacheFolder.makePrivate(folder, owner: stranger) }
        #expect(refused.description == "cache folder \(folder) belongs to another user (uid \(geteuid())); remove it or set XDG_CACHE_HOME to a folder of your own")
        #expect(FileManager.default.fileExists(atPath: folder), "another user's folder is never removed")

        let link = base + "/link"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: folder)
        let linked = try #require(throws: SpeechError.self) { try DomainLanguageModel.buildFiles(corpus: ["Hello."], cacheDirectory: link) }
        #expect(linked.description.hasPrefix("cache folder \(link) is a symbolic link"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)

        let file = base + "/file"
        #expect(FileManager.default.createFile(atPath: file, contents: Data()))
        let configuration = try smallModel()
        let notFolder = try #require(throws: SpeechError.self) { try PocketSphinxRecognizer(configuration: configuration, cacheDirectory: file) }
        #expect(notFolder.description.hasPrefix("cache folder \(file) is not a folder"))
        #expect(!notFolder.description.contains("\n"))
    }

    @Test("as root: a folder chowned to another user is refused by the model builder", .enabled(if: geteuid() == 0))
    func chownedFolderRefused() throws {
        let folder = base + "/nobody"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(chown(folder, 65534, 65534) == 0)
        let refused = try #require(throws: SpeechError.self) { try DomainLanguageModel.buildFiles(corpus: ["Hello."], cacheDirectory: folder) }
        #expect(refused.description.contains("belongs to another user (uid 65534)"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test("the root and every folder down to a cache folder under it are checked")
    func chainUnderRoot() throws {
        let root = UserCacheFolder.root
        #expect(root.hasSuffix("/callharness"))
        #expect(UserCacheFolder.path("lm") == root + "/lm")
        #expect(DomainLanguageModel.defaultCacheDirectory == root + "/lm")
        #expect(PocketSphinxRecognizer.defaultCacheDirectory == root + "/pocketsphinx")
        // Owned by us, so checking it as another user's must fail at the root already.
        try UserCacheFolder.makePrivate(root + "/lm")
        let refused = try #require(throws: SpeechError.self) { try UserCacheFolder.makePrivate(root + "/lm", owner: geteuid() + 1) }
        #expect(refused.description.hasPrefix("cache folder \(root) belongs"))
    }
}
