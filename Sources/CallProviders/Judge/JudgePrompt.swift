/// What a judge model is asked about one criterion: the instructions, then the criterion
/// and the call's transcript as the caller heard it.
public enum JudgePrompt {
    /// The instructions.
    public static let instructions = """
        You judge one criterion about a recorded phone call between a caller and a voice agent. \
        You get the transcript as the caller heard it: lines starting "Agent:" are the words of the agent's speech \
        that reached the caller (a reply the caller talked over, or that the line lost, is cut short); lines starting \
        "Caller:" are what the caller said. Judge only from the transcript: when it does not show that the criterion \
        holds, the criterion fails. Answer with one JSON object and nothing else: \
        {"verdict": "pass" or "fail", "reason": "one short sentence"}.
        """

    /// The conversation that asks about `criterion`; the criterion comes first in the
    /// message, so errors that quote the message's start name it.
    public static func messages(criterion: String, transcript: String) -> [ChatMessage] {
        [.system(instructions), .user("Criterion: \(criterion)\n\nTranscript:\n\(transcript)")]
    }
}
