/// report.json's `sweep`: the grid and each cell's results, computed from the calls
/// (each tagged with its cell), so a merge of shards recomputes it exactly.
public struct SweepReport: Codable, Sendable, Equatable {
    /// The axes in the order given; the grid is their product, first axis slowest.
    public var axes: [Axis]
    /// Every cell of the grid, in grid order.
    public var cells: [Cell]
    /// The scenarios every cell runs, by id.
    public var scenarios: [String]
    /// Which calls kept their recording and trace: `all` or `failing`.
    public var keepAudio: String

    /// One axis.
    public struct Axis: Codable, Sendable, Equatable {
        /// The name as given (`voice`, `line.jitterMs`, `agent.endpointing.minSilenceMs`).
        public var name: String
        /// What it sets.
        public var sets: String
        /// Its values.
        public var values: [String]

        /// Creates an axis.
        public init(name: String, sets: String, values: [String]) {
            self.name = name
            self.sets = sets
            self.values = values
        }
    }

    /// One cell and its calls' results.
    public struct Cell: Codable, Sendable, Equatable {
        /// `axis=value,…`.
        public var key: String
        /// One value per axis.
        public var values: [String]
        /// Calls of the cell in this report.
        public var calls: Int
        /// Calls of the cell that passed.
        public var passed: Int
        /// Calls whose task expectations held, over the cell's calls.
        public var completionRate: Double?
        /// Corpus WER over the cell's caller turns.
        public var wer: Double?
        /// Nearest-rank P95 of the cell's TTFAs, ms.
        public var ttfaP95Ms: Double?
        /// TTFA samples.
        public var ttfaCount: Int
        /// Positions of the cell's calls in the report's `calls`.
        public var callIndexes: [Int]
    }

    /// The section for a grid of `axes` and `cells` (key and one value per axis) over
    /// `scenarios`, from `calls`.
    public init(axes: [Axis], cells: [(key: String, values: [String])], scenarios: [String], keepAudio: String, calls: [CallReport]) {
        self.axes = axes
        self.cells = cells.map { Cell(key: $0.key, values: $0.values, calls: 0, passed: 0, ttfaCount: 0, callIndexes: []) }
        self.scenarios = scenarios
        self.keepAudio = keepAudio
        self = recomputed(calls: calls)
    }

    /// The same grid with every cell's numbers taken from `calls`.
    public func recomputed(calls: [CallReport]) -> SweepReport {
        var indexes: [String: [Int]] = [:]
        for (index, call) in calls.enumerated() {
            if let cell = call.cell { indexes[cell, default: []].append(index) }
        }
        var out = self
        out.cells = cells.map { cell in
            let members = indexes[cell.key] ?? []
            let reports = members.map { calls[$0] }
            var errors = 0, words = 0
            for report in reports {
                errors += report.werCounts.substitutions + report.werCounts.deletions + report.werCounts.insertions
                words += report.werCounts.referenceWords
            }
            let ttfas = reports.flatMap { $0.turns.compactMap(\.ttfaMs) }
            func rounded(_ x: Double) -> Double { (x * 10000).rounded() / 10000 }
            return Cell(key: cell.key, values: cell.values, calls: reports.count, passed: reports.filter(\.passed).count,
                        completionRate: reports.isEmpty ? nil : rounded(Double(reports.filter(\.completed).count) / Double(reports.count)),
                        wer: words == 0 ? nil : rounded(Double(errors) / Double(words)),
                        ttfaP95Ms: Percentiles.nearestRank(95, of: ttfas).map { ($0 * 10).rounded() / 10 }, ttfaCount: ttfas.count, callIndexes: members)
        }
        return out
    }
}
