/// Word classes the slot parsers skip over: function words, fillers, answers, calendar
/// and clock words, titles. None of them is a name. A domain adds its own words (a flow's
/// `notNames`: "appointment", "order") where it parses names.
enum Stopwords {
    static let function: Set<String> = [
        "a", "an", "the", "i", "me", "my", "mine", "myself", "you", "your", "he", "him", "his", "she", "her",
        "it", "its", "we", "us", "our", "they", "them", "their", "this", "that", "these", "those",
        "is", "am", "are", "was", "were", "be", "been", "being", "do", "does", "did", "done", "have", "has", "had",
        "will", "would", "shall", "should", "can", "cannot", "could", "may", "might", "must",
        "and", "or", "but", "if", "so", "then", "than", "because", "as", "of", "at", "by", "for", "with",
        "about", "to", "from", "in", "on", "off", "up", "down", "out", "over", "into", "onto", "after", "before",
        "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "there", "here",
        "not", "no", "yes", "all", "any", "some", "just", "only", "also", "too", "very", "really", "again",
        "want", "wanted", "need", "needs", "like", "get", "got", "make", "made", "go", "going", "see",
        "know", "think", "said", "say", "tell", "told", "call", "calling", "called", "speaking", "name", "named",
        "please", "thanks", "thank", "hi", "hello", "hey", "okay", "yeah", "yep", "yup", "nope", "sure",
        "well", "oh", "um", "uh", "actually", "sorry", "right", "correct", "wrong", "good", "great", "fine",
        "morning", "afternoon", "evening", "night", "today", "tomorrow", "tonight", "yesterday", "week", "weekend",
        "day", "days", "month", "year", "time", "next", "last", "oclock", "noon", "midday", "midnight",
        "help", "question", "doctor", "mister", "missus", "miz", "one",
    ]

    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let months = TextNormalizer.months

    /// Whether `word` can be no part of a person's name.
    static func isStopword(_ word: String) -> Bool {
        function.contains(word) || weekdays.contains(word) || months.contains(word) || NumberWords.value(of: word) != nil
    }
}
