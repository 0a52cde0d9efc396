import Foundation
import CallText

extension FlowEngine {
    /// Parses slot `name` from a transcript, by its kind; `asked` when the caller answers a
    /// question for this slot (a bare number is then an amount of money).
    func parse(_ name: String, from transcript: String, asked: Bool = false) -> SlotValue? {
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
            let known = entities(of: definition)
            if let id = IdentifierParser.parse(text, known: known) ?? definition.pattern.flatMap({ PatternIdentifierParser.parse(text, pattern: $0) }) {
                return SlotValue(value: id, spoken: IdentifierParser.spoken(id))
            }
            return nil
        case .number:
            return NumberParser.parse(text).map { SlotValue(value: "\($0)", spoken: NumberParser.spoken($0)) }
        case .money:
            return MoneyParser.parse(text, asked: asked).map { SlotValue(value: $0.value, spoken: MoneyParser.spoken($0)) }
        case .phone:
            return PhoneParser.parse(text).map { SlotValue(value: $0, spoken: PhoneParser.spoken($0)) }
        case .email:
            return EmailParser.parse(transcript).map { SlotValue(value: $0, spoken: EmailParser.spoken($0)) }
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
        case .money?:
            state.slots[name] = SlotValue(value: value, spoken: Self.spokenMoney(value) ?? value)
        case .phone?:
            state.slots[name] = SlotValue(value: value, spoken: PhoneParser.spoken(value))
        case .email?:
            state.slots[name] = SlotValue(value: value, spoken: EmailParser.spoken(value))
        case .number?:
            state.slots[name] = SlotValue(value: value, spoken: Decimal(string: value).map(NumberParser.spoken) ?? value)
        default:
            state.slots[name] = SlotValue(value: value)
        }
    }

    /// The slot's values as the domain holds them now: its entity list, its listed values
    /// and its query's results (`:slot` parameters bound to the slots filled so far).
    private func entities(of definition: SlotDefinition) -> [String] {
        var values = (definition.entity.map(context.entities) ?? []) + definition.values
        if let query = definition.query { values += context.query(query, state.slots.mapValues(\.value)) }
        return values
    }

    /// A decimal amount ("49.99") in dollars as spoken ("forty nine dollars and ninety
    /// nine cents"); nil when it is no amount.
    static func spokenMoney(_ value: String) -> String? {
        guard let amount = Decimal(string: value.trimmingCharacters(in: .whitespaces)), amount.isFinite else { return nil }
        var cents = amount * 100
        var rounded = Decimal()
        NSDecimalRound(&rounded, &cents, 0, .plain)
        return MoneyParser.spoken(MoneyAmount(cents: NSDecimalNumber(decimal: rounded).intValue, currency: "USD"))
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
