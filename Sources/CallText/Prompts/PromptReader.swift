/// Reads what an agent's words ask of the caller — from the words alone, with or without
/// punctuation (an in-process agent's captions keep it; words recognized from audio have
/// none). Generic English, no domain: a question is understood by what it asks.
///
/// 1. The question is the last sentence ending in "?", else (no punctuation) the words from
///    the last question cue on ("what", "which", "may i", "shall i", "do you", "and your"
///    …). Without one, the words are a statement.
/// 2. Its kind, first match wins:
///    - anything else: "anything else", "something else";
///    - open: "how can i help", "what can i do for you", "what would you like to do" …;
///    - a choice: options listed with "or" ("the doctor, the day or the time?", "johnson,
///      patel, lee or garcia?"), unless it is a yes/no question;
///    - confirm: asks for agreement — "shall i", "should i", "do you want me to", "would you
///      like me to", "is that right / correct / okay", "does that work", "would that work",
///      "can i go ahead" …, or a question that repeats details just read back;
///    - asks: the value a cue names — date of birth ("date of birth", "born"), name ("your
///      name", "first and last name", "who am i speaking with"), phone, email, identifier
///      ("number", "id", "reference", "code" after "your"/"the"), time ("what time"),
///      date ("what day", "which date", "when would you like"), amount ("how much"),
///      number ("how many"), reason ("what is it about", "reason"); asking verbs ("could
///      you say / tell / spell", "please say / tell / type / repeat") ask rather than
///      question;
///    - yes/no: a question opening with an auxiliary ("do you", "did you", "are you",
///      "have you", "is there", "can you" …);
///    - other: any other wh-question ("which doctor would you like to see?").
/// 3. Its topic: the question's content words, without question and function words.
/// An offer is a prompt whose words say the caller's choice is not available ("taken",
/// "not available", "nearest", "instead", "how about" …).
public enum PromptReader {
    /// What `text` (one reply, as heard) asks.
    public static func read(_ text: String) -> HeardPrompt {
        let (question, context) = lastQuestion(in: text)
        let all = SlotWords.words(text)
        let isOffer = offerCues.contains { has($0, in: all) }
        guard let question else { return HeardPrompt(kind: .statement, context: context, isOffer: isOffer) }
        var words = SlotWords.words(question)
        // "Sorry, did you want to end the call?": a filler first does not change the question.
        while words.count > 2, let first = words.first, leadingFillers.contains(first) { words.removeFirst() }
        let topic = topicWords(words)
        let prompt = { (kind: HeardPrompt.Kind) in
            HeardPrompt(kind: kind, topic: topic, question: words.joined(separator: " "), context: context, isOffer: isOffer)
        }
        if anythingElseCues.contains(where: { has($0, in: words) }) { return prompt(.anythingElse) }
        if openCues.contains(where: { has($0, in: words) }) { return prompt(.open) }
        let asksOutright = askingVerbs.contains { startsWith($0, words) || has($0, in: words) }
        let yesNoForm = !asksOutright && auxiliaries.contains { startsWith($0, words) }
        if let options = options(in: question) {
            if !Set(options).isSubset(of: ["yes", "no"]) { return prompt(.choice(options)) }
            // "… please say yes or no" asks for a yes or a no: the question before it says about what.
            if let cut = words.firstIndex(where: { $0 == "please" || $0 == "say" }), cut > 1 {
                let rest = Array(words[..<cut])
                let restPrompt = read(rest.joined(separator: " ") + "?")
                return HeardPrompt(kind: restPrompt.kind, topic: restPrompt.topic, question: words.joined(separator: " "),
                                   context: context, isOffer: isOffer)
            }
            return prompt(.confirm)
        }
        if confirmCues.contains(where: { has($0, in: words) }) { return prompt(.confirm) }
        if let subject = subject(of: words) {
            // "Do you have your appointment number?" asks about it, not for it.
            if yesNoForm && !asksOutright { return prompt(.yesNo) }
            return prompt(.asks(subject))
        }
        if yesNoForm { return prompt(repeatsDetails(words, of: context) ? .confirm : .yesNo) }
        if whWords.contains(where: { words.contains($0) }) || asksOutright || words.first == "and" { return prompt(.asks(.other)) }
        // A statement said as a question ("Cancel appointment A one zero zero two?") asks to confirm it.
        return prompt(question.hasSuffix("?") ? .confirm : .statement)
    }

    // MARK: - Finding the question

    /// The last question and what came before it.
    static func lastQuestion(in text: String) -> (question: String?, context: String) {
        if let mark = text.lastIndex(of: "?") {
            let before = text[..<mark]
            let start = before.lastIndex { ".!?\n".contains($0) }.map { text.index(after: $0) } ?? text.startIndex
            let question = String(text[start...mark])
            return (question, String(text[..<start]))
        }
        // No punctuation: the words from the last question cue on.
        let words = text.split(separator: " ").map(String.init)
        let plain = words.map { SlotWords.words($0).joined(separator: " ") }
        var starts: [Int] = []
        for i in plain.indices {
            let rest = Array(plain[i...].flatMap { $0.split(separator: " ").map(String.init) })
            if questionStarts.contains(where: { startsWith($0, rest) }) { starts.append(i) }
        }
        guard var best = starts.last else { return (nil, text) }
        // An instruction after the question ("… please say yes or no") belongs to it.
        if plain[best] == "please", let earlier = starts.dropLast().last, best - earlier <= 15 { best = earlier }
        // "what day would you like", "how may i help": the question opens at the wh-word.
        if let wh = (max(0, best - 4)..<best).last(where: { whWords.contains(plain[$0]) }) { best = wh }
        guard !text.contains(".") || !hasSentenceEnd(after: best, in: words) else { return (nil, text) }
        return (words[best...].joined(separator: " "), words[..<best].joined(separator: " "))
    }

    private static func hasSentenceEnd(after index: Int, in words: [String]) -> Bool {
        words[index...].dropLast().contains { $0.hasSuffix(".") || $0.hasSuffix("!") }
    }

    /// Words that open a question when punctuation is missing.
    static let questionStarts: [[String]] = [
        ["what"], ["which"], ["when"], ["where"], ["who"], ["how"], ["may", "i"], ["can", "i"], ["could", "i"], ["shall", "i"],
        ["should", "i"], ["do", "you"], ["did", "you"], ["would", "you"], ["could", "you"], ["can", "you"], ["are", "you"],
        ["is", "there"], ["is", "that"], ["is", "it"], ["and", "your"], ["please", "say"], ["please", "tell"], ["does", "that"],
        ["would", "that"], ["have", "you"],
    ]

    // MARK: - Kinds

    static let anythingElseCues: [[String]] = [["anything", "else"], ["something", "else"], ["any", "other", "questions"]]
    static let openCues: [[String]] = [
        ["how", "can", "i", "help"], ["how", "may", "i", "help"], ["how", "can", "i", "assist"], ["what", "can", "i", "do", "for"],
        ["what", "would", "you", "like", "to", "do"], ["how", "can", "we", "help"], ["what", "brings", "you"],
        ["what", "are", "you", "calling", "about"], ["what", "can", "i", "help", "you", "with"],
    ]
    static let confirmCues: [[String]] = [
        ["shall", "i"], ["should", "i"], ["do", "you", "want", "me", "to"], ["would", "you", "like", "me", "to"],
        ["is", "that", "right"], ["is", "that", "correct"], ["is", "that", "okay"], ["is", "that", "ok"], ["is", "this", "correct"],
        ["does", "that", "work"], ["would", "that", "work"], ["will", "that", "work"], ["does", "that", "sound"],
        ["can", "i", "go", "ahead"], ["may", "i", "go", "ahead"], ["to", "confirm"], ["can", "you", "confirm"], ["is", "that", "all", "correct"],
        ["did", "i", "get", "that", "right"], ["have", "i", "got", "that", "right"],
    ]
    static let auxiliaries: [[String]] = [
        ["do", "you"], ["did", "you"], ["are", "you"], ["have", "you"], ["is", "there"], ["is", "it"], ["is", "that"], ["can", "you"],
        ["could", "you"], ["would", "you"], ["will", "you"], ["were", "you"], ["was", "it"], ["does", "it"], ["do", "we"],
        ["is", "this"], ["is", "he"], ["is", "she"], ["are", "they"], ["are", "there"], ["was", "there"],
    ]
    /// Verbs that ask for a value outright ("could you say your name").
    static let askingVerbs: [[String]] = [
        ["please", "say"], ["please", "tell"], ["please", "type"], ["please", "repeat"], ["please", "spell"], ["please", "give"],
        ["could", "you", "say"], ["could", "you", "tell"], ["could", "you", "spell"], ["could", "you", "repeat"], ["could", "you", "give"],
        ["can", "you", "say"], ["can", "you", "tell"], ["can", "you", "give"], ["can", "you", "spell"], ["may", "i", "have"],
        ["can", "i", "have"], ["could", "i", "have"], ["may", "i", "get"], ["can", "i", "get"], ["could", "i", "get"],
        ["may", "i", "ask"], ["tell", "me"], ["say", "your"], ["type", "it"],
    ]
    static let whWords: Set<String> = ["what", "which", "when", "where", "who", "whom", "whose", "how", "why"]
    /// Words that may open a question without changing it.
    static let leadingFillers: Set<String> = ["sorry", "okay", "ok", "so", "alright", "great", "thanks", "well", "now", "oh", "right",
                                              "perfect", "sure", "excellent", "thank", "you", "got", "it", "and"]
    static let offerCues: [[String]] = [
        ["taken"], ["not", "available"], ["unavailable"], ["nearest"], ["instead"], ["alternative"], ["how", "about"],
        ["closest"], ["next", "available"], ["sold", "out"], ["out", "of", "stock"], ["fully", "booked"],
    ]

    /// The value a question asks for, by its cue words.
    static func subject(of words: [String]) -> HeardPrompt.Subject? {
        func any(_ cues: [[String]]) -> Bool { cues.contains { has($0, in: words) } }
        if any([["date", "of", "birth"], ["birth", "date"], ["birthdate"], ["birthday"], ["born"], ["dob"]]) { return .dateOfBirth }
        if any([["phone", "number"], ["telephone"], ["callback", "number"], ["number", "to", "reach"], ["mobile", "number"], ["cell", "number"]]) { return .phone }
        if any([["email"], ["e", "mail"], ["email", "address"]]) { return .email }
        if any([["your", "name"], ["full", "name"], ["first", "and", "last", "name"], ["last", "name"], ["first", "name"],
                ["who", "am", "i", "speaking"], ["who", "is", "calling"], ["whose", "name"], ["name", "please"], ["the", "name"],
                ["name", "on", "the"], ["your", "surname"]]) { return .name }
        if any([["number"], ["id"], ["reference"], ["code"], ["confirmation"], ["account"], ["tracking"]]),
           any([["your"], ["the"], ["that"], ["say"], ["type"]]) { return .identifier }
        if any([["what", "time"], ["which", "time"], ["time", "would"], ["time", "works"], ["time", "suits"], ["time", "suit"],
                ["what", "hour"], ["morning", "or", "afternoon"], ["and", "what", "time"], ["time", "was", "that"],
                ["time", "would", "you", "like"]]) { return .time }
        if any([["what", "day"], ["which", "day"], ["what", "date"], ["which", "date"], ["when", "would", "you", "like"],
                ["when", "would", "be"], ["day", "would"], ["day", "works"], ["when", "do", "you", "want"], ["which", "days"],
                ["what", "days"], ["when", "can", "you"], ["when", "would", "suit"], ["day", "was", "that"], ["move", "it", "to"]]) { return .date }
        if any([["how", "much"], ["what", "amount"], ["the", "amount"]]) { return .amount }
        if any([["how", "many"]]) { return .number }
        if any([["reason"], ["what", "is", "it", "about"], ["what's", "it", "about"], ["what", "is", "the", "problem"],
                ["what", "seems", "to", "be"], ["why", "are", "you"]]) { return .reason }
        return nil
    }

    /// True when the question mentions something just read back (a date, a time, a
    /// number): "Shall I book Tuesday at three?" asks to confirm it.
    static func repeatsDetails(_ question: [String], of context: String) -> Bool {
        let details = question.filter { DateParser.weekdays.contains($0) || NumberWords.value(of: $0) != nil }
        return !details.isEmpty
    }

    /// Options listed with "or" in a question: "the doctor, the day or the time?" →
    /// ["doctor", "day", "time"]; "johnson, patel, lee or garcia?"; "in the morning or the
    /// afternoon?" → ["morning", "afternoon"]. The first option is the last word before the
    /// list; the others are the comma- and "or"-separated pieces, each at most four words.
    static func options(in question: String) -> [String]? {
        let pieces = question.replacingOccurrences(of: "?", with: "").split(separator: ",").map { SlotWords.words(String($0)) }
        guard let last = pieces.last, let orIndex = last.lastIndex(of: "or") else { return nil }
        var lists = pieces.dropLast().map { $0 }
        lists.append(Array(last[..<orIndex]))
        lists.append(Array(last[(orIndex + 1)...]))
        let articles: Set<String> = ["the", "a", "an", "either", "maybe"]
        var options: [String] = []
        for (index, words) in lists.enumerated() {
            var content = words.filter { !articles.contains($0) }
            // A title before a name is not the option ("dr patel" → "patel").
            if content.count > 1, let first = content.first, FuzzyMatcher.titles.contains(first) { content.removeFirst() }
            guard let tail = content.last else { return nil }
            // The first piece may hold the question itself: only its last word is an option.
            let option = index == 0 ? [tail] : content
            guard option.count <= 4, option != ["not"] else { return nil }
            options.append(option.joined(separator: " "))
        }
        return options.count >= 2 ? options : nil
    }

    /// Words that say nothing about what is asked.
    static let notTopic: Set<String> = [
        "what", "which", "when", "where", "who", "whom", "whose", "how", "why", "is", "are", "was", "were", "be", "do", "does",
        "did", "can", "could", "would", "will", "shall", "should", "may", "might", "i", "you", "we", "me", "my", "your", "our",
        "it", "that", "this", "the", "a", "an", "and", "or", "of", "to", "for", "with", "on", "in", "at", "please", "like",
        "want", "have", "has", "had", "get", "say", "tell", "give", "type", "repeat", "spell", "again", "sorry", "that's",
        "there", "okay", "so", "now", "then", "just", "let", "know", "see", "us", "any", "some", "sure", "help", "need",
    ]

    static func topicWords(_ words: [String]) -> [String] {
        var seen = Set<String>()
        return words.filter { !notTopic.contains($0) && seen.insert($0).inserted }
    }

    // MARK: - Word helpers

    static func has(_ phrase: [String], in words: [String]) -> Bool {
        words.indices.contains { SlotWords.has(phrase, in: words, at: $0) }
    }

    static func startsWith(_ phrase: [String], _ words: [String]) -> Bool {
        SlotWords.has(phrase, in: words, at: 0)
    }
}
