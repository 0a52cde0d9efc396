import Testing
@testable import CallText

@Suite("Email parser")
struct EmailParserTests {
    @Test("addresses said or spelled", arguments: [
        ("john dot smith at example dot com", "john.smith@example.com"),
        ("my email is john dot smith at example dot com", "john.smith@example.com"),
        ("j o h n at gmail dot com", "john@gmail.com"), ("john underscore smith at gmail dot com", "john_smith@gmail.com"),
        ("john under score smith at gmail dot com", "john_smith@gmail.com"), ("mary dash jones at acme dot org", "mary-jones@acme.org"),
        ("mary hyphen jones at acme dot org", "mary-jones@acme.org"), ("john at sign example dot com", "john@example.com"),
        ("john at the rate of example dot com", "john@example.com"), ("john.smith@example.com", "john.smith@example.com"),
        ("it's John.Smith@Example.com thanks", "john.smith@example.com"), ("john smith at gmail dot com", "johnsmith@gmail.com"),
        ("john at g mail dot com", "john@gmail.com"), ("jane at hot mail dot co dot uk", "jane@hotmail.co.uk"),
        ("jane at example dot u k", "jane@example.uk"), ("john one two three at yahoo dot com", "john123@yahoo.com"),
        ("john twenty three at yahoo dot com", "john23@yahoo.com"), ("agent double oh seven at mi six dot gov dot uk", "agent007@mi6.gov.uk"),
        ("double l at example dot com", "ll@example.com"), ("dee a v e at example dot com", "dave@example.com"),
        ("capital j smith at example dot com", "jsmith@example.com"), ("um john uh at example dot com", "john@example.com"),
        ("john at example dot come", "john@example.com"), ("john at example dotcom", "john@example.com"),
        ("sure it's john plus shop at example dot com", "john+shop@example.com"),
        ("john at gmail dot com no sorry jon at gmail dot com", "jon@gmail.com"),
        ("i'm at home my email is jon at gmail dot com", "jon@gmail.com"),
        ("john at example dot com and my phone is five five five", "john@example.com"),
        ("the address is info at shop dash online dot com", "info@shop-online.com"),
        ("it is spelled s m i t h at example period com", "smith@example.com"), ("j oh h n at x dot io", "john@x.io"),
        ("a b c at example dot com", "abc@example.com"), ("john at example dot com i think", "john@example.com"),
        ("dave at dee a v e dot com", "dave@dave.com"), ("john at example dot com you know", "john@example.com"),
        ("december johnson five john.smith@example.com i'm", "john.smith@example.com"),
        ("write to <John.Smith@Example.com>, please", "john.smith@example.com"), ("john and gmail dot com", "john@gmail.com"),
        ("tom and jerry at example dot com", "jerry@example.com"), ("john at gmail dot com two", "john@gmail.com"), ("j smith at example point com", "jsmith@example.com"),
    ])
    func hits(text: String, expected: String) {
        #expect(EmailParser.parse(text) == expected, "\(text)")
    }

    @Test("no address in these", arguments: [
        "", "yes", "i would like to book an appointment on tuesday", "at three thirty", "i am at home", "john at gmail",
        "my email is john", "dot com", "at example dot com", "meet me at the station dot", "john at example dot c",
        "john at example dot one two", "i'll be there at five dot", "john dot at example dot com", "call me at five five five one two three four",
        "my email is at example dot com", "salt and pepper", "i bought it at amazon dot com and it broke",
    ])
    func refusals(text: String) {
        #expect(EmailParser.parse(text) == nil, "\(text)")
    }

    @Test("spoken forms", arguments: [
        ("john.smith@example.com", "john dot smith at example dot com"), ("j2@x.co.uk", "j two at x dot c o dot u k"),
        ("john_smith+shop@mail-box.org", "john underscore smith plus shop at mail dash box dot org"),
        ("me@one.com", "m e at o n e dot com"), ("agent007@dot.net", "agent zero zero seven at d o t dot net"),
        ("xyz@come.io", "xyz at c o m e dot i o"),
    ])
    func spoken(address: String, expected: String) {
        #expect(EmailParser.spoken(address) == expected)
    }

    @Test("every spoken address reads back", arguments: [
        "john.smith@example.com", "j2@x.co.uk", "john_smith+shop@mail-box.org", "me@one.com", "agent007@dot.net",
        "a.b.c@d.ef", "info@shop-online.com", "the.double.oh@point.com", "x1y2z3@a1.io", "are.you@why.org",
        "under_score@sign.symbol.com", "bee@see.de", "o.o@oh.no", "mail.box@mail.com", "my.email@address.is",
    ])
    func roundTrip(address: String) {
        #expect(EmailParser.parse(EmailParser.spoken(address)) == address, "\(EmailParser.spoken(address))")
    }
}
