import Foundation

/// CPU-time measurement for benchmarks (the simulation itself never reads a clock).
enum Measure {
    /// CPU seconds this process (and, with `children`, its finished children) has used.
    static func cpuSeconds(children: Bool = false) -> Double {
        var usage = rusage()
        getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
        var total = seconds(usage.ru_utime) + seconds(usage.ru_stime)
        if children {
            getrusage(Int32(RUSAGE_CHILDREN.rawValue), &usage)
            total += seconds(usage.ru_utime) + seconds(usage.ru_stime)
        }
        return total
    }

    private static func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }

    /// The median CPU seconds of `runs` runs of `body`.
    static func medianCPU(runs: Int = 5, children: Bool = false, _ body: () throws -> Void) rethrows -> Double {
        var times: [Double] = []
        for _ in 0..<runs {
            let start = cpuSeconds(children: children)
            try body()
            times.append(cpuSeconds(children: children) - start)
        }
        return times.sorted()[runs / 2]
    }

    /// Peak resident memory of this process, in MiB.
    static func peakMemoryMiB() -> Double {
        var usage = rusage()
        getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
