import ReportModel
/// Run-level numbers from the calls' reports.
enum RunSummarizer {
    static func summarize(_ calls: [CallReport], wallSeconds: Double, seed: UInt64) -> RunSummary {
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
        var ttfa = Percentiles.stats(ttfas)
        ttfa.p50CI = Bootstrap.interval(50, of: ttfas, seed: seed &+ 1)
        ttfa.p95CI = Bootstrap.interval(95, of: ttfas, seed: seed &+ 2)
        var eot = Percentiles.stats(eots)
        eot.p50CI = Bootstrap.interval(50, of: eots, seed: seed &+ 3)
        eot.p95CI = Bootstrap.interval(95, of: eots, seed: seed &+ 4)
        let entities = calls.flatMap(\.entities)
        return RunSummary(
            calls: calls.count, passed: calls.filter(\.passed).count,
            completionRate: rate(calls.filter(\.completed).count),
            escalationRate: rate(calls.filter(\.escalated).count),
            escalationAccuracy: rate(calls.filter { $0.escalated == $0.expectedEscalation }.count),
            wer: (wer * 10000).rounded() / 10000,
            ttfaMs: ttfa, eotMs: eot,
            bargeIn: BargeInSummary(stopMsP95: Percentiles.nearestRank(95, of: stops), count: stops.count,
                                    cutIns: calls.reduce(0) { $0 + $1.cutIns }, falseBargeIns: calls.reduce(0) { $0 + $1.falseBargeIns }),
            deadAirMsMax: calls.map(\.deadAirMs).max() ?? 0,
            entityAccuracy: entities.isEmpty ? nil : (Double(entities.filter(\.correct).count) / Double(entities.count) * 10000).rounded() / 10000,
            talkOverSeconds: (calls.reduce(0) { $0 + $1.talkOverMs } / 10).rounded() / 100,
            simulatedSeconds: (calls.reduce(0) { $0 + $1.durationMs } / 10).rounded() / 100,
            wallSeconds: (wallSeconds * 100).rounded() / 100,
            judgements: JudgementSummary(calls.flatMap { $0.judgements ?? [] }))
    }
}
