import CallScenario
import VoicePipeline

extension AgentConfig {
    /// The pipeline's turn-taking configuration for a line at `lineRate`.
    func pipelineConfig(lineRate: Int) -> PipelineConfig {
        var p = PipelineConfig()
        p.vad = vad
        p.endpointing = endpointing
        p.interruption = interruption
        p.sentenceMinLength = sentenceBuffer.minLength
        p.ttsRate = tts.rate
        p.emergency = guardrails.emergency.phrases.isEmpty ? nil : guardrails.emergency
        p.lineSampleRate = lineRate
        return p
    }
}
