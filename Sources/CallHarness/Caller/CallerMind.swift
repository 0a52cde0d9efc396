import CallScenario
import CallText
import Foundation

/// What the simulated caller says next, decided only from what reached its ear — the
/// words of the agent's reply as heard — and what it knows: its goal, its facts (the
/// scenario's `caller.facts` and the current `answers` block) and what it has said.
///
/// A question is understood by what it asks (`PromptReader`); its answer is the fact it
/// is about (`CallerFacts`), whatever the agent calls it internally. Before agreeing to
/// a read-back the caller checks every date, time and titled name it knows against it and
/// corrects what is wrong. When the agent goes somewhere the goal does not lead — asks
/// what no fact and no later turn answers, reads back a contradiction — that is a failed
/// attempt: the caller restates its goal or corrects the agent; after `patience` failed
/// attempts it asks for a person, and after two more it hangs up.
struct CallerMind {
    /// What to do.
    enum Decision: Equatable {
        /// Say these words; `answered` names the fact they give, if any.
        case say(String, answered: String?)
        /// The current turn has nothing to say to this; the next scripted turn is due.
        case next
        /// Nothing needs saying.
        case wait
        /// Give up and hang up.
        case hangUp
    }

    /// What the caller wants, as it says it when restating it ("I'd like to cancel my
    /// appointment."); nil when it has no goal to state.
    let goal: String?
    /// The facts of `caller.facts`.
    let facts: [String: String]
    let persona: CallerPersona
    let readBack: ReadBackCheck

    /// Failed attempts so far.
    private(set) var failedAttempts = 0
    private(set) var askedForPerson = false
    /// Facts it already said it does not remember.
    private var forgotten: Set<String> = []
    /// The facts the last read-back contradicted (what a "what would you like to change?" is about).
    private var lastCorrection: [String] = []
    /// How often each fact was given as a correction (said again, it is rephrased).
    private var corrections: [String: Int] = [:]
    /// The fact the caller gave last, when the agent asks again without being understood.
    private var lastGiven: String?

    init(goal: String?, facts: [String: String], persona: CallerPersona, readBack: ReadBackCheck) {
        self.goal = goal
        self.facts = facts
        self.persona = persona
        self.readBack = readBack
    }

    /// The caller's response to `heard` (the agent's reply as heard) while its current
    /// turn is an `answers` block (`block`), or with no scripted turn left (`block` nil).
    /// `upcoming` are the scripted turns after the current one; `said` what the caller has
    /// said so far.
    mutating func respond(to heard: String, block: [String: String]?, upcoming: ArraySlice<CallerTurn>,
                          said: [SpokenTurn]) -> Decision {
        let prompt = PromptReader.read(heard)
        let known = CallerFacts(values: facts.merging(block ?? [:]) { _, current in current })
        switch prompt.kind {
        case .statement:
            return .wait
        case .anythingElse:
            // Asked for anything else before what it came for was done, it says it again
            // rather than its goodbye.
            let undone = wantsSomethingDone(said: said) && !heardDone && !heardRefusal
            if hasScriptLeft(block, upcoming), !(undone && upcoming.first(where: \.isSpoken)?.isClosing == true) { return .next }
            if undone { return failed(restate: true) }
            return .say(line(.closing), answered: nil)
        case .open:
            if hasScriptLeft(block, upcoming), let next = upcoming.first(where: \.isSpoken), !next.isClosing { return .next }
            let statedGoal = said.contains { $0.kind == .say || $0.kind == .answer }
            return statedGoal ? failed(restate: true) : .say(line(.goal), answered: nil)
        case .confirm:
            if !prompt.isOffer {
                let names = known.values.keys.sorted().filter { CallerFacts.subject(ofName: $0) == .name }.map { known.values[$0]! }
                let wrong = readBack.contradictions(in: heard, facts: knownInOrder(known, said: said), names: names)
                if !wrong.isEmpty {
                    lastCorrection = wrong
                    return failed(correcting: wrong)
                }
                // "Sorry, shall I book that appointment?" right after the caller said no to
                // a read-back: nothing was changed, so the answer is still that correction.
                if !lastCorrection.isEmpty, !readBack.hasDetails(heard), said.last?.answered == nil {
                    return failed(correcting: lastCorrection)
                }
                lastCorrection = []
            }
            if proposesSomethingElse(prompt, heard: heard, said: said) { return failed(restate: true, after: "No. ") }
            if let name = known.answer(to: prompt) { return say(name, known, said: said) }
            if let next = upcoming.first, next.answersYesNo, !next.isClosing { return .next }
            return .say(line(.yes), answered: nil)
        case .yesNo:
            if prompt.topic.contains("still") || prompt.topic.contains("there") && prompt.topic.count <= 2 {
                return .say(line(.stillHere), answered: nil)
            }
            if let name = known.answer(to: prompt) { return say(name, known, said: said) }
            if proposesSomethingElse(prompt, heard: heard, said: said) { return failed(restate: true, after: "No. ") }
            if let next = upcoming.first, next.answersYesNo, !next.isClosing { return .next }
            let topic = Set(prompt.topic)
            let knowsIt = known.values.keys.contains { !Set(CallerFacts.words(of: $0)).isDisjoint(with: topic) && !known.isYesNo($0) }
            return .say(knowsIt ? line(.yes) : line(.no), answered: nil)
        case .asks:
            if let name = known.answer(to: prompt) { return give(name, known, said: said) }
            if canBeAnswered(prompt, by: upcoming) { return .next }
            // "Sorry, which … would you like instead?" with a word lost on the line: asked
            // again right after the caller answered, it is the same question.
            if let name = lastGiven, known.values[name] != nil, Self.isReprompt(heard), said.last?.answered == name {
                return say(name, known, said: said)
            }
            return failed(restate: true)
        case .choice(let options):
            // "The doctor, the day or the time?": the option a correction was about (or the
            // corrected words themselves, when they are no named fact).
            for option in options {
                let names = known.facts(forOption: option)
                if let name = names.first(where: { name in lastCorrection.contains(known.values[name]!) }) { return give(name, known, said: said) }
            }
            if !lastCorrection.isEmpty, options.contains(where: { known.facts(forOption: $0).isEmpty }) {
                return .say(lastCorrection.map { Self.trimmed($0) }.joined(separator: ", ") + ".", answered: nil)
            }
            if let name = known.answer(to: prompt) { return give(name, known, said: said) }
            if canBeAnswered(prompt, by: upcoming) { return .next }
            if let option = options.first(where: { !known.facts(forOption: $0).isEmpty }),
               let name = known.facts(forOption: option).first { return give(name, known, said: said) }
            return failed(restate: true)
        }
    }

    /// Says fact `name`, unless the caller forgets it the first time it is asked.
    private mutating func give(_ name: String, _ known: CallerFacts, said: [SpokenTurn] = []) -> Decision {
        if forgets(name), forgotten.insert(name).inserted {
            let what = Self.ownWords(for: name)
            return .say("Sorry, I don't remember my \(what) right now.", answered: nil)
        }
        return say(name, known, said: said)
    }

    /// How the caller names its own fact `name`: `caller_name` and `member_name` are "my
    /// name"; `last_name`, `date_of_birth` and `order_id` keep their words.
    static func ownWords(for name: String) -> String {
        let words = CallerFacts.words(of: name).filter { $0 != "my" }
        let qualifiers: Set<String> = ["first", "last", "full", "middle", "family", "given", "maiden", "user"]
        if words.count == 2, words[1] == "name", !qualifiers.contains(words[0]) { return "name" }
        return words.joined(separator: " ")
    }

    /// True when the persona forgets fact `name`: named in `forgets`, or of the same kind as
    /// a fact named there (`date_of_birth` covers a fact the scenario calls `birthday`).
    func forgets(_ name: String) -> Bool {
        let subject = CallerFacts.subject(ofName: name)
        return persona.forgets.contains { $0 == name || (subject != nil && CallerFacts.subject(ofName: $0) == subject) }
    }

    /// Fact `name` — in other words when the agent asks for it again right after the
    /// caller gave it (it did not understand), as a person would rephrase.
    private mutating func say(_ name: String, _ known: CallerFacts, said: [SpokenTurn]) -> Decision {
        let repeats = said.reversed().prefix { $0.answered == name || $0.kind == .hello }.filter { $0.answered == name }.count
        lastGiven = name
        return .say(Rephrasing.variant(of: known.values[name]!, attempt: repeats, today: readBack.today), answered: name)
    }

    /// True for words that say a question is asked again ("Sorry, …", "… again", "… instead").
    static func isReprompt(_ heard: String) -> Bool {
        let words = Set(TextNormalizer.words(heard))
        return !words.isDisjoint(with: ["sorry", "again", "instead", "repeat", "catch", "pardon", "example"])
    }

    /// True once the agent has said that something was done ("is confirmed", "has been
    /// cancelled", "you're all set"): what a caller listens for before it says goodbye.
    private(set) var heardDone = false

    /// Listens for the agent saying something was done.
    mutating func hear(_ heard: String) {
        let words = " " + TextNormalizer.words(heard).joined(separator: " ") + " "
        if Self.doneCues.contains(where: { words.contains(" \($0) ") }) { heardDone = true }
        if Self.refusalCues.contains(where: { words.contains(" \($0) ") }) { heardRefusal = true }
    }

    /// The agent said what the caller came for cannot be done ("I can't start that
    /// return: …"): a person then takes no for an answer rather than asking again.
    private(set) var heardRefusal = false

    static let refusalCues = ["can't", "cannot", "can not", "unable to", "not able to", "not possible", "won't be able"]

    static let doneCues = ["confirmed", "is booked", "has been", "have been", "all set", "is now", "is done", "done", "scheduled for",
                           "processed", "on its way", "issued", "sent", "updated", "moved"]

    /// True when the caller came to get something done (not only to ask).
    private func wantsSomethingDone(said: [SpokenTurn]) -> Bool {
        let asked = said.filter { $0.kind == .say || $0.kind == .audio }.map(\.text) + [goal ?? ""]
        return asked.contains { !RequestedAction.actions(in: $0).subtracting([.handOff, .end]).isEmpty }
    }

    /// True when the agent proposes an action the caller did not ask for: connecting it to
    /// staff when it wants to book, cancelling when it wants to change — in its question,
    /// or, when the question names none, in what it said before it ("I can help you
    /// cancel. Do you have your appointment number?"), where it offers help with one.
    private func proposesSomethingElse(_ prompt: HeardPrompt, heard: String, said: [SpokenTurn]) -> Bool {
        var proposed = RequestedAction.actions(in: prompt.question)
        if proposed.isEmpty { proposed = Self.offeredHelp(in: heard) }
        guard !proposed.isEmpty else { return false }
        let asked = said.filter { $0.kind == .say || $0.kind == .audio }.map(\.text) + [goal ?? ""]
        let wanted = asked.reduce(into: Set<RequestedAction>()) { $0.formUnion(RequestedAction.actions(in: $1)) }
        return !wanted.isEmpty && proposed.isDisjoint(with: wanted)
    }

    /// The actions an agent offers help with ("I can help you cancel", "I can help with a
    /// return"): the few words after "help you" or "help with".
    static func offeredHelp(in heard: String) -> Set<RequestedAction> {
        let words = TextNormalizer.words(heard)
        var found: Set<RequestedAction> = []
        for index in words.indices.dropLast() where words[index] == "help" && ["you", "with"].contains(words[index + 1]) {
            found.formUnion(RequestedAction.actions(in: words[(index + 2)...].prefix(3).joined(separator: " ")))
        }
        return found.subtracting([.end])
    }

    /// A failed attempt: the caller restates its goal or corrects the agent — or, out of
    /// patience, asks for a person, then hangs up.
    private mutating func failed(restate: Bool = false, correcting wrong: [String] = [], after prefix: String = "") -> Decision {
        failedAttempts += 1
        if failedAttempts > persona.patience + 2 { return .hangUp }
        if failedAttempts > persona.patience {
            if !askedForPerson {
                askedForPerson = true
                return .say(line(.person), answered: nil)
            }
        }
        if !wrong.isEmpty {
            let correction = wrong.map { fact -> String in
                let times = corrections[fact, default: 0]
                corrections[fact] = times + 1
                return Self.trimmed(Rephrasing.variant(of: fact, attempt: times, today: readBack.today))
            }.joined(separator: ", ")
            return .say(persona.verbosity == .chatty ? "No, sorry, \(correction)." : "No, \(correction).", answered: nil)
        }
        return .say(prefix + line(.goal), answered: nil)
    }

    /// What the caller knows in the order it counts: facts not yet said, then what it said
    /// (oldest first, so what was said last wins). Yes/no answers are replies, not facts.
    private func knownInOrder(_ known: CallerFacts, said: [SpokenTurn]) -> [String] {
        let spoken = said.filter { $0.kind == .say || ($0.kind == .answer && YesNo.classify($0.text) == nil) }.map(\.text)
        let unsaid = known.values.keys.sorted().filter { name in !said.contains { $0.answered == name } && !known.isYesNo(name) }
            .map { known.values[$0]! }.filter { YesNo.classify($0) == nil }
        return unsaid + spoken
    }

    /// Whether a scripted turn is still to come for the agent's question.
    private func hasScriptLeft(_ block: [String: String]?, _ upcoming: ArraySlice<CallerTurn>) -> Bool {
        block != nil && !upcoming.isEmpty || upcoming.contains(where: \.isSpoken)
    }

    /// True when the next scripted turn answers `prompt`: keys for an id or a number, a
    /// later `answers` block with a fact for it, or a sentence that says it.
    private func canBeAnswered(_ prompt: HeardPrompt, by upcoming: ArraySlice<CallerTurn>) -> Bool {
        guard let next = upcoming.first else { return false }
        switch next.kind {
        case .dtmf:
            if case .asks(let subject) = prompt.kind { return [.identifier, .number, .phone, .other].contains(subject) }
            return false
        case .answers(let map):
            return CallerFacts(values: map).answer(to: prompt) != nil
        case .say(let text):
            guard case .asks(let subject) = prompt.kind else { return false }
            switch subject {
            case .date: return readBack.today.flatMap { DateParser.parse(text, today: $0, purpose: .upcoming) } != nil
            case .dateOfBirth: return readBack.today.flatMap { DateParser.parse(text, today: $0, purpose: .birthDate) } != nil
            case .time: return TimeParser.parse(text) != nil
            case .name: return PersonNameParser.parse(text) != nil
            default: return !Set(TextNormalizer.words(text)).isDisjoint(with: prompt.topic)
            }
        case .audio:
            return true
        default:
            return false
        }
    }

    // MARK: - Lines the caller makes up

    enum Line { case goal, closing, yes, no, stillHere, person }

    func line(_ line: Line) -> String {
        switch line {
        case .goal:
            let text = goal ?? "I'd like some help, please."
            return persona.verbosity == .chatty ? "Sorry, maybe I wasn't clear. \(text)" : text
        case .closing: return persona.verbosity == .terse ? "No, thanks." : "No, that's all, thank you."
        case .yes: return persona.verbosity == .terse ? "Yes." : "Yes, please."
        case .no: return "No."
        case .stillHere: return "Yes, I'm still here."
        case .person: return "Can I speak to a person, please?"
        }
    }

    static func trimmed(_ text: String) -> String {
        var t = text.trimmingCharacters(in: .whitespaces)
        while let last = t.last, ".!?".contains(last) { t.removeLast() }
        return t
    }
}

extension CallerTurn {
    /// True for a turn that speaks (a sentence, a recording or an answer block).
    var isSpoken: Bool {
        switch kind {
        case .say, .audio, .answers: true
        default: false
        }
    }

    /// True for a scripted sentence that is a yes or a no ("Yes, that works.").
    var answersYesNo: Bool {
        if case .say(let text) = kind { return YesNo.classify(text) != nil }
        return false
    }

    /// True for a scripted sentence that ends the conversation ("No, that's all, thanks.").
    var isClosing: Bool {
        guard case .say(let text) = kind else { return false }
        let words = " " + TextNormalizer.words(text).joined(separator: " ") + " "
        return [" that's all ", " that is all ", " nothing else ", " goodbye ", " bye ", " that's everything ", " that's it "]
            .contains { words.contains($0) }
    }
}
