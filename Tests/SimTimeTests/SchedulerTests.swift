import Testing
@testable import SimTime

@Suite("Scheduler")
struct SchedulerTests {
    @Test("events run by time, then in the order they were scheduled")
    func ordering() {
        let scheduler = Scheduler()
        var log: [String] = []
        scheduler.schedule(at: SimInstant(microseconds: 300)) { log.append("c") }
        scheduler.schedule(at: SimInstant(microseconds: 100)) { log.append("a1") }
        scheduler.schedule(at: SimInstant(microseconds: 200)) { log.append("b") }
        scheduler.schedule(at: SimInstant(microseconds: 100)) { log.append("a2") }
        scheduler.schedule(at: SimInstant(microseconds: 100)) { log.append("a3") }
        scheduler.runUntilIdle()
        #expect(log == ["a1", "a2", "a3", "b", "c"])
        #expect(scheduler.now == SimInstant(microseconds: 300))
    }

    @Test("events scheduled while running take their place in the order")
    func nested() {
        let scheduler = Scheduler()
        var log: [(String, Int64)] = []
        scheduler.schedule(at: SimInstant(microseconds: 10)) {
            log.append(("outer", scheduler.now.microseconds))
            scheduler.schedule(after: .zero) { log.append(("same-time", scheduler.now.microseconds)) }
            scheduler.schedule(after: SimDuration(microseconds: 5)) { log.append(("later", scheduler.now.microseconds)) }
        }
        scheduler.schedule(at: SimInstant(microseconds: 10)) { log.append(("sibling", scheduler.now.microseconds)) }
        scheduler.schedule(at: SimInstant(microseconds: 12)) { log.append(("between", scheduler.now.microseconds)) }
        scheduler.runUntilIdle()
        #expect(log.map(\.0) == ["outer", "sibling", "same-time", "between", "later"])
        #expect(log.map(\.1) == [10, 10, 10, 12, 15])
    }

    @Test("a large random schedule comes out sorted and stable", arguments: [1, 2, 3] as [UInt64])
    func heapProperty(seed: UInt64) {
        let scheduler = Scheduler()
        var rng = SeededGenerator(seed: seed)
        var fired: [(Int64, Int)] = []
        for i in 0..<5000 {
            let t = Int64(rng.next() % 100)
            scheduler.schedule(at: SimInstant(microseconds: t)) { fired.append((t, i)) }
        }
        scheduler.runUntilIdle()
        #expect(fired.count == 5000)
        for (a, b) in zip(fired, fired.dropFirst()) {
            #expect(a.0 < b.0 || (a.0 == b.0 && a.1 < b.1))
        }
    }

    @Test("cancelled events do not run; run(until:) stops at the deadline")
    func cancelAndDeadline() {
        let scheduler = Scheduler()
        var log: [Int] = []
        let token = scheduler.schedule(at: SimInstant(microseconds: 5)) { log.append(5) }
        scheduler.schedule(at: SimInstant(microseconds: 7)) { log.append(7) }
        scheduler.schedule(at: SimInstant(microseconds: 20)) { log.append(20) }
        scheduler.cancel(token)
        scheduler.run(until: SimInstant(microseconds: 10))
        #expect(log == [7])
        #expect(scheduler.now == SimInstant(microseconds: 10))
        scheduler.runUntilIdle()
        #expect(log == [7, 20])
    }

    @Test("events in the past run now, not back in time")
    func past() {
        let scheduler = Scheduler()
        var at: Int64 = -1
        scheduler.schedule(at: SimInstant(microseconds: 100)) {
            scheduler.schedule(at: SimInstant(microseconds: 50)) { at = scheduler.now.microseconds }
        }
        scheduler.runUntilIdle()
        #expect(at == 100)
    }
}

@Suite("Seeded randomness")
struct SeededGeneratorTests {
    @Test("SplitMix64 matches its published reference output")
    func splitMix() {
        var mixer = SplitMix64(state: 0)
        #expect(mixer.next() == 0xE220_A839_7B1D_CDAF)
        #expect(mixer.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test("the same seed gives the same stream; another seed another stream")
    func reproducible() {
        var a = SeededGenerator(seed: 42), b = SeededGenerator(seed: 42), c = SeededGenerator(seed: 43)
        let x = (0..<100).map { _ in a.next() }
        #expect(x == (0..<100).map { _ in b.next() })
        #expect(x != (0..<100).map { _ in c.next() })
    }

    @Test("uniform values fill [0, 1) evenly; gaussians have mean 0 and variance 1")
    func distributions() {
        var rng = SeededGenerator(seed: 9)
        let u = (0..<100_000).map { _ in rng.nextUnit() }
        #expect(u.allSatisfy { $0 >= 0 && $0 < 1 })
        #expect(abs(u.reduce(0, +) / 100_000 - 0.5) < 0.005)
        let g = (0..<100_000).map { _ in rng.nextGaussian() }
        let mean = g.reduce(0, +) / 100_000
        let variance = g.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 100_000
        #expect(abs(mean) < 0.01)
        #expect(abs(variance - 1) < 0.02)
    }

    @Test("derived seeds depend on every part and its order")
    func derive() {
        let base = Seed.derive(42, "scenario-a")
        #expect(base == Seed.derive(42, "scenario-a"))
        #expect(base != Seed.derive(43, "scenario-a"))
        #expect(base != Seed.derive(42, "scenario-b"))
        #expect(Seed.derive(1, "a", "bc") != Seed.derive(1, "ab", "c"))
    }
}
