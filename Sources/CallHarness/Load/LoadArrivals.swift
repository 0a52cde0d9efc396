/// How calls arrive in a load test.
public enum LoadArrivals: Sendable, Equatable {
    /// A new call starts as soon as one ends, keeping the level's concurrency in flight.
    case closedLoop
    /// Calls arrive at a mean rate as a seeded Poisson process, whatever is in flight
    /// (up to the level's concurrency, beyond which an arrival waits for a free slot).
    case openLoop(ArrivalRate)

    /// How the report names it (`closed-loop`, `open-loop 2/s`).
    public var label: String {
        switch self {
        case .closedLoop: "closed-loop"
        case .openLoop(let rate): "open-loop \(rate)"
        }
    }
}
