import Testing
@testable import CallHarness

@Test func callHarnessBuilds() {}
