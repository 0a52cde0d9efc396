import Testing
@testable import CallReports

@Test func callReportsBuilds() {}
