import Foundation
import ReportModel
import Testing
@testable import CallHarness
@testable import CallReports

/// The `load` section in report.json (to the schema), in report.html (the curves), and in
/// the gate (a limit on TTFA P95 at a named level).
@Suite("Load section")
struct LoadReportTests {
    /// A ramp 1 → 2 → 4 whose TTFA grows with the calls in flight and whose top level loses calls.
    static func load(growth: Double = 100, seed: UInt64 = 42) -> LoadReport {
        let plan = LoadPlan(steps: [LoadStep(concurrency: 1), LoadStep(concurrency: 2), LoadStep(concurrency: 4)], seed: seed)
        var samples: [LoadCallSample] = []
        for (step, level) in [1, 2, 4].enumerated() {
            for call in 0..<6 {
                let base = 400 + growth * Double(level - 1) + Double(call * 7)
                samples.append(LoadCallSample(step: step, setupMs: 10 + Double(level), ttfaMs: [base, base + 20, base + 45],
                                              bargeInStopMs: [150 + Double(level * 10)], completed: call != 5 || level < 4,
                                              underrunMs: level == 4 ? [40, 20] : []))
            }
        }
        samples.append(LoadCallSample(step: 2, failure: .refused))
        samples.append(LoadCallSample(step: 2, failure: .closedMidCall, setupMs: 15, ttfaMs: [900]))
        return LoadAggregation.report(plan: plan, samples: samples,
                                      harness: HarnessCeiling(calls: 4, limitMs: 5, triedUpTo: 8, levels: [.init(calls: 4, jitterP99Ms: 2.1), .init(calls: 8, jitterP99Ms: 6.3)]))
    }

    static var loaded: RunReport {
        var report = ReportFixture.run
        report.load = load()
        return report
    }

    @Test("report.json's load section fits the schema, and every model in it is described")
    func schema() throws {
        let root = try ReportSchemaTests.schema()
        let invalid = SchemaValidator(root: root).validate(try ReportSchemaTests.encoded(Self.loaded))
        #expect(invalid == [])
        var visited: Set<String> = []
        var problems: [String] = []
        ReportSchemaTests().walk(Self.loaded, rules: ReportSchemaTests.resolve(root, in: root), root: root, path: "$", visited: &visited, problems: &problems)
        #expect(problems == [])
        #expect(visited.isSuperset(of: ["LoadReport", "LoadStepReport", "LoadFailures", "LoadUnderruns", "HarnessCeiling", "Level"]))
        let broken = ReportSchemaTests.edit(try ReportSchemaTests.encoded(Self.loaded), at: ["load", "steps", "2", "failures"], key: "refused", to: .string("1"))
        #expect(!SchemaValidator(root: root).validate(broken).isEmpty)
    }

    @Test("the section reads back from report.json as written")
    func roundTrip() throws {
        let data = try ReportFile.json(Self.loaded)
        let decoded = try JSONDecoder().decode(RunReport.self, from: data)
        #expect(decoded.load == Self.load())
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let steps = try #require((object["load"] as? [String: Any])?["steps"] as? [[String: Any]])
        #expect((steps[2]["failures"] as? [String: Int])?["total"] == 2)
        #expect((steps[2]["ttfaMs"] as? [String: Any])?["p99CI"] != nil)
        // A run without a load test has no load key, and no p99CI anywhere.
        let plain = String(decoding: try ReportFile.json(ReportFixture.run), as: UTF8.self)
        #expect(!plain.contains("\"load\"") && !plain.contains("p99CI"))
    }

    @Test("report.html draws TTFA P95 and failures against calls in flight, one point per level")
    func html() throws {
        let page = HTMLReport.render(Self.loaded)
        #expect(page.contains("<section id=\"load\">"))
        #expect(page.contains("TTFA P95 against calls in flight over 3 levels"))
        #expect(page.contains("Failed calls against calls in flight over 3 levels"))
        #expect(page.components(separatedBy: "class=\"load-p95-dot\"").count - 1 == 3)
        #expect(page.contains("4 in flight: 2 of 8 failed (refused 1, timeout 0, closed mid-call 1, no greeting 0)"))
        #expect(page.contains("The harness paces 4 calls at once"))
        #expect(!HTMLReport.render(ReportFixture.run).contains("load-p95"))
    }

    @Test("compare fails on TTFA P95 over its limit at a named level, and on growth over the baseline's there")
    func gate() throws {
        var baseline = ReportFixture.run
        baseline.load = Self.load(growth: 100)
        var candidate = ReportFixture.run
        candidate.load = Self.load(growth: 300)
        let p95At4 = try #require(candidate.load?.step(concurrency: 4)?.ttfaMs.p95)
        let oldAt4 = try #require(baseline.load?.step(concurrency: 4)?.ttfaMs.p95)
        #expect(p95At4 > oldAt4)

        var thresholds = GateThresholds()
        thresholds.allowNewlyFailing = true
        thresholds.maxTtfaP95RegressionPct = 10_000
        let same = ReportComparison(candidate: baseline, baseline: baseline, thresholds: thresholds)
        #expect(same.verdict.passed)

        thresholds.loadSteps = [LoadStepLimit(concurrency: 4, maxTtfaP95Ms: p95At4 - 1)]
        let over = ReportComparison(candidate: candidate, baseline: baseline, thresholds: thresholds)
        #expect(over.verdict.regressions == ["TTFA P95 at 4 in flight is \(NumberText.number(p95At4)) ms, limit \(NumberText.number(p95At4 - 1)) ms"])
        thresholds.loadSteps = [LoadStepLimit(concurrency: 4, maxTtfaP95Ms: p95At4)]
        #expect(ReportComparison(candidate: candidate, baseline: baseline, thresholds: thresholds).verdict.passed)

        thresholds.loadSteps = [LoadStepLimit(concurrency: 1, maxTtfaP95RegressionPct: 5), LoadStepLimit(concurrency: 4, maxTtfaP95RegressionPct: 5)]
        let grown = ReportComparison(candidate: candidate, baseline: baseline, thresholds: thresholds)
        #expect(grown.verdict.regressions.count == 1)
        #expect(grown.verdict.regressions.first?.hasPrefix("TTFA P95 at 4 in flight rose from \(NumberText.number(oldAt4)) ms to \(NumberText.number(p95At4)) ms") == true)

        thresholds.loadSteps = [LoadStepLimit(concurrency: 8, maxTtfaP95Ms: 5000)]
        #expect(ReportComparison(candidate: candidate, baseline: baseline, thresholds: thresholds).verdict.regressions
                == ["the candidate has no load step at 8 in flight, which the gate names"])
        // Without a load gate, load sections change nothing.
        thresholds.loadSteps = nil
        #expect(ReportComparison(candidate: candidate, baseline: baseline, thresholds: thresholds).verdict.passed)
        let json = String(decoding: try ReportFile.json(ReportComparison(candidate: baseline, baseline: baseline)), as: UTF8.self)
        #expect(!json.contains("loadSteps"))
    }
}
