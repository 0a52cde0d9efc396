import AgentTools
import Foundation

extension ChatCompletionsClient {
    /// Reads the outcome of an exchange: an error for a timeout, a failed connection or an
    /// error status; else the streamed (or, from servers that ignore `stream`, whole) answer,
    /// assembled, with every secret masked in its text and tool calls (a key streamed in
    /// pieces is whole only once assembled).
    static func completion(from exchange: ProviderExchange, call: String, budgetMs: Int, secrets: [String]) throws(ProviderError) -> ChatCompletion {
        let redactor = Redactor(secrets)
        do {
            return redactor.completion(try assembled(from: exchange, call: call, budgetMs: budgetMs, secrets: secrets))
        } catch {
            throw error.redacted(by: redactor)
        }
    }

    private static func assembled(from exchange: ProviderExchange, call: String, budgetMs: Int, secrets: [String]) throws(ProviderError) -> ChatCompletion {
        let final = exchange.final
        let attempts = exchange.attempts.count
        if final.timedOut { throw .timedOut(call, ms: budgetMs, elapsed: final.end) }
        guard let status = final.status else {
            throw .unreachable(call, final.failure ?? "no response", attempts: attempts, elapsed: final.end)
        }
        guard (200..<300).contains(status) else {
            throw .status(call, status, attempts: attempts, body: errorMessage(final.body, secrets: secrets), elapsed: final.end)
        }
        var assembler = ChatStreamAssembler()
        let isStream = final.headers["content-type"].map { $0.contains("text/event-stream") } ?? true
        do {
            if isStream && !looksLikeJSONObject(final.body) {
                var parser = ServerSentEventParser()
                var done = false
                func handle(_ events: [ServerSentEvent], at: Int64) throws {
                    for event in events where !done {
                        let payload = event.data.trimmingCharacters(in: .whitespaces)
                        if payload == "[DONE]" { done = true; continue }
                        if payload.isEmpty { continue }
                        try assembler.apply(try JSONValue(parsing: payload), at: final.start + at)
                    }
                }
                for chunk in final.chunks { try handle(parser.feed(chunk.data), at: chunk.at) }
                try handle(parser.finish(), at: final.duration)
            } else {
                let at = final.chunks.last?.at ?? final.duration
                try assembler.apply(try JSONValue(parsing: String(decoding: final.body, as: UTF8.self)), at: final.start + at)
            }
        } catch let error as ChatStreamAssembler.AssemblyError {
            throw .badResponse(call, Redactor(secrets).text(error.message), elapsed: final.end)
        } catch {
            throw .badResponse(call, "a chunk is not JSON (\(error))", elapsed: final.end)
        }
        let firstOutput = assembler.firstOutputAt ?? final.end
        return ChatCompletion(text: assembler.text, toolCalls: assembler.toolCalls, finishReason: assembler.finishReason,
                              firstText: assembler.firstTextAt, firstOutput: firstOutput, complete: final.end, attempts: attempts)
    }

    /// The `error.message` of an error body, or the start of the body; secrets masked.
    static func errorMessage(_ body: Data, secrets: [String]) -> String {
        let text = String(decoding: body, as: UTF8.self)
        let message = (try? JSONValue(parsing: text)).flatMap { $0["error"]?["message"]?.string ?? $0["error"]?.string } ?? text
        let oneLine = message.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        return Redactor(secrets).text(oneLine.count > 200 ? String(oneLine.prefix(200)) + "…" : oneLine)
    }

    private static func looksLikeJSONObject(_ body: Data) -> Bool {
        body.first { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) } == UInt8(ascii: "{")
    }
}
