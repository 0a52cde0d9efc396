import CallText

extension FlowEngine {
    /// Parses slot `name` from a transcript, by its kind.
    func parse(_ name: String, from transcript: String) -> SlotValue? {
        guard let definition = flow.slots[name] else { return nil }
        var text = TextNormalizer.normalize(transcript)
        for (alias, canonical) in definition.aliases.sorted(by: { $0.key.count > $1.key.count }) {
            let a = TextNormalizer.normalize(alias)
            if !a.isEmpty && (" \(text) ").contains(" \(a) ") { text += " " + TextNormalizer.normalize(canonical) }
        }
        switch definition.kind {
        case .person:
            return PersonNameParser.parse(text, known: context.patients).map { SlotValue(value: $0) }
        case .date:
            return DateParser.parse(text, today: context.today, purpose: .appointment).map { SlotValue(value: $0.iso, spoken: $0.spoken) }
        case .birthDate:
            return DateParser.parse(text, today: context.today, purpose: .birthDate).map { SlotValue(value: $0.iso, spoken: $0.spoken) }
        case .time:
            return TimeParser.parse(text).map { SlotValue(value: $0.display, spoken: $0.display) }
        case .doctor:
            return doctor(in: text)
        case .yesNo:
            return YesNo.classify(text).map { SlotValue(value: $0 ? "yes" : "no") }
        case .appointmentID:
            return IdentifierParser.parse(text, known: context.appointmentIDs()).map { SlotValue(value: $0, spoken: Self.spokenID($0)) }
        case .text:
            return text.isEmpty ? nil : SlotValue(value: transcript)
        }
    }

    /// Sets a slot from a value in tool form, deriving its spoken form from its kind
    /// (an empty value clears it).
    func assign(_ name: String, _ value: String) {
        guard !value.isEmpty else { state.slots[name] = nil; return }
        switch flow.slots[name]?.kind {
        case .date?, .birthDate?:
            state.slots[name] = SlotValue(value: value, spoken: CalendarDate(iso: value)?.spoken ?? value)
        case .appointmentID?:
            state.slots[name] = SlotValue(value: value, spoken: Self.spokenID(value))
        default:
            state.slots[name] = SlotValue(value: value)
        }
    }

    /// The doctor the text names, by surname or full name, tolerating recognition errors.
    private func doctor(in text: String) -> SlotValue? {
        var candidates: [String: String] = [:]
        for name in context.doctors {
            let words = TextNormalizer.words(name).filter { $0 != "doctor" }
            if let surname = words.last { candidates[surname] = name }
            candidates[words.joined(separator: " ")] = name
        }
        guard let match = FuzzyMatcher.bestMatch(in: text, candidates: Array(candidates.keys).sorted()), let name = candidates[match.candidate] else { return nil }
        return SlotValue(value: name)
    }

    /// An id as the agent says it: "A-1003" → "A one zero zero three".
    public static func spokenID(_ id: String) -> String {
        id.compactMap { ch -> String? in
            if ch.isNumber { return NumberWords.cardinal(Int(String(ch))!)[0] }
            if ch.isLetter { return String(ch).uppercased() }
            return nil
        }.joined(separator: " ")
    }
}
