/// report.json's `shard`: which slice of the whole call list the report holds.
public struct ShardInfo: Codable, Sendable, Equatable {
    /// The slice, 1…count.
    public var index: Int
    /// How many slices the run was split into.
    public var count: Int
    /// Calls in the whole, unsharded run.
    public var totalCalls: Int
    /// Each call's position (0-based) in the whole run, in the order of `calls`.
    public var positions: [Int]

    /// Creates a value from its parts.
    public init(index: Int, count: Int, totalCalls: Int, positions: [Int]) {
        self.index = index
        self.count = count
        self.totalCalls = totalCalls
        self.positions = positions
    }
}
