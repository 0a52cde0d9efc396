/// Run-level numbers from the calls' reports.
enum RunSummarizer {
    static func summarize(_ calls: [CallReport], wallSeconds: Double) -> RunSummary {
        let n = Double(max(1, calls.count))
        var counts = WERCounts(substitutions: 0, deletions: 0, insertions: 0, referenceWords: 0)
        for c in calls {
            counts.substitutions += c.werCounts.substitutions
            counts.deletions += c.werCounts.deletions
            counts.insertions += c.werCounts.insertions
            counts.referenceWords += c.werCounts.referenceWords
        }
        let errors = counts.substitutions + counts.deletions + counts.insertions
        let wer = counts.referenceWords == 0 ? 0 : Double(errors) / Double(counts.referenceWords)
        let ttfas = calls.flatMap { $0.turns.compactMap(\.ttfaMs) }
        let eots = calls.flatMap { $0.turns.compactMap(\.eotMs) }
        let stops = calls.flatMap { $0.bargeIns.compactMap(\.stopMs) }
        func rate(_ x: Int) -> Double { (Double(x) / n * 10000).rounded() / 10000 }
        return RunSummary(
            calls: calls.count, passed: calls.filter(\.passed).count,
            completionRate: rate(calls.filter(\.completed).count),
            escalationRate: rate(calls.filter(\.escalated).count),
            escalationAccuracy: rate(calls.filter { $0.escalated == $0.expectedEscalation }.count),
            wer: (wer * 10000).rounded() / 10000,
            ttfaMs: Percentiles.stats(ttfas), eotMs: Percentiles.stats(eots),
            bargeIn: BargeInSummary(stopMsP95: Percentiles.nearestRank(95, of: stops), count: stops.count,
                                    cutIns: calls.reduce(0) { $0 + $1.cutIns }, falseBargeIns: calls.reduce(0) { $0 + $1.falseBargeIns }),
            deadAirMsMax: calls.map(\.deadAirMs).max() ?? 0,
            simulatedSeconds: (calls.reduce(0) { $0 + $1.durationMs } / 10).rounded() / 100,
            wallSeconds: (wallSeconds * 100).rounded() / 100)
    }
}
