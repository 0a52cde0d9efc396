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
            return PersonNameParser.parse(text, known: entities(of: definition), notNames: notNames).map { SlotValue(value: $0) }
        case .date:
            return DateParser.parse(text, today: context.today, purpose: .upcoming).map { SlotValue(value: $0.iso, spoken: $0.spoken) }
        case .birthDate:
            return DateParser.parse(text, today: context.today, purpose: .birthDate).map { SlotValue(value: $0.iso, spoken: $0.spoken) }
        case .time:
            return TimeParser.parse(text).map { SlotValue(value: $0.display, spoken: $0.display) }
        case .choice:
            return choice(in: text, among: entities(of: definition))
        case .yesNo:
            return YesNo.classify(text).map { SlotValue(value: $0 ? "yes" : "no") }
        case .identifier:
            return IdentifierParser.parse(text, known: entities(of: definition)).map { SlotValue(value: $0, spoken: IdentifierParser.spoken($0)) }
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
        case .identifier?:
            state.slots[name] = SlotValue(value: value, spoken: IdentifierParser.spoken(value))
        default:
            state.slots[name] = SlotValue(value: value)
        }
    }

    /// The values of the slot's entity list, as the domain holds them now.
    private func entities(of definition: SlotDefinition) -> [String] {
        definition.entity.map(context.entities) ?? []
    }

    /// The value the text names, by its full form (titles such as "doctor" left out) or
    /// by its last word when no other value ends in it ("patel" for "Dr. Raj Patel"),
    /// tolerating recognition errors.
    private func choice(in text: String, among values: [String]) -> SlotValue? {
        var candidates: [String: String] = [:]
        let forms = values.map { TextNormalizer.words($0).filter { !FuzzyMatcher.titles.contains($0) } }
        let lastWords = forms.compactMap(\.last)
        for (value, words) in zip(values, forms) {
            if let last = words.last, lastWords.count(where: { $0 == last }) == 1 { candidates[last] = value }
            candidates[words.joined(separator: " ")] = value
        }
        guard let match = FuzzyMatcher.bestMatch(in: text, candidates: Array(candidates.keys).sorted()),
              let value = candidates[match.candidate] else { return nil }
        return SlotValue(value: value)
    }
}
