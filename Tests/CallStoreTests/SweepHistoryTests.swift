import ReportModel
import CallHarness
import Foundation
import Testing
@testable import CallStore

@Suite("Sweep cells in the run history")
struct SweepHistoryTests {
    /// A sweep over two voices whose cells have the given TTFA P95s.
    static func sweepReport(p95s: [Double], startedAt: String) throws -> RunReport {
        var report = try ReportFixture.report(["book", "cancel"], startedAt: startedAt)
        let voices = ["flite/slt", "flite/awb"]
        let cells: [[String: Any]] = zip(voices, p95s).enumerated().map { index, pair in
            ["key": "voice=\(pair.0)", "values": [pair.0], "calls": 1, "passed": index, "completionRate": Double(index),
             "wer": 0.1 * Double(index + 1), "ttfaP95Ms": pair.1, "ttfaCount": 4, "callIndexes": [index]]
        }
        let sweep: [String: Any] = ["axes": [["name": "voice", "sets": "caller.voice", "values": voices]], "cells": cells,
                                    "scenarios": ["book"], "keepAudio": "failing"]
        report.sweep = try JSONDecoder().decode(SweepReport.self, from: JSONSerialization.data(withJSONObject: sweep))
        return report
    }

    @Test("a cell's history is its results in each sweep, oldest first, limited to the last N")
    func cellHistory() throws {
        let history = try RunHistory(path: temporaryDatabasePath())
        var ids: [Int64] = []
        for (day, p95) in [2000.0, 2100, 2200].enumerated() {
            let report = try Self.sweepReport(p95s: [p95, p95 + 500], startedAt: "2026-02-0\(day + 1)T03:00:00Z")
            let id = try history.record(report, provenance: RunProvenance())
            try history.recordSweepCells(report, runID: id)
            ids.append(id)
        }
        try history.record(try ReportFixture.report(), provenance: RunProvenance()) // a plain run records no cells

        let awb = try history.cellHistory("voice=flite/awb")
        #expect(awb.map(\.runID) == ids)
        #expect(awb.map(\.ttfaP95Ms) == [2500, 2600, 2700])
        #expect(awb.allSatisfy { $0.passed == 1 && $0.calls == 1 && $0.wer == 0.2 })
        #expect(try history.cellHistory("voice=flite/slt", limit: 2).map(\.ttfaP95Ms) == [2100, 2200])
        #expect(try history.cellHistory("voice=flite/rms").isEmpty)
        #expect(try history.recordedCells() == ["voice=flite/awb", "voice=flite/slt"])

        let lines = HistoryTable.cell(awb).split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("run") && lines[0].contains("TTFA P95"))
        #expect(lines[1].contains("2026-02-01 03:00") && lines[1].contains("1/1") && lines[1].contains("100.0%")
                && lines[1].contains("2500 ms") && lines[1].contains("20.0%"))
    }
}
