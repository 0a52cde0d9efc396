import CallScenario
import CallText
import VoicePipeline

extension AgentConfig {
    /// The pipeline's turn-taking parameters for a line at `lineRate`.
    func pipelineParameters(lineRate: Int) -> AgentParameters {
        var p = AgentParameters()
        p.vad = VADParameters(thresholdDb: vad.thresholdDb, minLevelDb: vad.minLevelDb, startMs: vad.startMs,
                              hangoverMs: vad.hangoverMs, minSpeechMs: vad.minSpeechMs, preRollMs: vad.preRollMs)
        p.endpointing = EndpointingParameters(minSilenceMs: endpointing.minSilenceMs, maxSilenceMs: endpointing.maxSilenceMs)
        p.interruption.enabled = interruption.enabled
        p.interruption.minInterruptionMs = interruption.minInterruptionMs
        p.interruption.ignoreBackchannels = interruption.ignoreBackchannels
        p.interruption.backchannels = interruption.backchannels
        p.sentenceMinLength = sentenceBuffer.minLength
        p.ttsRate = tts.rate
        p.emergency = guardrails.emergency.phrases.isEmpty ? nil
            : EmergencyGuardrail(phrases: guardrails.emergency.phrases, message: guardrails.emergency.message, transfer: guardrails.emergency.transfer)
        p.lineSampleRate = lineRate
        return p
    }
}
