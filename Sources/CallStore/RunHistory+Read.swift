import CallDatabase
import Foundation

extension RunHistory {
    /// The most recent `limit` runs, oldest first (the order of a trend line).
    public func recentRuns(limit: Int = 20) throws(DatabaseError) -> [HistoryRow] {
        let rows = try database.query("SELECT * FROM runs ORDER BY id DESC LIMIT ?", [.integer(Int64(max(0, limit)))])
        return rows.reversed().map(Self.historyRow)
    }

    /// The run with `id`, if recorded.
    public func run(id: Int64) throws(DatabaseError) -> HistoryRow? {
        try database.query("SELECT * FROM runs WHERE id = ?", [.integer(id)]).first.map(Self.historyRow)
    }

    /// How many runs are recorded.
    public func runCount() throws(DatabaseError) -> Int {
        try database.scalar("SELECT count(*) FROM runs")?.int ?? 0
    }

    /// The calls of `scenario` in the most recent `limit` runs that ran it, oldest first.
    public func scenarioHistory(_ scenario: String, limit: Int = 20) throws(DatabaseError) -> [ScenarioHistoryRow] {
        let rows = try database.query("""
            SELECT c.*, r.started_at AS run_started_at, r.git_commit AS run_git_commit, r.complete AS run_complete
            FROM calls c JOIN runs r ON r.id = c.run_id
            WHERE c.scenario = ?
            ORDER BY c.run_id DESC, c.position DESC
            LIMIT ?
            """, [.text(scenario), .integer(Int64(max(0, limit)))])
        return rows.reversed().map { row in
            ScenarioHistoryRow(
                runID: row["run_id"]?.int64 ?? 0, startedAt: row["run_started_at"]?.text ?? "", gitCommit: row["run_git_commit"]?.text,
                runComplete: row["run_complete"]?.int == 1, scenario: row["scenario"]?.text ?? scenario,
                passed: row["passed"]?.int == 1, completed: row["completed"]?.int == 1, escalated: row["escalated"]?.int == 1,
                endedBy: row["ended_by"]?.text ?? "", wer: row["wer"]?.double ?? 0,
                ttfaP50Ms: row["ttfa_p50_ms"]?.double, ttfaP95Ms: row["ttfa_p95_ms"]?.double,
                failures: Self.strings(fromJSON: row["failures"]?.text))
        }
    }

    private static func historyRow(_ row: SQLiteRow) -> HistoryRow {
        HistoryRow(
            id: row["id"]?.int64 ?? 0, startedAt: row["started_at"]?.text ?? "", gitCommit: row["git_commit"]?.text,
            agentName: row["agent_name"]?.text ?? "", agentFileHash: row["agent_file_hash"]?.text,
            latencyProfile: row["latency_profile"]?.text ?? "", latencyProfileHash: row["latency_profile_hash"]?.text,
            seed: UInt64(bitPattern: row["seed"]?.int64 ?? 0), complete: row["complete"]?.int == 1,
            calls: row["calls"]?.int ?? 0, passed: row["passed"]?.int ?? 0,
            completionRate: row["completion_rate"]?.double ?? 0, escalationAccuracy: row["escalation_accuracy"]?.double ?? 0,
            wer: row["wer"]?.double ?? 0, ttfaP50Ms: row["ttfa_p50_ms"]?.double, ttfaP95Ms: row["ttfa_p95_ms"]?.double,
            eotP95Ms: row["eot_p95_ms"]?.double, simulatedSeconds: row["simulated_seconds"]?.double ?? 0,
            wallSeconds: row["wall_seconds"]?.double ?? 0, reportPath: row["report_path"]?.text)
    }

    private static func strings(fromJSON text: String?) -> [String] {
        guard let text, let strings = try? JSONDecoder().decode([String].self, from: Data(text.utf8)) else { return [] }
        return strings
    }
}
