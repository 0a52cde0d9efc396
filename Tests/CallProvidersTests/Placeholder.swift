import Testing
@testable import CallProviders

@Test func callProvidersBuilds() {}
