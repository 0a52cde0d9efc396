import AgentTools
import CallText

/// Names reduced to comparable words: the shared text normalization (lower case, no
/// punctuation, "Dr." → "doctor") with leading titles dropped.
enum NameKey {
    static let titles: Set<String> = ["doctor", "dr", "mister", "mr", "missus", "mrs", "miz", "ms", "miss", "professor", "prof"]

    /// "Dr.  Raj Patel" → ["raj", "patel"].
    static func words(_ text: String) -> [String] {
        var words = TextNormalizer.words(text)
        while let first = words.first, titles.contains(first) { words.removeFirst() }
        return words
    }

    /// A person's name tidied for storage: titles dropped, spaces collapsed, all-lower or
    /// all-upper words capitalized ("maria  LOPEZ" → "Maria Lopez").
    static func displayName(_ text: String) -> String {
        var parts = text.split(whereSeparator: \.isWhitespace).map(String.init)
        while let first = parts.first, parts.count > 1, words(first).isEmpty { parts.removeFirst() }
        return parts.map { word in
            guard word == word.lowercased() || word == word.uppercased() else { return word }
            return word.prefix(1).uppercased() + word.dropFirst().lowercased()
        }.joined(separator: " ")
    }

    /// The one doctor `text` names: surname, first name and surname, or (when only one
    /// doctor has it) first name, each with or without a title.
    static func doctor(_ text: String, among doctors: [Doctor]) throws(ToolFailure) -> Doctor {
        let given = words(text)
        let matches = doctors.filter { doctor in
            let first = words(doctor.firstName), last = words(doctor.lastName)
            guard !given.isEmpty, given.allSatisfy({ first.contains($0) || last.contains($0) }) else { return false }
            return last.allSatisfy(given.contains) || given == first
        }
        let known = doctors.map { "\($0.name) (\($0.specialty))" }.joined(separator: ", ")
        switch matches.count {
        case 1: return matches[0]
        case 0: throw ToolFailure("there is no doctor named '\(text)'; the doctors are \(known)")
        default: throw ToolFailure("'\(text)' could be \(Doctor.list(matches.map(\.name))); please say which")
        }
    }

    /// "a-1001", "A1001", "1001" → "A-1001".
    static func appointmentID(_ text: String) -> String { id(text, prefix: "A") }

    /// "p-1001", "P1001", "1001" → "P-1001".
    static func patientID(_ text: String) -> String { id(text, prefix: "P") }

    private static func id(_ text: String, prefix: String) -> String {
        let compact = text.uppercased().filter { !$0.isWhitespace && $0 != "-" && $0 != "#" }
        let digits = compact.hasPrefix(prefix) ? String(compact.dropFirst()) : compact
        return "\(prefix)-\(digits)"
    }

    /// True when `text` looks like a patient id ("P-1001", "p1001").
    static func isPatientID(_ text: String) -> Bool {
        let compact = text.uppercased().filter { !$0.isWhitespace && $0 != "-" }
        return compact.count > 1 && compact.hasPrefix("P") && compact.dropFirst().allSatisfy(\.isNumber)
    }
}
