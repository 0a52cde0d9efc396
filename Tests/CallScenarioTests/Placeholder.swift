import Testing
@testable import CallScenario

@Test func callScenarioBuilds() {}
