import Foundation
import Testing

@Suite("First runs on an empty temporary folder and cache")
struct ColdStartCommandTests {
    static func mode(_ path: String) -> mode_t {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode & 0o777 : 0
    }

    @Test("a first run with --jobs 2 passes and keeps the recognizer's files in private folders of the cache, none in TMPDIR")
    func firstRun() throws {
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let temporary = folder + "/tmp", cache = folder + "/cache"
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        let result = try CommandRunner.run(["run", "Scenarios/cancel.yaml", "Scenarios/book-patel.yaml", "--jobs", "2", "--no-history", "--out", folder + "/out"],
                                           in: RealRuns.root, environment: ["TMPDIR": temporary, "XDG_CACHE_HOME": cache])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary) == [])
        for name in ["callharness", "callharness/lm", "callharness/pocketsphinx"] {
            #expect(Self.mode(cache + "/" + name) == 0o700, "\(name)")
        }
        let features = try FileManager.default.contentsOfDirectory(atPath: cache + "/callharness/pocketsphinx")
        #expect(!features.isEmpty && features.allSatisfy { $0.hasPrefix("feat-") && $0.hasSuffix(".params") }, "\(features)")
        let models = try FileManager.default.contentsOfDirectory(atPath: cache + "/callharness/lm")
        #expect(models.count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache + "/callharness/lm/" + (models.first ?? "")).sorted()
                == ["domain.dict", "domain.lm", "manifest.tsv", "words.tsv"])
        for file in ["report.json", "report.html", "junit.xml", "summary.md"] {
            let text = try String(contentsOfFile: folder + "/out/" + file, encoding: .utf8)
            #expect(!text.contains(cache) && !text.contains(temporary), "\(file) names a cache folder")
        }
    }

    @Test("a cache root of another user is refused in one line naming it, exit 2", .enabled(if: geteuid() == 0))
    func foreignCache() throws {
        let folder = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/cache/callharness", withIntermediateDirectories: true)
        #expect(chown(folder + "/cache/callharness", 65534, 65534) == 0)
        let result = try CommandRunner.run(["run", "Scenarios/cancel.yaml", "--no-history", "--out", folder + "/out"],
                                           in: RealRuns.root, environment: ["XDG_CACHE_HOME": folder + "/cache"])
        #expect(result.status == 2)
        #expect(result.stderr == "callharness: cache folder \(folder)/cache/callharness belongs to another user (uid 65534); remove it or set XDG_CACHE_HOME to a folder of your own\n")
        #expect(!FileManager.default.fileExists(atPath: folder + "/out/report.json"))
    }
}
