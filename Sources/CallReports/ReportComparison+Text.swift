import ReportModel
import Foundation

extension ReportComparison {
    /// The comparison as a terminal table (metric, baseline, candidate, change, verdict),
    /// the calls that changed outcome, notes, and then `PASS` or one `REGRESSION: …`
    /// line per regression.
    public var text: String {
        var lines: [String] = []
        lines.append("baseline:  \(describe(baseline))")
        lines.append("candidate: \(describe(candidate))")
        lines.append("")
        let header = ["metric", "baseline", "candidate", "change", "verdict"]
        let body = metrics.map { row in
            [row.metric.label, row.format(row.baseline), row.format(row.candidate), row.formattedChange,
             row.note.map { "\(row.verdictText): \($0)" } ?? row.verdictText]
        }
        lines += Self.table([header] + body)
        if !newlyFailing.isEmpty {
            lines.append("")
            lines.append("newly failing (passed in the baseline):")
            for change in newlyFailing {
                lines.append("  \(change.scenario)")
                for failure in change.failures { lines.append("    - \(failure)") }
            }
        }
        if !newlyPassing.isEmpty {
            lines.append("")
            lines.append("newly passing: \(newlyPassing.map(\.scenario).joined(separator: ", "))")
        }
        if !passRateDrops.isEmpty || !newlyFlaky.isEmpty {
            lines.append("")
            for drop in passRateDrops { lines.append("pass rate fell: \(drop.scenario) \(drop.text)") }
            for change in newlyFlaky { lines.append("newly flaky: \(change.scenario) \(change.text)") }
        }
        if !stateChanges.isEmpty {
            lines.append("")
            lines.append("final state changed:")
            for change in stateChanges {
                lines.append("  \(change.scenario)")
                for row in change.onlyInBaseline { lines.append("    - \(row.text)") }
                for row in change.onlyInCandidate { lines.append("    + \(row.text)") }
            }
        }
        if !notes.isEmpty {
            lines.append("")
            for note in notes { lines.append("note: \(note)") }
        }
        lines.append("")
        if verdict.passed {
            lines.append("PASS")
        } else {
            for regression in verdict.regressions { lines.append("REGRESSION: \(regression)") }
        }
        return lines.joined(separator: "\n")
    }

    private func describe(_ side: Side) -> String {
        var text = "\(side.passed)/\(side.calls) passed, agent \(side.agent) (\(side.latencyProfile)), seed \(side.seed), started \(side.startedAt)"
        if !side.overrides.isEmpty {
            text += ", --set " + side.overrides.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        }
        if !side.complete { text += " [incomplete]" }
        return text
    }

    private static func table(_ rows: [[String]]) -> [String] {
        let widths = (0..<rows[0].count).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell.padding(toLength: widths[index] + 2, withPad: " ", startingAt: 0)
            }.joined()
        }
    }
}
