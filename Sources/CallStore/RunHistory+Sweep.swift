import ReportModel
import CallDatabase
import Foundation

extension RunHistory {
    /// The sweep tables' migrations, applied when a sweep is first recorded or read.
    /// Identifiers are their own, apart from the run tables'; add new ones at the end.
    static var sweepMigrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.register("sweep-v1-cells") { db in
            try db.execute("""
                CREATE TABLE sweep_cells (
                    id INTEGER PRIMARY KEY,
                    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    cell TEXT NOT NULL,
                    axes TEXT NOT NULL,
                    calls INTEGER NOT NULL,
                    passed INTEGER NOT NULL,
                    completion_rate REAL,
                    wer REAL,
                    ttfa_p95_ms REAL,
                    UNIQUE (run_id, position)
                );
                CREATE INDEX sweep_cells_by_cell ON sweep_cells (cell, run_id);
                """)
        }
        return migrator
    }

    /// Records every cell of `report`'s sweep under the recorded run `runID`, in one
    /// transaction. A report without a sweep records nothing.
    public func recordSweepCells(_ report: RunReport, runID: Int64) throws(DatabaseError) {
        guard let sweep = report.sweep else { return }
        try migrateSweepTables()
        let axes = String(decoding: (try? JSONEncoder().encode(sweep.axes.map(\.name))) ?? Data("[]".utf8), as: UTF8.self)
        do {
            try database.transaction {
                for (position, cell) in sweep.cells.enumerated() {
                    try database.run("""
                        INSERT INTO sweep_cells (run_id, position, cell, axes, calls, passed, completion_rate, wer, ttfa_p95_ms)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, [.integer(runID), .integer(Int64(position)), .text(cell.key), .text(axes), .integer(Int64(cell.calls)),
                              .integer(Int64(cell.passed)), SQLiteValue(cell.completionRate), SQLiteValue(cell.wer), SQLiteValue(cell.ttfaP95Ms)])
                }
            }
        } catch let error as DatabaseError {
            throw error
        } catch {
            throw .invalidInput(path, "cannot record the sweep's cells (\(error))")
        }
    }

    /// One cell's results in the most recent `limit` runs that swept it, oldest first.
    public func cellHistory(_ cell: String, limit: Int = 20) throws(DatabaseError) -> [SweepCellHistoryRow] {
        try migrateSweepTables()
        let rows = try database.query("""
            SELECT s.*, r.started_at AS run_started_at, r.git_commit AS run_git_commit
            FROM sweep_cells s JOIN runs r ON r.id = s.run_id
            WHERE s.cell = ?
            ORDER BY s.run_id DESC
            LIMIT ?
            """, [.text(cell), .integer(Int64(max(0, limit)))])
        return rows.reversed().map { row in
            SweepCellHistoryRow(runID: row["run_id"]?.int64 ?? 0, startedAt: row["run_started_at"]?.text ?? "", gitCommit: row["run_git_commit"]?.text,
                                cell: row["cell"]?.text ?? cell, calls: row["calls"]?.int ?? 0, passed: row["passed"]?.int ?? 0,
                                completionRate: row["completion_rate"]?.double, wer: row["wer"]?.double, ttfaP95Ms: row["ttfa_p95_ms"]?.double)
        }
    }

    /// Every cell key recorded by any sweep, sorted.
    public func recordedCells() throws(DatabaseError) -> [String] {
        try migrateSweepTables()
        return try database.query("SELECT DISTINCT cell FROM sweep_cells ORDER BY cell").compactMap { $0["cell"]?.text }
    }

    private func migrateSweepTables() throws(DatabaseError) {
        do {
            try database.transaction { try Self.sweepMigrator.migrate(database) }
        } catch let error as DatabaseError {
            throw error
        } catch {
            throw .invalidInput(path, "cannot migrate the sweep tables (\(error))")
        }
    }
}
