import Testing
@testable import VoicePipeline

@Test func voicePipelineBuilds() {}
