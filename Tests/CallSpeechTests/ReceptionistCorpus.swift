/// A clinic receptionist's domain: what callers say to book, cancel and reschedule
/// appointments, written with digits, titles and contractions as templates usually are,
/// and expanded over every slot value.
enum ReceptionistCorpus {
    static let doctors = ["Johnson", "Patel", "Lee", "Garcia"]
    static let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    static let times = ["9 AM", "9:30 AM", "10 AM", "10:30 AM", "11:15 AM", "1 PM", "2 PM", "2:30 PM", "3:45 PM", "4 PM"]
    static let dates = ["March 3rd", "March 15th", "April 2nd", "April 21st", "May 9th", "June 30th"]
    static let parts = ["morning", "afternoon"]
    static let names = ["John Smith", "Jane Doe", "Emily Davis"]

    static let templates = [
        "I'd like to book an appointment with Dr. {doctor}.",
        "I'd like to book an appointment with Dr. {doctor} on {day}.",
        "Can I book an appointment on {day} at {time}?",
        "Can I book an appointment for {date}?",
        "Is Dr. {doctor} available on {day} {part}?",
        "Is Dr. {doctor} available on {date}?",
        "Do you have anything on {day} {part}?",
        "Do you have anything at {time}?",
        "I need to cancel my appointment with Dr. {doctor}.",
        "Please cancel my appointment on {date}.",
        "I want to cancel my appointment on {day}.",
        "I'd like to reschedule my appointment.",
        "I want to reschedule my appointment to {day} at {time}.",
        "Can we move it to {date} at {time}?",
        "Can you move my appointment to {day} {part}?",
        "My name is {name}.",
        "This is {name}, I have an appointment with Dr. {doctor}.",
        "I have an appointment on {date} at {time}.",
        "{time} works for me.",
        "{day} is fine.",
        "Yes.", "No.", "Yes, please.", "No, thank you.", "Yes, that works.", "No, that doesn't work for me.",
        "That's right.", "Thank you, goodbye.",
        "I'd like to speak to a person.", "Can I speak to a person, please?",
    ]

    /// Every template with every combination of its slot values.
    static var sentences: [String] {
        let slots: [String: [String]] = ["doctor": doctors, "day": days, "time": times, "date": dates, "part": parts, "name": names]
        var sentences: [String] = []
        for template in templates {
            var expansions = [template]
            for (slot, values) in slots.sorted(by: { $0.key < $1.key }) where template.contains("{\(slot)}") {
                expansions = expansions.flatMap { text in values.map { text.replacingOccurrences(of: "{\(slot)}", with: $0) } }
            }
            sentences += expansions
        }
        return sentences
    }

    /// What callers say in tests: in the domain's vocabulary, but none of them a corpus sentence.
    static let testSentences = [
        "I'd like to reschedule my appointment with Doctor Garcia.",
        "Can I book an appointment with Doctor Lee on Thursday afternoon?",
        "Please cancel my appointment with Doctor Patel on Friday.",
        "My name is Emily Davis and I have an appointment on Monday.",
        "Is Doctor Johnson available on March third at ten thirty?",
        "No, I want to move it to Wednesday at two p m.",
        "Yes, that works for me, thank you.",
        "Can I speak to a person?",
        "This is Jane Doe, I need to cancel my appointment on Tuesday.",
        "Do you have anything with Doctor Patel on Wednesday morning?",
    ]
}
