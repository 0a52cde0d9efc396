import Foundation
import Testing
@testable import CallScenario

@Suite("espeak voices are checked against espeak-ng's lists")
struct EspeakVoiceTests {
    /// The English voices the synthesizer's catalogue lists, with variants and other spellings espeak-ng accepts.
    @Test("installed voices and variants load", arguments: [
        "en-us", "en-gb", "en-gb-scotland", "en-029", "en-gb-x-rp", "en-gb-x-gbclan", "en-gb-x-gbcwmd", "en-us-nyc",
        "en", "EN-US", "en-gb+f3", "en-us+m2", "en-us+Alex", "fr", "de+f1",
    ])
    func accepted(voice: String) throws {
        let call = CallFolder(replacing: ["scenarios/book.yaml": "id: book\ncaller: { voice: espeak/\(voice) }\nturns: []\n"])
        let scenario = try ScenarioLoader.loadScenario(call.path("scenarios/book.yaml"))
        #expect(scenario.caller.voice == "espeak/\(voice)")
    }

    @Test("the lists are read from espeak-ng's listing: languages (any case, other languages too) and variant files")
    func parsing() throws {
        let voices = """
            Pty Language       Age/Gender VoiceName          File                 Other Languages
             2  en-gb           --/M      English_(Great_Britain) gmw/en               (en 2)
             2  en-us           --/M      English_(America)  gmw/en-US            (en 3)
             5  ru-lv           --/M      Russian_(Latvia)   zle/ru-LV            
            """
        let variants = """
            Pty Language       Age/Gender VoiceName          File                 Other Languages
             5  variant         --/M      Adam               !v/adam              
             5  variant         --/M      Alex               !v/Alex              
            """
        let list = EspeakVoiceList(voices: voices, variants: variants)
        #expect(list.languages == ["en-gb", "en-us", "en", "ru-lv"])
        #expect(list.variants == ["adam", "Alex"])
        #expect(list.problem(with: "RU-lv+adam") == nil)
        #expect(list.problem(with: "en+Adam") == "unknown espeak variant 'Adam' (did you mean 'adam'?); espeak-ng --voices=variant lists the variants (for example f3, m2)")
        #expect(list.problem(with: "gmw/en")?.hasPrefix("unknown espeak voice 'gmw/en'") == true)
        #expect(list.problem(with: "en+") != nil)
    }

    @Test("espeak-ng is installed here and its lists are read")
    func installed() throws {
        let list = try #require(EspeakVoiceList.installed)
        #expect(list.languages.contains("en-us") && list.languages.count > 50)
        #expect(list.variants.isSuperset(of: ["f1", "f3", "m2", "Alex"]))
    }
}
