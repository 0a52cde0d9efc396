import CallText

/// What a request asks to be done, read from its verbs: make something (book, order),
/// change it, cancel it, get money back, be handed to a person, end the call. A caller
/// compares what the agent proposes with what it asked for: "Would you like me to connect
/// you with our staff?" is not what someone who wants to book came for.
enum RequestedAction: String, CaseIterable, Sendable {
    case make, change, cancel, refund, handOff, end

    /// Words and phrases that ask for each action.
    static let phrases: [(RequestedAction, [[String]])] = [
        (.change, [["reschedule"], ["move"], ["change"], ["update"], ["modify"], ["switch"], ["push"]]),
        (.cancel, [["cancel"], ["delete"], ["drop"], ["call", "off"], ["remove"]]),
        (.refund, [["refund"], ["money", "back"], ["return"]]),
        (.handOff, [["connect"], ["transfer"], ["person"], ["human"], ["staff"], ["someone"], ["representative"], ["operator"],
                    ["agent"], ["colleague"], ["put", "you", "through"]]),
        (.end, [["end", "the", "call"], ["hang", "up"], ["goodbye"], ["end", "call"]]),
        (.make, [["book"], ["schedule"], ["make", "an"], ["set", "up"], ["arrange"], ["order"], ["reserve"], ["register"], ["see"]]),
    ]

    /// Words before "order" that make it a thing, not a request ("my order", "the order").
    static let determiners: Set<String> = ["my", "the", "your", "our", "this", "that", "an", "a", "his", "her", "their", "which",
                                           "what", "each", "every", "one"]
    /// Words after "order" that make it a thing ("order number").
    static let nounFollowers: Set<String> = ["number", "numbers", "id", "status", "history"]

    /// The actions `text` asks for or proposes.
    static func actions(in text: String) -> Set<RequestedAction> {
        let words = TextNormalizer.words(text)
        var found: Set<RequestedAction> = []
        for (action, phrases) in phrases {
            for phrase in phrases where words.indices.contains(where: { Array(words[$0...].prefix(phrase.count)) == phrase && !isNoun(words, at: $0, phrase) }) {
                found.insert(action)
            }
        }
        // "reschedule" also reads as "schedule"; moving something is not making a new one.
        if found.contains(.change) { found.remove(.make) }
        return found
    }

    /// True when "order" at `index` names a thing ("my order", "the order number"), not a
    /// request to order something.
    private static func isNoun(_ words: [String], at index: Int, _ phrase: [String]) -> Bool {
        guard phrase == ["order"] else { return false }
        if index > 0, determiners.contains(words[index - 1]) { return true }
        return index + 1 < words.count && nounFollowers.contains(words[index + 1])
    }
}
