import SimTime
import VoicePipeline

/// The steps of one turn, each tagged with the model call that produced it, and the
/// measured delay of every model call.
struct TurnPlan {
    private(set) var steps: [BrainResponse.Step] = []
    private var calls: [Int] = []
    private var callDelays: [Int64] = []

    /// A new model call whose first useful output came after `delay` microseconds.
    mutating func startModelCall(delay: Int64) { callDelays.append(max(0, delay)) }

    /// A step from the current model call.
    mutating func add(_ step: BrainResponse.Step) {
        steps.append(step)
        calls.append(max(0, callDelays.count - 1))
    }

    /// The text of the last `say` step.
    var lastSaid: String? {
        steps.last { if case .say = $0 { true } else { false } }.flatMap { if case .say(let t) = $0 { t } else { nil } }
    }

    /// One delay for each model call as the pipeline counts them (see `startReply`): the
    /// first `say` and every `tool` that follows the start or a tool result. The first
    /// time a model call is counted it is charged its measured delay; when the pipeline
    /// counts it again (further tool calls of the same answer) it costs nothing more.
    func delays() -> [SimDuration] {
        var out: [SimDuration] = []
        var charged = Set<Int>()
        var needsModelCall = true
        for (step, call) in zip(steps, calls) {
            let counts: Bool
            switch step {
            case .say:
                counts = needsModelCall
                needsModelCall = false
            case .tool:
                counts = needsModelCall
                needsModelCall = true
            case .transfer, .hangUp:
                counts = false
            }
            guard counts else { continue }
            let first = charged.insert(call).inserted
            out.append(first && call < callDelays.count ? SimDuration(microseconds: callDelays[call]) : .zero)
        }
        return out
    }
}
