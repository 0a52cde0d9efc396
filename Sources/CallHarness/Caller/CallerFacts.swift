import CallText

/// What a caller knows, by name, and which fact a question is about. Names are the
/// scenario's own (`patient_name`, `date_of_birth`, `order_id`, `has_number`): a fact is
/// found by what the question asks and by the words of its name, not by the agent's
/// internal slot names.
struct CallerFacts {
    /// Facts by name.
    var values: [String: String]

    /// Names of facts for each kind of value a question may ask for, by the words they
    /// contain (the first list that matches decides; `birth` before `date`).
    static let subjectWords: [(HeardPrompt.Subject, Set<String>)] = [
        (.dateOfBirth, ["birth", "dob", "birthday", "birthdate"]),
        (.phone, ["phone", "telephone", "mobile", "cell"]),
        (.email, ["email", "mail"]),
        (.name, ["name"]),
        (.identifier, ["id", "number", "reference", "code", "confirmation", "account", "tracking"]),
        (.time, ["time", "hour"]),
        (.date, ["date", "day", "when"]),
        (.amount, ["amount", "price", "cost", "total", "refund"]),
        (.number, ["count", "quantity", "many", "number"]),
        (.reason, ["reason", "problem", "issue", "about"]),
    ]

    /// Facts that answer a yes/no question ("has_number", "end_call") by their name's words.
    static let yesNoPrefixes: Set<String> = ["has", "have", "is", "wants", "want", "can", "did", "does", "will"]
    /// Facts that agree to a read-back.
    static let confirmationNames: Set<String> = ["confirmation", "confirm", "agree", "yes"]
    /// Facts that answer an offer of something else.
    static let offerNames: Set<String> = ["offer", "alternative", "counteroffer"]

    /// The words of a fact's name: `patient_name` → ["patient", "name"], `dateOfBirth` →
    /// ["date", "of", "birth"].
    static func words(of name: String) -> [String] {
        var words: [String] = []
        var current = ""
        for ch in name {
            if ch == "_" || ch == "-" || ch == " " || ch == "." {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else if ch.isUppercase, !current.isEmpty {
                words.append(current)
                current = String(ch).lowercased()
            } else {
                current += String(ch).lowercased()
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// True for a fact that answers yes/no questions (its name starts "has", "is", …, or
    /// its value is a yes or a no).
    func isYesNo(_ name: String) -> Bool {
        let words = Self.words(of: name)
        if let first = words.first, Self.yesNoPrefixes.contains(first) { return true }
        if words.count == 2 && ["end", "call", "transfer"].contains(words[0]) { return true }
        return values[name].map { YesNo.classify($0) != nil && TextNormalizer.words($0).count <= 4 } ?? false
    }

    /// The subject a fact's name speaks of.
    static func subject(ofName name: String) -> HeardPrompt.Subject? {
        let words = Set(Self.words(of: name))
        return subjectWords.first { !$0.1.isDisjoint(with: words) }?.0
    }

    /// The fact that answers `prompt`, if any: by subject (a date of birth for "your date
    /// of birth?"), by the topic's words (`doctor` for "which doctor?", `order_id` for "your
    /// order number?"), or by options it names.
    func answer(to prompt: HeardPrompt) -> String? {
        let names = values.keys.sorted()
        let topic = Set(prompt.topic)
        func overlap(_ name: String) -> Int { Set(Self.words(of: name)).intersection(topic).count }
        switch prompt.kind {
        case .confirm:
            if prompt.isOffer, let name = names.first(where: { !Set(Self.words(of: $0)).isDisjoint(with: Self.offerNames) }) { return name }
            return names.first { !Set(Self.words(of: $0)).isDisjoint(with: Self.confirmationNames) }
        case .yesNo:
            let candidates = names.filter(isYesNo).filter { overlap($0) > 0 }
            return candidates.max { overlap($0) < overlap($1) }
        case .asks(let subject):
            let plain = names.filter { !isYesNo($0) && Self.confirmationNames.isDisjoint(with: Self.words(of: $0)) }
            if subject != .other {
                let matching = plain.filter { Self.subject(ofName: $0) == subject }
                // Of several (an order id and a tracking code), the one the question names.
                if let best = matching.max(by: { overlap($0) < overlap($1) }) { return best }
            }
            let byTopic = plain.filter { overlap($0) > 0 }
            return byTopic.max { overlap($0) < overlap($1) }
        case .choice(let options):
            // A fact whose value names an option ("Doctor Patel" for "johnson, patel, …").
            for name in names where !isYesNo(name) {
                let said = " " + TextNormalizer.normalize(values[name]!) + " "
                if options.contains(where: { said.contains(" \($0) ") }) { return name }
            }
            return nil
        case .open, .anythingElse, .statement:
            return nil
        }
    }

    /// The facts an option of a choice stands for ("day" → the date fact, "time" → the time
    /// fact, "doctor" → a fact named doctor).
    func facts(forOption option: String) -> [String] {
        let words = Set(TextNormalizer.words(option))
        let subject = Self.subjectWords.first { !$0.1.isDisjoint(with: words) }?.0
        return values.keys.sorted().filter { name in
            !isYesNo(name) && (!Set(Self.words(of: name)).isDisjoint(with: words) || (subject != nil && Self.subject(ofName: name) == subject))
        }
    }
}
