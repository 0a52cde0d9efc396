/// The cartesian product of a sweep's axes, first axis slowest.
public struct SweepGrid: Sendable, Equatable {
    /// One point of the grid.
    public struct Cell: Sendable, Equatable {
        /// Position in the grid (0-based).
        public let index: Int
        /// One value per axis, in axis order.
        public let values: [String]
        /// `axis=value,axis=value`: the cell's name in reports and seeds.
        public let key: String
    }

    /// The axes.
    public let axes: [SweepAxis]
    /// Every cell, in grid order.
    public let cells: [Cell]

    /// The grid of `axes` (names must be distinct).
    public init(axes: [SweepAxis]) throws(SweepError) {
        guard !axes.isEmpty else { throw .badAxis("", "a sweep needs at least one --axis NAME=V1,V2,…") }
        var seen = Set<String>()
        for axis in axes where !seen.insert(axis.name).inserted {
            throw .badAxis(axis.name, "the axis is given twice")
        }
        var combinations: [[String]] = [[]]
        for axis in axes {
            combinations = combinations.flatMap { prefix in axis.values.map { prefix + [$0] } }
        }
        self.axes = axes
        self.cells = combinations.enumerated().map { index, values in
            Cell(index: index, values: values, key: zip(axes, values).map { "\($0.name)=\($1)" }.joined(separator: ","))
        }
    }
}
