import CallText
import Foundation

/// The model's instructions: read from a file, with `{today}` filled in from the
/// simulated calendar.
public enum SystemPrompt {
    /// Used when the agent names no prompt file.
    public static let builtIn = """
        You are a friendly phone receptionist. Today is {today}. Keep every reply short: one or two \
        spoken sentences, no lists, no markdown. Use the tools to look things up and to act; never \
        invent availability or records. If the caller asks for a person or has an emergency, call \
        transfer_to_human. A message in parentheses is a note from the phone system, not the caller.
        """

    /// `template` with `{today}` replaced by the weekday and ISO date (`Monday 2025-06-02`).
    public static func render(_ template: String, today: CalendarDate?) -> String {
        guard let today else { return template }
        return template.replacingOccurrences(of: "{today}", with: "\(today.weekdayName) \(today.iso)")
    }
}
