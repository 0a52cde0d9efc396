import ArgumentParser
import CallHarness

/// `--concurrency`, `--calls`, `--duration`, `--ramp`, `--rate`: `run` as a load test
/// against an agent that runs elsewhere.
struct LoadOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Load test: keep N calls in flight at once against the external agent (scenarios repeated in turn).", valueName: "N"))
    var concurrency: String?

    @Option(help: ArgumentHelp("Hold each load level for M calls (default: every scenario once, and at least one call per slot).", valueName: "M"))
    var calls: String?

    @Option(help: ArgumentHelp("Hold each load level for this long, as in 10m, 90s or 1m30s (calls start until it is up).", valueName: "TIME"))
    var duration: String?

    @Option(help: ArgumentHelp("Load levels in turn, as in 1,5,10,20,40; a level may carry its own call count, as in 5:20.", valueName: "LEVELS"))
    var ramp: String?

    @Option(help: ArgumentHelp("Open-loop arrivals at this mean rate, as in 2/s or 30/m (seeded Poisson); --concurrency then caps the calls in flight.", valueName: "RATE"))
    var rate: String?

    /// The load plan the flags describe (nil when none is given); a bad flag is bad input.
    func plan(seed: UInt64) throws -> LoadPlan? {
        let flags = LoadFlags(concurrency: concurrency, calls: calls, duration: duration, ramp: ramp, rate: rate)
        do {
            return try LoadPlan.parse(flags, seed: seed)
        } catch {
            throw BadInput("run: \(error)")
        }
    }
}
