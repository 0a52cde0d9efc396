import SimTime

/// A load test against a running agent, decided before any call is placed: its levels of
/// concurrency in order, how calls arrive, and the seed of every random choice (the
/// open-loop arrival times). Pure: the same flags and seed give the same plan, and the
/// same arrival times, on any machine.
public struct LoadPlan: Sendable, Equatable {
    /// The most calls in flight the harness will try.
    public static let maximumConcurrency = 1000

    /// The levels, in the order they run.
    public var steps: [LoadStep]
    /// How calls arrive.
    public var arrivals: LoadArrivals
    /// The seed of the arrival times.
    public var seed: UInt64

    /// Creates a plan.
    public init(steps: [LoadStep], arrivals: LoadArrivals = .closedLoop, seed: UInt64 = 0) {
        self.steps = steps
        self.arrivals = arrivals
        self.seed = seed
    }

    /// The scenario the `index`th call of the test runs (from 0, counted over all steps):
    /// the scenarios in turn, so a level sees every scenario before any twice.
    public static func scenario(ofCall index: Int, scenarios: Int) -> Int {
        scenarios <= 0 ? 0 : index % scenarios
    }

    /// The seed of the `index`th call of `scenario`: a repeat of a scenario is a new call
    /// with its own seed, the same on every run of the plan.
    public func callSeed(scenario: String, index: Int) -> UInt64 {
        Seed.derive(seed, "load", scenario, String(index))
    }

    /// The open-loop arrival times of step `index`, from the step's start: as many as the
    /// step's call count, or every arrival before its duration ends. Empty for a
    /// closed-loop plan.
    public func arrivalTimes(step index: Int, scenarios: Int) -> [SimDuration] {
        guard case .openLoop(let rate) = arrivals, steps.indices.contains(index) else { return [] }
        let step = steps[index]
        var arrivals = PoissonArrivals(rate: rate, seed: Seed.derive(seed, "arrivals", String(index)))
        var times: [SimDuration] = []
        let count = step.callCount(scenarios: scenarios)
        while true {
            if let count, times.count >= count { break }
            let next = arrivals.next()
            if let duration = step.duration, next >= duration { break }
            times.append(next)
        }
        return times
    }

    /// How the plan reads in the report and on the terminal: `ramp 1,5,10 closed-loop`.
    public var label: String {
        let levels = steps.map { String($0.concurrency) }.joined(separator: ",")
        return (steps.count > 1 ? "ramp \(levels)" : "concurrency \(levels)") + " " + arrivals.label
    }
}
