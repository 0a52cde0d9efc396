import ReportModel
import Foundation

/// The run's human- and CI-facing documents written beside its report.json: report.html,
/// junit.xml and summary.md.
public enum ReportWriters {
    /// The documents `documents` renders, as named in the output folder.
    public static let fileNames = ["report.html", "junit.xml", "summary.md"]

    /// Renders report.html, junit.xml and summary.md of a report, for an `OutputSet` to
    /// write with it; `baseline` adds the comparison the gate makes under `thresholds`,
    /// `history` (earlier runs, oldest first) trend lines.
    public static func documents(baseline: RunReport? = nil, thresholds: GateThresholds = .init(), history: [HistoryPoint] = [])
        -> @Sendable (RunReport) -> [(name: String, text: String)] {
        { report in
            zip(fileNames, [
                HTMLReport.render(report, baseline: baseline, thresholds: thresholds, history: history),
                JUnitReport.render(report),
                MarkdownSummary.render(report, baseline: baseline, thresholds: thresholds),
            ]).map { (name: $0, text: $1) }
        }
    }

    /// Reads a report.json, for a baseline.
    public static func loadReport(_ path: String) throws -> RunReport {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ReportWriterError.cannotRead(path, error.localizedDescription)
        }
        do {
            return try JSONDecoder().decode(RunReport.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw ReportWriterError.notAReport(path, "no key '\((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))'")
        } catch let DecodingError.typeMismatch(_, context) {
            throw ReportWriterError.notAReport(path, "wrong type at '\(context.codingPath.map(\.stringValue).joined(separator: "."))'")
        } catch {
            throw ReportWriterError.notAReport(path, "not valid JSON")
        }
    }
}
