import Foundation
import Testing

@Suite("compare command and run --baseline")
struct CompareCommandTests {
    let folder = CommandRunner.temporaryFolder()

    func runs() throws -> RealRuns.Runs { try RealRuns.shared.get() }

    @Test("the runs themselves: the default agent passes, the slower one fails its budget and the gate")
    func runWithBaseline() throws {
        let runs = try runs()
        #expect(runs.base.status == 0, "\(runs.base.stderr)")
        #expect(runs.slow.status == 1)
        #expect(runs.slow.stdout.contains("REGRESSION: TTFA P95 rose"))
        #expect(FileManager.default.fileExists(atPath: runs.slowReport))
    }

    @Test("identical reports pass")
    func identical() throws {
        let runs = try runs()
        let result = try CommandRunner.run(["compare", runs.baseReport, runs.baseReport])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("PASS\n"))
        #expect(!result.stdout.contains("REGRESSION"))
    }

    @Test("500 ms more endpointing delay is a TTFA P95 regression outside the baseline's CI")
    func endpointingRegression() throws {
        let runs = try runs()
        let base = try RealRuns.object(runs.baseReport)["summary"] as? [String: Any]
        let slow = try RealRuns.object(runs.slowReport)["summary"] as? [String: Any]
        let baseTTFA = try #require(base?["ttfaMs"] as? [String: Any])
        let slowP95 = try #require((slow?["ttfaMs"] as? [String: Any])?["p95"] as? Double)
        let baseP95 = try #require(baseTTFA["p95"] as? Double)
        let ci = try #require(baseTTFA["p95CI"] as? [Double])
        // The slower agent's P95 is beyond +10% and above the interval, so the gate must fail.
        #expect(slowP95 > baseP95 * 1.1 && slowP95 > ci[1])

        let result = try CommandRunner.run(["compare", runs.slowReport, runs.baseReport, "--allow-newly-failing"])
        #expect(result.status == 1)
        let regressions = result.stdout.split(separator: "\n").filter { $0.hasPrefix("REGRESSION: ") }
        #expect(regressions.count == 1)
        #expect(regressions.first?.contains("TTFA P95") == true)
        #expect(regressions.first?.contains(String(format: "[%.0f, %.0f] ms", ci[0], ci[1])) == true)
        let row = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("TTFA P95") })
        #expect(row.contains(String(format: "%.0f ms", baseP95)) && row.contains(String(format: "%.0f ms", slowP95)) && row.contains("REGRESSION"))
    }

    @Test("thresholds from flags and from a file, flags winning")
    func thresholds() throws {
        let runs = try runs()
        let loose = folder + "/loose.yaml"
        try Data("maxTtfaP95RegressionPct: 50\nallowNewlyFailing: true\n".utf8).write(to: URL(fileURLWithPath: loose))
        let byFile = try CommandRunner.run(["compare", runs.slowReport, runs.baseReport, "--thresholds", loose])
        #expect(byFile.status == 0, "\(byFile.stdout)")
        let flagWins = try CommandRunner.run(["compare", runs.slowReport, runs.baseReport, "--thresholds", loose, "--max-ttfa-p95-regression", "10"])
        #expect(flagWins.status == 1)
        let byFlags = try CommandRunner.run(["compare", runs.slowReport, runs.baseReport, "--max-ttfa-p95-regression", "50"])
        #expect(byFlags.status == 1)
        #expect(byFlags.stdout.contains("REGRESSION: 1 newly failing call: book-patel"))
        #expect(!byFlags.stdout.contains("REGRESSION: TTFA"))
    }

    @Test("an unknown key in the thresholds file is bad input at its line")
    func badThresholds() throws {
        let runs = try runs()
        let file = folder + "/typo.yaml"
        try Data("maxWerIncreasePts: 3\nmaxTtfaP95Regression: 20\n".utf8).write(to: URL(fileURLWithPath: file))
        let result = try CommandRunner.run(["compare", runs.slowReport, runs.baseReport, "--thresholds", file])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(file):2"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test("--json prints the verdict and the metric rows")
    func json() throws {
        let runs = try runs()
        let result = try CommandRunner.run(["compare", runs.slowReport, runs.baseReport, "--json"])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let verdict = try #require(object["verdict"] as? [String: Any])
        #expect(verdict["passed"] as? Bool == false)
        let metrics = try #require(object["metrics"] as? [[String: Any]])
        let ttfa = try #require(metrics.first { $0["metric"] as? String == "ttfaP95" })
        #expect(ttfa["status"] as? String == "regression")
        let failing = try #require(object["newlyFailing"] as? [[String: Any]])
        #expect(failing.map { $0["scenario"] as? String } == ["book-patel"])
    }

    @Test("a small TTFA change below the threshold passes")
    func tinyChange() throws {
        let runs = try runs()
        var report = try RealRuns.object(runs.baseReport)
        var summary = try #require(report["summary"] as? [String: Any])
        var ttfa = try #require(summary["ttfaMs"] as? [String: Any])
        let p95 = try #require(ttfa["p95"] as? Double)
        ttfa["p95"] = p95 * 1.03
        summary["ttfaMs"] = ttfa
        report["summary"] = summary
        let candidate = folder + "/tiny.json"
        try RealRuns.write(report, to: candidate)
        let result = try CommandRunner.run(["compare", candidate, runs.baseReport])
        #expect(result.status == 0, "\(result.stdout)")
        let row = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("TTFA P95") })
        #expect(row.contains("(+3.0%)"))
    }

    @Test("a call that passed in the baseline and fails in the candidate fails the gate")
    func newlyFailing() throws {
        let runs = try runs()
        var report = try RealRuns.object(runs.baseReport)
        var calls = try #require(report["calls"] as? [[String: Any]])
        let scenario = try #require(calls[1]["scenario"] as? String)
        calls[1]["passed"] = false
        calls[1]["failures"] = ["expected tool call cancel_appointment was not made"]
        report["calls"] = calls
        let candidate = folder + "/failing.json"
        try RealRuns.write(report, to: candidate)
        let result = try CommandRunner.run(["compare", candidate, runs.baseReport])
        #expect(result.status == 1)
        #expect(result.stdout.contains("REGRESSION: 1 newly failing call: \(scenario)"))
        #expect(result.stdout.contains("expected tool call cancel_appointment was not made"))
    }

    @Test("a missing, malformed or newer report is bad input naming the file", arguments: [0, 1, 2], [true, false])
    func badReports(kind: Int, asCandidate: Bool) throws {
        let runs = try runs()
        let path: String
        switch kind {
        case 0: path = folder + "/missing.json"
        case 1:
            path = folder + "/broken.json"
            try Data("{\"schemaVersion\": 1, \"calls\": [".utf8).write(to: URL(fileURLWithPath: path))
        default:
            path = folder + "/v2.json"
            var report = try RealRuns.object(runs.baseReport)
            report["schemaVersion"] = 2
            try RealRuns.write(report, to: path)
        }
        let arguments = asCandidate ? [path, runs.baseReport] : [runs.baseReport, path]
        let result = try CommandRunner.run(["compare"] + arguments)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("callharness: \(path): "))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stdout.isEmpty)
    }

    @Test("run --baseline with a missing baseline fails before running anything")
    func missingBaseline() throws {
        let out = folder + "/never"
        let result = try CommandRunner.run(["run", RealRuns.scenarios[0], "--out", out, "--no-history", "--baseline", folder + "/nope.json"], in: RealRuns.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("nope.json: file not found"))
        #expect(!FileManager.default.fileExists(atPath: out + "/report.json"))
    }
}

extension CompareCommandTests {
    /// The base run's report with a two-level load section whose TTFA P95 at 4 in flight is `p95`.
    func withLoad(p95: Double, named name: String) throws -> String {
        let runs = try runs()
        var report = try RealRuns.object(runs.baseReport)
        func step(_ level: Int, _ p95: Double) -> [String: Any] {
            ["concurrency": level, "calls": 4, "connected": 4, "completed": 4, "completionRate": 1.0, "bargeIns": 0,
             "ttfaMs": ["p50": p95 - 100, "p95": p95, "count": 12], "setupMs": ["p50": 3.0, "count": 4],
             "failures": ["refused": 0, "timeout": 0, "closedMidCall": 0, "noGreeting": 0, "total": 0],
             "underruns": ["count": 0, "totalMs": 0.0, "calls": 0]]
        }
        report["load"] = ["plan": "ramp 1,4 closed-loop", "arrivals": "closed-loop", "clock": "monotonic", "steps": [step(1, 700), step(4, p95)]]
        let path = folder + "/\(name).json"
        try RealRuns.write(report, to: path)
        return path
    }

    @Test("--max-ttfa-p95-at and --max-ttfa-p95-regression-at gate a named load level; a bad value is bad input")
    func loadGate() throws {
        let baseline = try withLoad(p95: 900, named: "load-base"), candidate = try withLoad(p95: 1200, named: "load-slow")
        #expect(try CommandRunner.run(["compare", candidate, baseline]).status == 0)
        let over = try CommandRunner.run(["compare", candidate, baseline, "--max-ttfa-p95-at", "4=1000"])
        #expect(over.status == 1)
        #expect(over.stdout.contains("REGRESSION: TTFA P95 at 4 in flight is 1200 ms, limit 1000 ms"), "\(over.stdout)")
        #expect(try CommandRunner.run(["compare", candidate, baseline, "--max-ttfa-p95-at", "4=1500", "--max-ttfa-p95-at", "1=800"]).status == 0)
        let grown = try CommandRunner.run(["compare", candidate, baseline, "--max-ttfa-p95-regression-at", "4=20"])
        #expect(grown.status == 1)
        #expect(grown.stdout.contains("REGRESSION: TTFA P95 at 4 in flight rose from 900 ms to 1200 ms (+33.3%, limit +20%)"), "\(grown.stdout)")
        let file = folder + "/load-gate.yaml"
        try Data("loadSteps:\n  - concurrency: 4\n    maxTtfaP95Ms: 1100\n".utf8).write(to: URL(fileURLWithPath: file))
        #expect(try CommandRunner.run(["compare", candidate, baseline, "--thresholds", file]).status == 1)
        let bad = try CommandRunner.run(["compare", candidate, baseline, "--max-ttfa-p95-at", "four=10"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--max-ttfa-p95-at four=10: expected LEVEL=NUMBER"))
    }
}
