import Foundation
import ReportModel

/// A scenario made from a recorded call, as the YAML text a person edits next: audio
/// turns with their words, and expectations prefilled from the original call (what its
/// agent did, which a reviewer turns into what it should do).
struct ScenarioDraft {
    var id: String
    /// The recording it was made from (for the header comment).
    var recording: String
    /// The line's rate: 8000 for a telephone recording (the scenario then uses G.711).
    var rate: Int
    /// The agent file, relative to the scenario.
    var agent: String?
    var turns: [ScenarioFromCall.Turn]
    /// The original call, when a run's report holds it.
    var original: CallReport?

    /// The schema, relative to the scenario, when it lies beside it (a Scenarios folder).
    var schema: String?

    /// The scenario file's text.
    var yaml: String {
        let source = original.map { "call \($0.scenario)" } ?? URL(fileURLWithPath: recording).lastPathComponent
        var lines = schema.map { ["# yaml-language-server: $schema=\($0)"] } ?? []
        lines += [
            "# Made by `callharness scenario-from-call` from \(recording).",
            "id: \(id)",
            "description: \(Self.quoted("The recorded \(source) as a regression scenario."))",
        ]
        if let agent { lines.append("agent: \(Self.quoted(agent))") }
        lines.append("tags: [from-call]")
        if rate == 8000 { lines.append("line: { codec: mulaw }") }
        lines.append("turns:")
        for turn in turns {
            let note = turn.source == "recognized" ? "   # recognized: check these words, they are the WER reference" : ""
            lines.append(String(format: "  - audio: %@   # %.1f–%.1f s of the recording", Self.quoted(turn.clip), turn.startMs / 1000, turn.endMs / 1000))
            lines.append("    text: \(Self.quoted(turn.text))" + note)
        }
        lines += expectations
        return lines.joined(separator: "\n") + "\n"
    }

    /// `expect`: from the original call when known (commented as such), else empty.
    var expectations: [String] {
        guard let call = original else {
            return ["expect: {}   # say what the agent must do: completed, escalated, toolCalls, says, budgets"]
        }
        var lines = ["# What the original agent did (\(call.passed ? "it passed" : "it failed: " + call.failures.joined(separator: "; "))).",
                     "# Edit these into what the agent should do.",
                     "expect:",
                     "  escalated: \(call.escalated)"]
        let calls = call.toolCalls.filter { !$0.error }
        if !calls.isEmpty {
            lines.append("  toolCalls:")
            for tool in calls {
                let arguments = tool.arguments.keys.sorted().map { "\($0): \(Self.quoted(tool.arguments[$0]!))" }.joined(separator: ", ")
                lines.append("    - \(tool.name): {\(arguments)}")
            }
        }
        return lines
    }

    /// `text` as a double-quoted YAML scalar (JSON string syntax is valid YAML).
    static func quoted(_ text: String) -> String {
        let data = try! JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self).dropFirst().dropLast().description
    }
}
