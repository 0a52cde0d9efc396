import Testing
@testable import AgentTools

@Test func agentToolsBuilds() {}
