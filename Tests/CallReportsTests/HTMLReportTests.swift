import Foundation
import Testing
@testable import CallHarness
@testable import CallReports

@Suite("report.html")
struct HTMLReportTests {
    static let page = HTMLReport.render(ReportFixture.run, baseline: ReportFixture.baseline, history: ReportFixture.history)

    @Test("text from the calls is escaped, never markup")
    func escapesCallText() {
        let html = Self.page
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("O&#39;Brien &amp; Sons"))
    }

    @Test("the page is well-formed and gives back every text exactly")
    func textRoundTrips() throws {
        let scan = try MarkupScan(Self.page)
        let hostile = ReportFixture.hostileCaller
        let texts = scan.elements.map(\.text)
        #expect(scan.all("td").contains { $0.text.hasPrefix(ReportFixture.hostileLine) })
        #expect(scan.all("title").contains { $0.text.hasSuffix(": " + ReportFixture.hostileLine) })
        for failure in hostile.failures { #expect(scan.all("li").contains { $0.text == failure }) }
        #expect(scan.all("pre").contains { $0.text == hostile.toolCalls[0].result })
        #expect(texts.contains(hostile.description!))
        #expect(scan.all("td").contains { $0.text == "doctor_name = <img src=x>" })
    }

    @Test("no network: nothing but relative links, no scripts, fonts or stylesheets from elsewhere")
    func selfContained() throws {
        let html = Self.page.replacingOccurrences(of: #"xmlns="http://www.w3.org/2000/svg""#, with: "")
        #expect(!html.contains("http://"))
        #expect(!html.contains("https://"))
        for forbidden in ["<link", "@import", "url(", "@font-face", "<iframe", "<object", "<embed"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        let scan = try MarkupScan(Self.page)
        let targets = scan.elements.flatMap { [$0.attributes["href"], $0.attributes["src"]].compactMap { $0 } }
        #expect(!targets.isEmpty)
        for target in targets {
            #expect(!target.contains(":") && !target.hasPrefix("/"), "\(target) is not relative")
        }
    }

    @Test("one section per call, linked from the table of calls, with its recording")
    func callSections() throws {
        let scan = try MarkupScan(Self.page)
        let calls = ReportFixture.run.calls
        let sections = scan.all("section").filter { ($0.attributes["class"] ?? "").split(separator: " ").contains("call") }
        #expect(sections.count == calls.count)
        let ids = sections.compactMap { $0.attributes["id"] }
        #expect(Set(ids).count == calls.count)
        let table = try #require(scan.all("table").first { $0.attributes["class"] == "calls" })
        #expect(table.text.contains(calls[0].scenario))
        let links = Set(scan.all("a").compactMap { $0.attributes["href"] }.filter { $0.hasPrefix("#call-") }.map { String($0.dropFirst()) })
        #expect(links == Set(ids))
        let audio = scan.all("audio").compactMap { $0.attributes["src"] }
        #expect(audio == calls.map { $0.artifacts["audio"]! })
        #expect(Self.page.contains(#"<audio controls="" preload="none" src="calls/book-patel/call.wav"></audio>"#))
        for (section, call) in zip(sections, calls) {
            #expect(section.text.contains(call.scenario))
            #expect(section.text.contains(call.passed ? "pass" : "FAIL"))
        }
    }

    @Test("every SVG is closed and well-formed on its own")
    func svgWellFormed() throws {
        let html = Self.page
        let opens = html.components(separatedBy: "<svg").count - 1
        let closes = html.components(separatedBy: "</svg>").count - 1
        #expect(opens == closes)
        // histogram, CDF, run stage chart, three sparklines, and a timeline and stage chart per call with replies
        #expect(opens == 3 + 3 + 3 + 3)
        var rest = html[...]
        while let start = rest.range(of: "<svg"), let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex) {
            let svg = String(rest[start.lowerBound..<end.upperBound])
            let scan = try MarkupScan(svg)
            #expect(scan.all("svg").count == 1)
            rest = rest[end.upperBound...]
        }
    }

    @Test("timelines: a lane label per lane, bars for spans, ticks for instants, tooltips for labels")
    func timelines() throws {
        let scan = try MarkupScan(Self.page)
        let timelines = scan.all("svg").filter { ($0.attributes["class"] ?? "").contains("timeline") }
        #expect(timelines.count == 3)
        let laneLabels = scan.all("text").filter { $0.attributes["class"] == "row-label" && CallTimelineChart.lanes.contains($0.text) }
        #expect(laneLabels.count == CallTimelineChart.lanes.count * timelines.count)
        let instants = scan.all("line").filter { ($0.attributes["class"] ?? "").hasPrefix("instant") }
        let zeroLength = ReportFixture.run.calls.flatMap(\.timeline).filter { $0.startMs == $0.endMs }
        #expect(instants.count == zeroLength.count)
        let bars = scan.all("rect").filter { ($0.attributes["class"] ?? "").hasPrefix("span ") }
        #expect(bars.count == ReportFixture.run.calls.flatMap(\.timeline).count - zeroLength.count)
        #expect(scan.all("title").contains { $0.text == "endpoint at 10.740 s: end of turn" })
    }

    @Test("the alignment is highlighted without changing its text")
    func alignment() throws {
        let scan = try MarkupScan(Self.page)
        let blocks = scan.all("pre").filter { $0.attributes["class"] == "alignment" }
        let turns = ReportFixture.run.calls.flatMap(\.turns)
        #expect(blocks.map(\.text) == turns.map { $0.alignment.joined(separator: "\n") })
        let marks = scan.all("span").compactMap { $0.attributes["class"] }
        #expect(marks.contains("sub") && marks.contains("del"))
    }

    @Test("summary: intervals, the small-sample note, and the measured badge only when measured")
    func summary() {
        let run = ReportFixture.run
        let html = Self.page
        #expect(html.contains(HTML.escape(Format.interval(run.summary.ttfaMs.p95CI)!)))
        #expect(html.contains(HTML.escape(Format.interval(run.summary.ttfaMs.p50CI)!)))
        #expect(html.contains(HTML.escape(run.summary.ttfaMs.note!)))
        #expect(!html.contains("not reproducible"))
        var measured = run
        measured.agent.reproducible = false
        #expect(HTMLReport.render(measured).contains("measured — not reproducible"))
    }

    @Test("the comparison and trend sections appear only when given")
    func optionalSections() throws {
        let plain = try MarkupScan(HTMLReport.render(ReportFixture.run))
        let ids = Set(plain.elements.compactMap { $0.attributes["id"] })
        #expect(!ids.contains("baseline") && !ids.contains("trend"))
        let full = try MarkupScan(Self.page)
        let fullIDs = Set(full.elements.compactMap { $0.attributes["id"] })
        #expect(fullIDs.isSuperset(of: ["summary", "baseline", "trend", "latency", "calls"]))
        let dots = full.all("circle")
        // three sparklines over three earlier runs and this one, less the run with no TTFA P95
        #expect(dots.count == 3 * 4 - 1)
    }

    @Test("a run with no calls still makes a well-formed page that says so")
    func emptyRun() throws {
        var run = ReportFixture.run
        run.calls = []
        run.summary = RunSummarizer.summarize([], wallSeconds: 0, seed: 42)
        run.complete = false
        let html = HTMLReport.render(run, history: ReportFixture.history)
        let scan = try MarkupScan(html)
        let callSections = scan.all("section").filter { ($0.attributes["class"] ?? "").hasPrefix("call") }
        #expect(callSections.isEmpty)
        #expect(html.contains("no time to first audio to show"))
        #expect(html.contains("incomplete"))
    }
}
