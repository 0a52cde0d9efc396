import ReportModel
import AgentInterface
import CallAudio
import Foundation
import VoicePipeline

/// The output folder of a run, sweep, replay or merge, written as one set: every call's
/// recording and trace as the call finishes, then report.json and the documents rendered
/// from it (report.html, junit.xml, summary.md), all into a staging folder beside the
/// output folder, which `finish` puts in place at once. Until then the folder holds the
/// previous set untouched (whatever fails or kills the writer); after, the new set whole,
/// with no call folders left from the previous one. An OutputSet dropped unfinished
/// removes its staging folder.
public final class OutputSet: Sendable {
    /// Renders the documents written beside report.json: file names and their text.
    public typealias Documents = @Sendable (RunReport) -> [(name: String, text: String)]

    /// The files of a set besides its `calls` folder.
    public static let reportNames = ["report.json", "report.html", "junit.xml", "summary.md"]

    /// The output folder, as given.
    public let folder: String
    /// Where report.json will be.
    public var reportPath: String { folder + "/report.json" }

    private let staging: StagingFolder
    private let documents: Documents

    /// Prepares to write the set into `folder`: cleans up what killed writers left beside
    /// it and checks it can be replaced — missing, or a folder holding only what a set
    /// holds (anything else is refused rather than deleted).
    public init(_ folder: String, documents: @escaping Documents = { _ in [] }) throws(OutputError) {
        self.folder = folder
        self.documents = documents
        staging = try StagingFolder(folder, isOurs: Self.isPartOfSet)
    }

    /// Creates the calls' folder, so a set has one even when no call keeps its files.
    func createCallsFolder() throws(OutputError) {
        try staging.createFolder("calls")
    }

    /// Writes a call's recording (`call.wav`) and trace (`trace.jsonl`) into `relative`
    /// (e.g. `calls/cancel`).
    func writeCall(_ relative: String, recording: AudioBuffer, trace: [TraceEvent]) throws(OutputError) {
        try staging.createFolder(relative)
        do {
            try AudioFile.write(recording, to: staging.path + "/" + relative + "/call.wav")
        } catch {
            throw .cannotWrite(staging.finalName(relative + "/call.wav"), error.cause)
        }
        let lines: Data
        do {
            lines = try ReportFile.traceLines(trace)
        } catch {
            throw .cannotWrite(staging.finalName(relative + "/trace.jsonl"), "cannot encode the trace: \(error)")
        }
        try staging.write(lines, to: relative + "/trace.jsonl")
    }

    /// Copies `source`, a file of another output folder, to `relative` in the set.
    public func copy(_ source: String, to relative: String) throws(OutputError) {
        try staging.copy(source, to: relative)
    }

    /// Writes report.json and the documents, puts the set in place and returns the path
    /// of its report.json. On failure the folder keeps the previous set.
    @discardableResult
    public func finish(_ report: RunReport) throws(OutputError) -> String {
        try finish(report, replacement: .exchange)
    }

    /// `finish`, replacing the old set as `replacement` says and calling `midway` in the
    /// middle of the replacement (tests simulate a crash there).
    func finish(_ report: RunReport, replacement: StagingFolder.Replacement, midway: () -> Void = {}) throws(OutputError) -> String {
        var json: Data
        do {
            json = try ReportFile.json(report)
        } catch {
            throw .cannotWrite(reportPath, "cannot encode the report: \(error)")
        }
        json.append(0x0A)
        try staging.write(json, to: "report.json")
        for document in documents(report) { try staging.write(Data(document.text.utf8), to: document.name) }
        try staging.commit(replacement, midway: midway)
        return reportPath
    }

    /// Removes the staging folder; the output folder keeps the previous set.
    public func abandon() {
        staging.discard()
    }

    /// Whether an entry of an existing output folder belongs to a set (so replacing the
    /// folder loses nothing else): the reports, the calls' folder, and the temporary
    /// files (`.<name>.<pid>.tmp`) earlier versions wrote and a kill could leave.
    static func isPartOfSet(_ entry: String) -> Bool {
        if reportNames.contains(entry) || entry == "calls" { return true }
        let parts = entry.split(separator: ".", omittingEmptySubsequences: false)
        return entry.hasPrefix(".") && parts.count >= 4 && parts.last == "tmp" && Int(parts[parts.count - 2]) != nil
    }
}
