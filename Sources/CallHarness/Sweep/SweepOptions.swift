/// What `callharness sweep` was asked to do.
public struct SweepOptions: Sendable {
    /// The run's options: scenario paths, agent, output folder, seed, jobs, `--set`
    /// overrides, shard, which calls keep audio (by default the failing ones) and the
    /// synthesis cache.
    public var run: RunOptions
    /// The axes; the grid is their cartesian product.
    public var axes: [SweepAxis]

    /// Creates options.
    public init(run: RunOptions, axes: [SweepAxis]) {
        self.run = run
        self.axes = axes
    }
}
