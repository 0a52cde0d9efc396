/// `--shard I/N`: the I-th of N deterministic slices of a run's call list (1-based). Call
/// `p` of the full list belongs to shard `p mod N + 1`, so every shard gets a mix of
/// scenarios and cells and the slices together are the whole list exactly once.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// Which slice, 1…count.
    public let index: Int
    /// How many slices.
    public let count: Int

    /// The shard `index` of `count`.
    public init(index: Int, count: Int) throws(SweepError) {
        guard count >= 1 else { throw .badShard("\(index)/\(count)", "N must be at least 1") }
        guard (1...count).contains(index) else { throw .badShard("\(index)/\(count)", "I must be between 1 and \(count)") }
        self.index = index
        self.count = count
    }

    /// Parses `I/N`.
    public init(parsing text: String) throws(SweepError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]) else {
            throw .badShard(text, "expected I/N, for example 1/4 (I from 1 to N)")
        }
        try self.init(index: i, count: n)
    }

    public var description: String { "\(index)/\(count)" }

    /// The positions (0-based) of this shard's calls in a list of `total` calls, in order.
    public func positions(of total: Int) -> [Int] {
        Array(stride(from: index - 1, to: total, by: count))
    }
}
