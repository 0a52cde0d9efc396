import Testing
@testable import CallStore

@Test func callStoreBuilds() {}
