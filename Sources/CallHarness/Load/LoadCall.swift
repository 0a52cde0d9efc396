/// One call a load test places: its level, its place among all the test's calls, the
/// scenario it runs and its seed.
public struct LoadCall: Sendable, Equatable {
    /// The index of the level it starts at.
    public var step: Int
    /// Its place among all the calls of the test, from 0.
    public var index: Int
    /// The index of the scenario it runs.
    public var scenario: Int
    /// When it was due to start, µs from its level's start (open loop; 0 in a closed loop).
    public var dueMicroseconds: Int64

    /// Creates a call.
    public init(step: Int, index: Int, scenario: Int, dueMicroseconds: Int64 = 0) {
        self.step = step
        self.index = index
        self.scenario = scenario
        self.dueMicroseconds = dueMicroseconds
    }
}
