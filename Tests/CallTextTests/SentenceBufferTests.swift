import Testing
@testable import CallText

@Suite("Sentence buffer")
struct SentenceBufferTests {
    /// Agent replies and the sentences a listener would hear, cut by the documented rules.
    static let table: [(String, [String])] = [
        ("Hello there. How are you today?", ["Hello there.", "How are you today?"]),
        ("Okay. Let me check that for you.", ["Okay. Let me check that for you."]),
        ("Dr. Patel is available at 3 p.m. tomorrow. Shall I book it?",
         ["Dr. Patel is available at 3 p.m. tomorrow.", "Shall I book it?"]),
        ("Your appointment is at 3 p.m.", ["Your appointment is at 3 p.m."]),
        ("The co-pay is 2.5 percent. Is that okay?", ["The co-pay is 2.5 percent.", "Is that okay?"]),
        ("Please arrive by 3:30. We open at 8.", ["Please arrive by 3:30.", "We open at 8."]),
        ("Email john.smith@cityhospital.org for details. Or visit www.cityhospital.org/appointments today.",
         ["Email john.smith@cityhospital.org for details.", "Or visit www.cityhospital.org/appointments today."]),
        ("He said \"I'll be there.\" Then he left early.", ["He said \"I'll be there.\"", "Then he left early."]),
        ("Wait... What did you say? Really!", ["Wait... What did you say?", "Really!"]),
        ("Room No. 5 is ready. The answer is no. Sorry about that.",
         ["Room No. 5 is ready.", "The answer is no.", "Sorry about that."]),
        ("Bring your insurance card, ID, etc. and arrive early. Thanks!",
         ["Bring your insurance card, ID, etc. and arrive early.", "Thanks!"]),
        ("Dr. Lee (Orthopedics) is out today. Dr. Garcia (Pediatrics) is in!",
         ["Dr. Lee (Orthopedics) is out today.", "Dr. Garcia (Pediatrics) is in!"]),
        ("I can book you for Jan. 5th at St. Mary's clinic, i.e. the north wing.",
         ["I can book you for Jan. 5th at St. Mary's clinic, i.e. the north wing."]),
        ("  Sure!  \n\nI'll book it now.  ", ["Sure!  \n\nI'll book it now."]),
        ("Is that right?Yes, it is.", ["Is that right?Yes, it is."]),
        ("That's 1,200 dollars\u{2026} Is that okay with you?", ["That's 1,200 dollars\u{2026}", "Is that okay with you?"]),
        ("MRS. DAVIS, YOUR APPT. IS CONFIRMED. GOODBYE NOW.", ["MRS. DAVIS, YOUR APPT. IS CONFIRMED.", "GOODBYE NOW."]),
        ("", []),
        ("   ", []),
    ]

    static func run(_ chunks: [String], minLength: Int = 10) -> [String] {
        var buffer = SentenceBuffer(minLength: minLength)
        var out: [String] = []
        for chunk in chunks { out += buffer.append(chunk) }
        if let rest = buffer.flush() { out.append(rest) }
        return out
    }

    @Test("texts cut into the expected sentences", arguments: table)
    func sentences(text: String, expected: [String]) {
        let out = Self.run([text])
        #expect(out == expected)
        #expect(out.allSatisfy { !$0.isEmpty && $0 == Self.trim($0) })
        // Nothing is lost or invented: the words come back in order.
        #expect(out.joined(separator: " ").split(whereSeparator: \.isWhitespace) == text.split(whereSeparator: \.isWhitespace))
    }

    @Test("any chunking gives the same sentences", arguments: table)
    func chunking(text: String, expected: [String]) {
        let scalars = Array(text.unicodeScalars)
        for size in 1...20 {
            let chunks = stride(from: 0, to: scalars.count, by: size).map {
                String(String.UnicodeScalarView(scalars[$0..<min($0 + size, scalars.count)]))
            }
            #expect(Self.run(chunks) == expected, "chunk size \(size)")
        }
        var random = LCG(seed: UInt64(scalars.count) &* 7919 &+ 17)
        for trial in 0..<30 {
            var chunks: [String] = []
            var start = 0
            while start < scalars.count {
                let length = 1 + Int(random.next() % 12)
                let end = min(scalars.count, start + length)
                chunks.append(String(String.UnicodeScalarView(scalars[start..<end])))
                start = end
            }
            #expect(Self.run(chunks) == expected, "random split \(trial): \(chunks)")
        }
    }

    @Test("seeded random replies: chunking never changes the sentences and no word is lost")
    func randomReplies() {
        let pieces = ["Dr.", "Patel", "is", "free", "at", "3.30", "p.m.", "No.", "5", "no.", "Okay.", "Sure!", "Really?", "e.g.",
                      "wait...", "\"Yes.\"", "(Cardiology).", "www.cityhospital.org.", "I", "can", "book", "it", "Mon.", "…",
                      "\n", "  ", "St.", "2.5", "A.", "x"]
        var random = LCG(seed: 42)
        for _ in 0..<200 {
            let count = Int(random.next() % 25)
            let text = (0..<count).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined(separator: " ")
            let whole = Self.run([text])
            #expect(whole.joined(separator: " ").split(whereSeparator: \.isWhitespace) == text.split(whereSeparator: \.isWhitespace))
            #expect(whole.dropLast().allSatisfy { $0.count >= 10 })
            let scalars = Array(text.unicodeScalars)
            var chunks: [String] = []
            var start = 0
            while start < scalars.count {
                let end = min(scalars.count, start + 1 + Int(random.next() % 7))
                chunks.append(String(String.UnicodeScalarView(scalars[start..<end])))
                start = end
            }
            #expect(Self.run(chunks) == whole, "\(text.debugDescription)")
        }
    }

    @Test("sentences come out as soon as the next word starts")
    func streaming() {
        var buffer = SentenceBuffer()
        #expect(buffer.append("Let me check that for you.") == [])      // a terminator at the end waits
        #expect(buffer.append(" ") == ["Let me check that for you."])
        #expect(buffer.append("Dr.") == [])
        #expect(buffer.append(" Patel is free at 3.") == [])
        #expect(buffer.append("30 tomorrow. ") == ["Dr. Patel is free at 3.30 tomorrow."])
        #expect(buffer.flush() == nil)
    }

    @Test("short sentences merge with the next; minLength 1 keeps them apart")
    func minimumLength() {
        #expect(Self.run(["Okay. Sure. Let me check."]) == ["Okay. Sure.", "Let me check."])   // "Okay. Sure." has 11 characters
        #expect(Self.run(["Ok. Yes. Let me check."]) == ["Ok. Yes. Let me check."])
        #expect(Self.run(["Okay. Sure. Let me check."], minLength: 1) == ["Okay.", "Sure.", "Let me check."])
        #expect(Self.run(["Yes. "]) == ["Yes."])
    }

    @Test("clear drops pending text")
    func clearing() {
        var buffer = SentenceBuffer()
        #expect(buffer.append("Let me check that. Dr. Patel is") == ["Let me check that."])
        #expect(buffer.pendingText == "Dr. Patel is")
        buffer.clear()
        #expect(buffer.pendingText == "")
        #expect(buffer.flush() == nil)
        #expect(buffer.append("Okay.") == [])
        buffer.clear()
        #expect(buffer.append(" Your booking is confirmed. ") == ["Your booking is confirmed."])
    }

    static func trim(_ s: String) -> String {
        String(s.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}

/// A tiny linear congruential generator (Knuth's MMIX constants) for seeded test splits.
struct LCG {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 33
    }
}
