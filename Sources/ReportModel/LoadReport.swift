/// `report.json` `load`: a load test against a running agent — its plan, what each level
/// of concurrency did to the agent, and how far the harness itself can pace calls.
public struct LoadReport: Codable, Sendable, Equatable {
    /// The plan as run (`ramp 1,5,10 closed-loop`, `concurrency 8 open-loop 2/s`).
    public var plan: String
    /// How calls arrived (`closed-loop`, `open-loop 2/s`).
    public var arrivals: String
    /// The clock the calls ran on: always `monotonic` (real time, not byte-reproducible).
    public var clock: String
    /// Each level, in the order it ran.
    public var steps: [LoadStepReport]
    /// The harness's own pacing ceiling, when it was measured.
    public var harness: HarnessCeiling?

    /// Creates a value from its parts.
    public init(plan: String, arrivals: String, clock: String = "monotonic", steps: [LoadStepReport], harness: HarnessCeiling? = nil) {
        self.plan = plan
        self.arrivals = arrivals
        self.clock = clock
        self.steps = steps
        self.harness = harness
    }

    /// The step at `concurrency` (the last one, if the plan ran that level twice).
    public func step(concurrency: Int) -> LoadStepReport? {
        steps.last { $0.concurrency == concurrency }
    }
}
