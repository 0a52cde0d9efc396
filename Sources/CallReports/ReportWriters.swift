import CallHarness
import Foundation

/// Writes a run's human- and CI-facing reports next to its report.json: report.html,
/// junit.xml and summary.md, each atomically (a temporary file renamed into place).
public enum ReportWriters {
    /// The files `writeAll` writes, relative to the folder.
    public static let fileNames = ["report.html", "junit.xml", "summary.md"]

    /// Writes report.html, junit.xml and summary.md into `folder` (created if missing);
    /// `baseline` adds a comparison, `history` (earlier runs, oldest first) trend lines.
    public static func writeAll(_ report: RunReport, to folder: String, baseline: RunReport? = nil, history: [HistoryPoint] = []) throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw ReportWriterError.cannotWrite(folder, "cannot create the folder: \(error.localizedDescription)")
        }
        let documents = [
            HTMLReport.render(report, baseline: baseline, history: history),
            JUnitReport.render(report),
            MarkdownSummary.render(report, baseline: baseline),
        ]
        for (name, text) in zip(fileNames, documents) {
            let path = folder + "/" + name
            do {
                try ReportFile.write(Data(text.utf8), to: path)
            } catch {
                throw ReportWriterError.cannotWrite(path, error.localizedDescription)
            }
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
