import CallText
import Foundation

/// The model's instructions: the agent's prompt file (or its domain's default), with
/// `{today}` filled in from the simulated calendar.
public enum SystemPrompt {
    /// `template` with `{today}` replaced by the weekday and ISO date (`Monday 2025-06-02`).
    public static func render(_ template: String, today: CalendarDate?) -> String {
        guard let today else { return template }
        return template.replacingOccurrences(of: "{today}", with: "\(today.weekdayName) \(today.iso)")
    }
}
