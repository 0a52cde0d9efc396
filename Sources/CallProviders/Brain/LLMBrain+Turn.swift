import AgentTools
import Foundation
import VoicePipeline

extension LLMBrain {
    /// One turn, with every secret masked in what it hands the pipeline.
    func turn() -> BrainResponse { redactor.response(modelTurn()) }

    /// One turn: model calls until the model answers without calling tools.
    private func modelTurn() -> BrainResponse {
        guard stopError == nil else { return BrainResponse(steps: [.hangUp]) }
        var plan = TurnPlan()
        var transfer: (reason: String, summary: String)?
        for _ in 0..<settings.maxRounds {
            let completion: ChatCompletion
            do {
                completion = try client.complete(messages, tools: tools.definitions)
            } catch {
                return failed(error, plan: plan)
            }
            plan.startModelCall(delay: completion.timeToFirstOutput)
            let text = completion.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty { plan.add(.say(text)) }
            messages.append(.assistant(text.isEmpty ? nil : text, toolCalls: completion.toolCalls))
            if completion.toolCalls.isEmpty { return response(plan, transfer: transfer) }
            for chatCall in completion.toolCalls {
                let (call, result) = run(chatCall)
                plan.add(.tool(call, result))
                messages.append(.tool(callID: chatCall.id, content: result.text))
                if call.name == settings.handoffTool, !result.isError {
                    transfer = (call.arguments["reason"]?.string ?? "the caller asked for a person",
                                call.arguments["summary"]?.string ?? "")
                }
            }
        }
        if transfer != nil { return response(plan, transfer: transfer) }
        let error = "the model still called tools after \(settings.maxRounds) model calls"
        return fallback(plan: plan, delay: .zero, reason: error)
    }

    /// Runs one of the model's calls; arguments that are not a JSON object are an error
    /// result the model reads.
    private func run(_ chatCall: ChatToolCall) -> (ToolCall, ToolResult) {
        do {
            let call = try chatCall.toolCall()
            return (call, redactor.toolResult(tools.call(call)))
        } catch {
            let call = ToolCall(id: chatCall.id, name: chatCall.name, arguments: [:])
            return (call, .error("the arguments are not a JSON object: \(chatCall.arguments)"))
        }
    }

    private func response(_ plan: TurnPlan, transfer: (reason: String, summary: String)?) -> BrainResponse {
        var plan = plan
        if let transfer { plan.add(.transfer(reason: transfer.reason, summary: transfer.summary)) }
        return BrainResponse(steps: plan.steps,
                             measuredDelays: settings.measuredLatency ? plan.delays() : nil)
    }

    /// The model failed: a setup problem stops the brain; anything else gives the
    /// fallback line, after the time the failure took, and a hand-off.
    private func failed(_ error: ProviderError, plan: TurnPlan) -> BrainResponse {
        if error.stopsRun {
            stopError = error.redacted(by: redactor)
            return BrainResponse(steps: [.hangUp])
        }
        return fallback(plan: plan, delay: error.elapsed, reason: "the language model failed: \(error.redacted(by: redactor))")
    }

    private func fallback(plan: TurnPlan, delay: Int64, reason: String) -> BrainResponse {
        var plan = plan
        plan.startModelCall(delay: delay)
        plan.add(.say(settings.fallbackMessage))
        messages.append(.assistant(settings.fallbackMessage, toolCalls: []))
        let caller = messages.last { $0.userText != nil }?.userText.map { "The caller said: \"\($0)\"." } ?? "The call had just started."
        plan.add(.transfer(reason: reason, summary: caller))
        return BrainResponse(steps: plan.steps, measuredDelays: settings.measuredLatency ? plan.delays() : nil)
    }
}
