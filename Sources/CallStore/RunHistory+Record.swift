import ReportModel
import CallDatabase
import Foundation

extension RunHistory {
    /// Records `report` (its summary and every call) in one transaction and returns the
    /// new run's id. `reportPath` is kept to find the report again.
    @discardableResult
    public func record(_ report: RunReport, provenance: RunProvenance, reportPath: String? = nil) throws(DatabaseError) -> Int64 {
        try record(report, provenance: provenance, reportPath: reportPath, afterCall: { _ in })
    }

    /// `record`, calling `afterCall` with each call's position once its row is written
    /// (inside the transaction).
    func record(_ report: RunReport, provenance: RunProvenance, reportPath: String?, afterCall: (Int) -> Void) throws(DatabaseError) -> Int64 {
        let overrides = try json(report.agent.overrides)
        let failures = try report.calls.map { call throws(DatabaseError) in try json(call.failures) }
        let s = report.summary
        do {
            return try database.transaction {
                try database.run("""
                    INSERT INTO runs (started_at, git_commit, tool_version, agent_name, agent_file, agent_file_hash,
                        latency_profile, latency_profile_hash, overrides, seed, report_path, complete, calls, passed,
                        completion_rate, escalation_accuracy, wer, ttfa_p50_ms, ttfa_p95_ms, eot_p95_ms,
                        simulated_seconds, wall_seconds)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, [
                        .text(report.startedAt), SQLiteValue(provenance.gitCommit), .text(report.tool.version),
                        .text(report.agent.name), .text(report.agent.file), SQLiteValue(provenance.agentFileHash),
                        .text(report.agent.latencyProfile), SQLiteValue(provenance.latencyProfileHash), .text(overrides),
                        .integer(Int64(bitPattern: report.seed)), SQLiteValue(reportPath), .integer(report.complete ? 1 : 0),
                        .integer(Int64(report.calls.count)), .integer(Int64(report.calls.filter(\.passed).count)),
                        .real(s.completionRate), .real(s.escalationAccuracy), .real(s.wer),
                        SQLiteValue(s.ttfaMs.p50), SQLiteValue(s.ttfaMs.p95), SQLiteValue(s.eotMs.p95),
                        .real(s.simulatedSeconds), .real(s.wallSeconds),
                    ])
                let runID = database.lastInsertRowID
                for (position, call) in report.calls.enumerated() {
                    try database.run("""
                        INSERT INTO calls (run_id, position, scenario, passed, completed, escalated, expected_escalation,
                            ended_by, wer, ttfa_p50_ms, ttfa_p95_ms, duration_ms, failures)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, [
                            .integer(runID), .integer(Int64(position)), .text(call.scenario), .integer(call.passed ? 1 : 0),
                            .integer(call.completed ? 1 : 0), .integer(call.escalated ? 1 : 0),
                            .integer(call.expectedEscalation ? 1 : 0), .text(call.endedBy), .real(call.wer),
                            SQLiteValue(call.ttfaMs.p50), SQLiteValue(call.ttfaMs.p95), .real(call.durationMs),
                            .text(failures[position]),
                        ])
                    afterCall(position)
                }
                for verdict in report.scenarios ?? [] {
                    try database.run("""
                        INSERT INTO scenario_rates (run_id, scenario, runs, passed, pass_rate_low, pass_rate_high, required_pass_rate, holds)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """, [
                            .integer(runID), .text(verdict.scenario), .integer(Int64(verdict.runs)), .integer(Int64(verdict.passed)),
                            .real(verdict.passRateInterval[0]), .real(verdict.passRateInterval[1]), SQLiteValue(verdict.requiredPassRate),
                            .integer(verdict.holds ? 1 : 0),
                        ])
                }
                return runID
            }
        } catch let error as DatabaseError {
            throw error
        } catch {
            throw .invalidInput(path, "cannot record the run (\(error))")
        }
    }

    private func json<T: Encodable>(_ value: T) throws(DatabaseError) -> String {
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            throw .invalidInput(path, "cannot encode \(T.self) as JSON (\(error))")
        }
    }
}
