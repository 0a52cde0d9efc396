import Foundation
import CallText

/// Expands a flow's corpus templates into sentences for the recognizer's language model.
///
/// Each `{placeholder}` cycles through its values, so every value appears at least once
/// per template without multiplying templates by every combination.
public enum DomainCorpus {
    /// Sentences from `templates`, filling placeholders from `values`
    /// (`["doctor": ["patel", …], "weekday": […]]`). Unknown placeholders are left out.
    public static func expand(_ templates: [String], values: [String: [String]]) -> [String] {
        var sentences: [String] = []
        for template in templates {
            let names = placeholders(in: template)
            let rounds = names.map { values[$0]?.count ?? 0 }.max() ?? 1
            for round in 0..<max(1, rounds) {
                var sentence = template
                for name in names {
                    let options = values[name] ?? []
                    let value = options.isEmpty ? "" : options[round % options.count]
                    sentence = sentence.replacingOccurrences(of: "{\(name)}", with: value)
                }
                sentences.append(sentence.split(separator: " ").joined(separator: " "))
            }
        }
        return sentences
    }

    /// Placeholder names in order of appearance, without repeats.
    public static func placeholders(in template: String) -> [String] {
        var names: [String] = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = String(rest[rest.index(after: open)..<close])
            if !names.contains(name) { names.append(name) }
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// Spoken forms of common times of the working day (9:00 AM … 5:30 PM).
    public static let spokenTimes: [String] = {
        var out: [String] = []
        for hour in [9, 10, 11, 12, 1, 2, 3, 4, 5] {
            let h = NumberWords.cardinal(hour).joined(separator: " ")
            let suffix = hour >= 9 && hour <= 11 ? "a m" : "p m"
            out += ["\(h)", "\(h) o'clock", "\(h) thirty", "\(h) \(suffix)", "\(h) thirty \(suffix)", "half past \(h)"]
        }
        return out + ["noon", "quarter past nine", "quarter to four"]
    }()

    /// Spoken month-and-day forms ("june third") for every day of the year.
    public static let spokenDates: [String] = {
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        var out: [String] = []
        for (m, month) in months.enumerated() {
            for day in 1...([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m]) {
                out.append("\(month) \(NumberWords.ordinal(day).joined(separator: " "))")
            }
        }
        return out
    }()

    /// Spoken years 1920–2025 ("nineteen eighty five", "twenty sixteen").
    public static let spokenYears: [String] = (1920...2025).map { NumberWords.year($0).joined(separator: " ") }

    /// Placeholders any flow's corpus may use: `{digits}` (runs of digit words holding every
    /// ordered pair of digits, for phone numbers and codes), `{number}` (one to one hundred, and
    /// round hundreds and thousands) and `{letter}` (the letters' names).
    public static let generic: [String: [String]] = [
        "digits": spokenDigitRuns,
        "number": (1...100).map { NumberWords.cardinal($0).joined(separator: " ") }
            + [200, 300, 500, 1000, 2000].map { NumberWords.cardinal($0).joined(separator: " ") },
        "letter": "abcdefghijklmnopqrstuvwxyz".map { String($0) },
    ]

    /// Ten runs of digit words, "d zero d one … d nine" for each digit d, that together
    /// hold every ordered pair of digits.
    static let spokenDigitRuns: [String] = (0..<10).map { d in
        (0..<10).flatMap { [NumberWords.cardinal(d)[0], NumberWords.cardinal($0)[0]] }.joined(separator: " ")
    }

    /// Weekday names.
    public static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow"]
}
