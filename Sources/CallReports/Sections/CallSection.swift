import ReportModel

/// One call: its facts, failures, judge verdicts, recording, timeline, transcript, tools,
/// entities, barge-ins and line statistics.
enum CallSection {
    /// A unique, URL-safe id for call `index`'s section.
    static func anchor(index: Int, scenario: String) -> String {
        let slug = String(scenario.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
                ? Character(scalar) : "-"
        })
        return "call-\(index + 1)-\(slug.prefix(60))"
    }

    /// pass or FAIL.
    static func resultBadge(_ call: CallReport) -> String {
        call.passed ? HTML.text("span", ["class": "badge pass"], "pass") : HTML.text("span", ["class": "badge fail"], "FAIL")
    }

    /// The section of `call`, whose id is `anchor`.
    static func html(_ call: CallReport, number: Int, anchor: String) -> String {
        var parts = [
            HTML.element("h3", [:], "\(number). " + HTML.text("code", [:], call.scenario) + " " + resultBadge(call)),
        ]
        if let description = call.description { parts.append(HTML.text("p", [:], description)) }
        parts.append(facts(call))
        if !call.failures.isEmpty {
            parts.append(HTML.element("ul", ["class": "failures"], call.failures.map { HTML.text("li", [:], $0) }.joined()))
        }
        parts.append(judgements(call))
        parts.append(artifacts(call))
        parts.append(HTML.text("h4", [:], "Timeline"))
        parts.append(HTML.element("div", ["class": "scroll"],
                                  CallTimelineChart.svg(call.timeline, durationMs: call.durationMs, label: "Timeline of \(call.scenario)")))
        parts.append(transcript(call))
        parts.append(stageBreakdown(call))
        parts.append(toolCalls(call))
        parts.append(entities(call))
        parts.append(bargeIns(call))
        parts.append(line(call))
        return HTML.element("section", ["id": anchor, "class": call.passed ? "call" : "call failed"],
                            parts.filter { !$0.isEmpty }.joined(separator: "\n"))
    }

    static func facts(_ call: CallReport) -> String {
        let counts = call.werCounts
        var items: [(String, String)] = [
            ("ended by", call.endedBy),
            ("duration", Format.callTime(call.durationMs)),
            ("completed", call.completed ? "yes" : "no"),
            ("escalated", (call.escalated ? "yes" : "no") + " (expected \(call.expectedEscalation ? "yes" : "no"))"),
            ("WER", "\(Format.percent(call.wer)) (S \(counts.substitutions), D \(counts.deletions), I \(counts.insertions), N \(counts.referenceWords))"),
            ("TTFA P50 / P95", "\(Format.ms(call.ttfaMs.p50)) / \(Format.ms(call.ttfaMs.p95))"),
            ("EOT P50 / P95", "\(Format.ms(call.eotMs.p50)) / \(Format.ms(call.eotMs.p95))"),
            ("longest dead air", Format.ms(call.deadAirMs)),
            ("talk-over", Format.ms(call.talkOverMs)),
            ("cut-ins", String(call.cutIns)),
            ("false barge-ins", String(call.falseBargeIns)),
        ]
        if let accuracy = call.entityAccuracy { items.append(("entity accuracy", Format.percent(accuracy))) }
        items.append(("seed", String(call.seed)))
        items.append(("file", call.file))
        return HTML.element("dl", ["class": "facts small"],
                            items.map { HTML.element("div", [:], HTML.text("dt", [:], $0.0) + HTML.text("dd", [:], $0.1)) }.joined())
    }

    /// The recording as a player (a relative link, not embedded) and links to the other files.
    static func artifacts(_ call: CallReport) -> String {
        var parts: [String] = []
        if let audio = call.artifacts["audio"] {
            if let url = HTML.relativeURL(audio) {
                parts.append(HTML.element("audio", ["controls": "", "preload": "none", "src": url], ""))
                parts.append(HTML.text("span", ["class": "muted small"], " stereo: left the caller's microphone, right what the caller heard — "))
                parts.append(HTML.text("a", ["href": url], audio))
            } else {
                parts.append(HTML.text("span", ["class": "small"], "recording: \(audio)"))
            }
        }
        for (kind, path) in call.artifacts.sorted(by: { $0.key < $1.key }) where kind != "audio" {
            let target = HTML.relativeURL(path).map { HTML.text("a", ["href": $0], path) } ?? HTML.escape(path)
            parts.append(HTML.element("span", ["class": "small"], " · " + HTML.escape(kind) + ": " + target))
        }
        return parts.isEmpty ? "" : HTML.element("p", ["class": "artifacts small"], parts.joined())
    }
}
