import Foundation
import Testing

@Suite("sweep, --shard and merge", .serialized)
struct SweepCommandTests {
    let folder = CommandRunner.temporaryFolder()
    let root = RealRuns.root

    /// The report with the two fields that may differ between identical runs removed.
    static func comparable(_ path: String) throws -> NSDictionary {
        var object = try RealRuns.object(path)
        object["startedAt"] = nil
        var summary = object["summary"] as? [String: Any] ?? [:]
        summary["wallSeconds"] = nil
        object["summary"] = summary
        return object as NSDictionary
    }

    @Test("a 3 × 3 sweep: nine calls tagged with their cells, the sweep section, a heatmap, every cell in history")
    func grid() throws {
        let voices = ["flite/slt", "flite/awb", "flite/kal16"], snrs = ["60", "20", "10"]
        let out = folder + "/grid", db = folder + "/history.sqlite"
        let result = try CommandRunner.run(["sweep", "Scenarios/opening-hours.yaml", "--axis", "voice=" + voices.joined(separator: ","),
                                            "--axis", "snr=" + snrs.joined(separator: ","), "--out", out, "--jobs", "2", "--db", db,
                                            "--cache", folder + "/tts"], in: root)
        #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("ETA"))
        let report = try RealRuns.object(out + "/report.json")
        let calls = try #require(report["calls"] as? [[String: Any]])
        #expect(calls.count == 9)
        let expectedCells = voices.flatMap { v in snrs.map { "voice=\(v),snr=\($0)" } }
        #expect(calls.compactMap { $0["cell"] as? String } == expectedCells)
        #expect(calls.compactMap { $0["scenario"] as? String } == expectedCells.map { "opening-hours@" + $0 })
        #expect(Set(calls.compactMap { $0["seed"] as? UInt64 }).count == 9, "each cell its own seed")

        let sweep = try #require(report["sweep"] as? [String: Any])
        let axes = try #require(sweep["axes"] as? [[String: Any]])
        #expect(axes.compactMap { $0["name"] as? String } == ["voice", "snr"])
        #expect(axes.compactMap { $0["values"] as? [String] } == [voices, snrs])
        let cells = try #require(sweep["cells"] as? [[String: Any]])
        #expect(cells.compactMap { $0["key"] as? String } == expectedCells)
        for (index, cell) in cells.enumerated() {
            let call = calls[index]
            #expect(cell["calls"] as? Int == 1 && cell["callIndexes"] as? [Int] == [index])
            #expect(cell["passed"] as? Int == ((call["passed"] as? Bool) == true ? 1 : 0))
            #expect(cell["completionRate"] as? Double == ((call["completed"] as? Bool) == true ? 1 : 0))
            let ttfas = (call["turns"] as? [[String: Any]] ?? []).compactMap { $0["ttfaMs"] as? Double }
            // With fewer than 20 samples the nearest-rank P95 is the largest (rounded to 0.1 ms like every latency).
            #expect(cell["ttfaP95Ms"] as? Double == ttfas.max().map { ($0 * 10).rounded() / 10 })
        }
        // Recordings only for failing calls.
        for call in calls {
            let artifacts = call["artifacts"] as? [String: String] ?? [:]
            #expect(artifacts.isEmpty == (call["passed"] as? Bool == true))
            for path in artifacts.values { #expect(FileManager.default.fileExists(atPath: out + "/" + path)) }
        }

        let html = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
        #expect(html.contains("<section id=\"sweep\">"))
        #expect(html.components(separatedBy: "<table class=\"heatmap\">").count - 1 == 3, "completion, WER and TTFA P95")
        for index in 1...9 {
            #expect(html.components(separatedBy: "href=\"#cell-\(index)\"").count - 1 == 3)
            #expect(html.contains("<tr id=\"cell-\(index)\""))
        }
        let junit = try String(contentsOfFile: out + "/junit.xml", encoding: .utf8)
        #expect(junit.components(separatedBy: "<testcase").count - 1 == 9)

        let rows = try Self.sqlite(db, "SELECT cell FROM sweep_cells ORDER BY position")
        #expect(rows == expectedCells)

        // One cell's trend, and a cell no sweep ran.
        let trend = try CommandRunner.run(["history", "--db", db, "--cell", "voice=flite/awb,snr=20"], in: root)
        #expect(trend.status == 0, "\(trend.stderr)")
        let lines = trend.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2 && lines[0].hasPrefix("run") && lines[1].hasPrefix("1 "), "\(trend.stdout)")
        #expect(lines.last?.contains("\(cells[4]["passed"] as? Int ?? -1)/1") == true)
        let unknown = try CommandRunner.run(["history", "--db", db, "--cell", "voice=flite/rms"], in: root)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("'voice=flite/rms'") && unknown.stderr.contains("voice=flite/slt,snr=60"))
    }

    static func sqlite(_ db: String, _ query: String) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [db, query]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test("--shard 1/2 and 2/2 merged equal the unsharded report", arguments: ["run", "sweep"])
    func shardsMerge(command: String) throws {
        var arguments = [command, "Scenarios/opening-hours.yaml", "Scenarios/doctor-info.yaml", "--no-history", "--cache", folder + "/tts"]
        if command == "sweep" { arguments += ["--axis", "voice=flite/slt,flite/awb", "--keep-audio", "all"] }
        let whole = try CommandRunner.run(arguments + ["--out", folder + "/whole", "--jobs", "2"], in: root)
        let one = try CommandRunner.run(arguments + ["--out", folder + "/one", "--shard", "1/2", "--jobs", "1"], in: root)
        let two = try CommandRunner.run(arguments + ["--out", folder + "/two", "--shard", "2/2", "--jobs", "2"], in: root)
        for result in [whole, one, two] { #expect(result.status == 0 || result.status == 1, "\(result.stderr)") }
        let total = (try RealRuns.object(folder + "/whole/report.json")["calls"] as? [Any])?.count ?? 0
        #expect(total == (command == "run" ? 2 : 4))
        let shardCalls = try [folder + "/one", folder + "/two"].map { (try RealRuns.object($0 + "/report.json")["calls"] as? [Any])?.count ?? 0 }
        #expect(shardCalls == [total - total / 2, total / 2])

        let merged = try CommandRunner.run(["merge", folder + "/two/report.json", folder + "/one/report.json", "--out", folder + "/merged", "--no-history"], in: root)
        #expect(merged.status == whole.status, "\(merged.stderr)")
        #expect(try Self.comparable(folder + "/merged/report.json") == Self.comparable(folder + "/whole/report.json"))
        for name in ["report.html", "junit.xml", "summary.md"] {
            #expect(FileManager.default.fileExists(atPath: folder + "/merged/" + name))
        }
        let calls = try RealRuns.object(folder + "/merged/report.json")["calls"] as? [[String: Any]] ?? []
        for path in calls.flatMap({ ($0["artifacts"] as? [String: String] ?? [:]).values }) {
            #expect(FileManager.default.fileExists(atPath: folder + "/merged/" + path), "\(path) copied from its shard")
        }
    }

    @Test("merging shards of different seeds, a missing shard or a whole report is refused with exit 2")
    func mismatchedShards() throws {
        let base = ["sweep", "Scenarios/opening-hours.yaml", "--axis", "voice=flite/slt,flite/awb", "--no-history", "--cache", folder + "/tts", "--jobs", "2"]
        _ = try CommandRunner.run(base + ["--out", folder + "/a", "--shard", "1/2"], in: root)
        _ = try CommandRunner.run(base + ["--out", folder + "/b", "--shard", "2/2", "--seed", "7"], in: root)
        _ = try CommandRunner.run(base + ["--out", folder + "/c", "--shard", "2/2", "--axis", "snr=20"], in: root)
        for (reports, mentions) in [([folder + "/a", folder + "/b"], "seed"), ([folder + "/a", folder + "/c"], "sweep grid"),
                                    ([folder + "/a"], "missing"), ([folder + "/a", folder + "/a"], "twice")] {
            let result = try CommandRunner.run(["merge"] + reports.map { $0 + "/report.json" } + ["--out", folder + "/m", "--no-history"], in: root)
            #expect(result.status == 2)
            #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.contains(mentions), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder + "/m/report.json"))
        }
    }

    @Test("bad shard specs and axes are bad input", arguments: [
        (["--shard", "0/2"], "--shard 0/2"), (["--shard", "3/2"], "--shard 3/2"), (["--shard", "1/0"], "--shard 1/0"), (["--shard", "half"], "--shard half"),
        (["--axis", "voice=flite/nobody"], "flite/nobody"), (["--axis", "loss=150"], "loss=150"), (["--axis", "pitch=1,2"], "pitch"),
        (["--axis", "noise.0.snrDb=10"], "noise"), (["--axis", "agent.endpointing.minSilenceMs=soon"], "agent.endpointing.minSilenceMs=soon"),
        (["--axis", "persona=impatient,grumpy"], "--axis persona=impatient,grumpy: unknown persona 'grumpy'; presets: cooperative, elderly"),
    ])
    func badInput(arguments: [String], mentions: String) throws {
        var command = ["sweep", "Scenarios/opening-hours.yaml", "--out", folder + "/bad", "--no-history"] + arguments
        if !arguments.contains("--axis") { command += ["--axis", "voice=flite/slt"] }
        let result = try CommandRunner.run(command, in: root)
        #expect(result.status == 2)
        #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.contains(mentions), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/bad/report.json"))
    }
}
