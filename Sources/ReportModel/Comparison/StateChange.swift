/// A call whose final database differs between the baseline and the candidate: the two
/// digests and the changed rows only one of them made (or made differently).
public struct StateChange: Codable, Sendable, Equatable {
    /// The call's scenario id.
    public var scenario: String
    /// The baseline's final digest.
    public var baselineDigest: String
    /// The candidate's final digest.
    public var candidateDigest: String
    /// Row changes the baseline made that the candidate did not make (the same way).
    public var onlyInBaseline: [StateReport.RowChange]
    /// Row changes the candidate made that the baseline did not make (the same way).
    public var onlyInCandidate: [StateReport.RowChange]

    /// Creates a change.
    public init(scenario: String, baselineDigest: String, candidateDigest: String, onlyInBaseline: [StateReport.RowChange],
                onlyInCandidate: [StateReport.RowChange]) {
        self.scenario = scenario
        self.baselineDigest = baselineDigest
        self.candidateDigest = candidateDigest
        self.onlyInBaseline = onlyInBaseline
        self.onlyInCandidate = onlyInCandidate
    }

    /// The calls of `candidate` whose final state differs from the same call's in `baseline`
    /// (calls without a state on either side are left out), by scenario id.
    public static func changes(candidate: RunReport, baseline: RunReport) -> [StateChange] {
        let before = Dictionary(baseline.calls.compactMap { call in call.state.map { (call.scenario, $0) } }, uniquingKeysWith: { first, _ in first })
        var out: [StateChange] = []
        for call in candidate.calls.sorted(by: { $0.scenario < $1.scenario }) {
            guard let now = call.state, let old = before[call.scenario], now.digest != old.digest else { continue }
            let oldRows = Set(old.rows), newRows = Set(now.rows)
            out.append(StateChange(scenario: call.scenario, baselineDigest: old.digest, candidateDigest: now.digest,
                                   onlyInBaseline: old.rows.filter { !newRows.contains($0) },
                                   onlyInCandidate: now.rows.filter { !oldRows.contains($0) }))
        }
        return out
    }
}
