import ReportModel
import CallHarness
import Foundation

/// Reports built from JSON the way `report.json` is read, for tests to adjust.
enum ReportFixture {
    /// A complete run of `scenarios`, every call passed, with the given run-level numbers.
    static func report(_ scenarios: [String] = ["book", "cancel", "info"], ttfaP95: Double? = 2000, p95CI: [Double]? = [1900, 2100],
                       completion: Double = 1, wer: Double = 0.05, startedAt: String = "2026-01-05T10:00:00Z", seed: UInt64 = 42) throws -> RunReport {
        let summary: [String: Any] = [
            "calls": scenarios.count, "passed": scenarios.count, "completionRate": completion, "escalationRate": 0,
            "escalationAccuracy": 1, "wer": wer,
            "ttfaMs": stats(p50: ttfaP95.map { $0 * 0.8 }, p95: ttfaP95, p95CI: p95CI, count: 4 * scenarios.count),
            "eotMs": stats(p50: 600, p95: 700, p95CI: nil, count: 4 * scenarios.count),
            "bargeIn": ["count": 0, "cutIns": 0, "falseBargeIns": 0],
            "deadAirMsMax": 2000, "talkOverSeconds": 0, "simulatedSeconds": 40.0 * Double(scenarios.count), "wallSeconds": 3.5,
            "percentileMethod": "nearest-rank",
        ]
        let object: [String: Any] = [
            "schemaVersion": 1, "tool": ["name": "callharness", "version": "test"], "seed": seed,
            "agent": ["name": "receptionist", "file": "/agents/receptionist.yaml", "latencyProfile": "cloud-typical",
                      "reproducible": true, "overrides": [String: String](), "unpronounceableWords": [String]()],
            "startedAt": startedAt, "complete": true, "summary": summary,
            "calls": scenarios.enumerated().map { call($1, ttfaP50: 1500 + 100 * Double($0)) },
        ]
        return try JSONDecoder().decode(RunReport.self, from: JSONSerialization.data(withJSONObject: object))
    }

    /// The JSON of a report.
    static func json(_ report: RunReport) throws -> Data { try ReportFile.json(report) }

    private static func call(_ scenario: String, ttfaP50: Double) -> [String: Any] {
        let direction: [String: Any] = ["sent": 100, "lost": 0, "late": 0, "concealed": 0, "meanDelayMs": 80]
        return [
            "scenario": scenario, "file": "/scenarios/\(scenario).yaml", "seed": 7, "passed": true, "completed": true,
            "escalated": false, "expectedEscalation": false, "endedBy": "agent", "wer": 0.05,
            "werCounts": ["substitutions": 1, "deletions": 0, "insertions": 0, "referenceWords": 20],
            "failures": [String](), "durationMs": 40000,
            "ttfaMs": stats(p50: ttfaP50, p95: ttfaP50 + 400, p95CI: nil, count: 4),
            "eotMs": stats(p50: 600, p95: 700, p95CI: nil, count: 4),
            "bargeIns": [Any](), "cutIns": 0, "falseBargeIns": 0, "deadAirMs": 1800, "talkOverMs": 0,
            "entities": [Any](), "toolCalls": [Any](), "line": ["callerToAgent": direction, "agentToCaller": direction],
            "turns": [Any](), "timeline": [Any](), "artifacts": [String: String](),
        ]
    }

    private static func stats(p50: Double?, p95: Double?, p95CI: [Double]?, count: Int) -> [String: Any] {
        var object: [String: Any] = ["count": count]
        if let p50 { object["p50"] = p50 }
        if let p95 { object["p95"] = p95; object["max"] = p95 }
        if let p95CI { object["p95CI"] = p95CI }
        return object
    }
}
