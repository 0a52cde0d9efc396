import Foundation

/// The history as terminal tables, newest last.
public enum HistoryTable {
    /// One line per run: run, date, commit, passed/calls, completion, TTFA P95, WER.
    public static func runs(_ rows: [HistoryRow]) -> String {
        let header = ["run", "date", "commit", "passed", "completion", "TTFA P95", "WER", ""]
        let body = rows.map { row in
            [String(row.id), date(row.startedAt), commit(row.gitCommit), "\(row.passed)/\(row.calls)", percent(row.completionRate),
             ms(row.ttfaP95Ms), percent(row.wer), row.complete ? "" : "incomplete"]
        }
        return table([header] + body)
    }

    /// One line per run of a scenario: run, date, commit, result, TTFA P95, WER, first failure.
    public static func scenario(_ rows: [ScenarioHistoryRow]) -> String {
        let header = ["run", "date", "commit", "result", "TTFA P95", "WER", "failure"]
        let body = rows.map { row in
            [String(row.runID), date(row.startedAt), commit(row.gitCommit), row.passed ? "pass" : "FAIL", ms(row.ttfaP95Ms),
             percent(row.wer), failure(row.failures)]
        }
        return table([header] + body)
    }

    /// One line per sweep run of a cell: run, date, commit, passed/calls, completion, TTFA P95, WER.
    public static func cell(_ rows: [SweepCellHistoryRow]) -> String {
        let header = ["run", "date", "commit", "passed", "completion", "TTFA P95", "WER"]
        let body = rows.map { row in
            [String(row.runID), date(row.startedAt), commit(row.gitCommit), "\(row.passed)/\(row.calls)",
             row.completionRate.map(percent) ?? "–", ms(row.ttfaP95Ms), row.wer.map(percent) ?? "–"]
        }
        return table([header] + body)
    }

    /// `2026-01-31T09:15:00Z` shown as `2026-01-31 09:15`.
    static func date(_ iso: String) -> String {
        guard iso.count >= 16, iso.dropFirst(10).first == "T" else { return iso }
        return iso.prefix(10) + " " + iso.dropFirst(11).prefix(5)
    }

    static func commit(_ hash: String?) -> String { hash.map { String($0.prefix(7)) } ?? "–" }

    private static func percent(_ fraction: Double) -> String { String(format: "%.1f%%", fraction * 100) }

    private static func ms(_ value: Double?) -> String { value.map { String(format: "%.0f ms", $0) } ?? "–" }

    private static func failure(_ failures: [String]) -> String {
        guard let first = failures.first else { return "" }
        return failures.count == 1 ? first : "\(first) (+\(failures.count - 1) more)"
    }

    private static func table(_ rows: [[String]]) -> String {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell.padding(toLength: widths[index] + 2, withPad: " ", startingAt: 0)
            }.joined().trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }
}
