import CallDatabase

extension RunHistory {
    /// The schema's migrations, oldest first. Add new ones at the end; never edit one
    /// that has shipped.
    public static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.register("v1-runs-calls") { db in
            try db.execute("""
                CREATE TABLE runs (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    started_at TEXT NOT NULL,
                    git_commit TEXT,
                    tool_version TEXT NOT NULL,
                    agent_name TEXT NOT NULL,
                    agent_file TEXT NOT NULL,
                    agent_file_hash TEXT,
                    latency_profile TEXT NOT NULL,
                    latency_profile_hash TEXT,
                    overrides TEXT NOT NULL,
                    seed INTEGER NOT NULL,
                    report_path TEXT,
                    complete INTEGER NOT NULL CHECK (complete IN (0, 1)),
                    calls INTEGER NOT NULL,
                    passed INTEGER NOT NULL,
                    completion_rate REAL NOT NULL,
                    escalation_accuracy REAL NOT NULL,
                    wer REAL NOT NULL,
                    ttfa_p50_ms REAL,
                    ttfa_p95_ms REAL,
                    eot_p95_ms REAL,
                    simulated_seconds REAL NOT NULL,
                    wall_seconds REAL NOT NULL
                );
                CREATE TABLE calls (
                    id INTEGER PRIMARY KEY,
                    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    scenario TEXT NOT NULL,
                    passed INTEGER NOT NULL CHECK (passed IN (0, 1)),
                    completed INTEGER NOT NULL CHECK (completed IN (0, 1)),
                    escalated INTEGER NOT NULL CHECK (escalated IN (0, 1)),
                    expected_escalation INTEGER NOT NULL CHECK (expected_escalation IN (0, 1)),
                    ended_by TEXT NOT NULL,
                    wer REAL NOT NULL,
                    ttfa_p50_ms REAL,
                    ttfa_p95_ms REAL,
                    duration_ms REAL NOT NULL,
                    failures TEXT NOT NULL,
                    UNIQUE (run_id, position)
                );
                CREATE INDEX calls_by_scenario ON calls (scenario, run_id);
                """)
        }
        migrator.register("v2-scenario-rates") { db in
            try db.execute("""
                CREATE TABLE scenario_rates (
                    id INTEGER PRIMARY KEY,
                    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                    scenario TEXT NOT NULL,
                    runs INTEGER NOT NULL,
                    passed INTEGER NOT NULL,
                    pass_rate_low REAL NOT NULL,
                    pass_rate_high REAL NOT NULL,
                    required_pass_rate REAL,
                    holds INTEGER NOT NULL CHECK (holds IN (0, 1)),
                    UNIQUE (run_id, scenario)
                );
                CREATE INDEX scenario_rates_by_scenario ON scenario_rates (scenario, run_id);
                """)
        }
        return migrator
    }
}
