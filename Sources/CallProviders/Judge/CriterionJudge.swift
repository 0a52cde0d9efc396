/// Judges criteria about a call with an OpenAI-compatible chat model, through the
/// provider layer (live, recorded into a cassette, or replayed from one). One request per
/// criterion, so a criterion's verdict depends only on it and the transcript, and adding
/// a criterion leaves the other requests — and their cassette entries — as they were.
///
/// A model that fails (an error status, a timeout) or a reply that cannot be read gives
/// `notJudged` with the reason; only problems of the run's setup (a cassette that lacks the
/// request or cannot be written) throw. The API key is masked in every reason.
public struct CriterionJudge: Sendable {
    /// The chat-completions client.
    public let client: ChatCompletionsClient
    private let redactor: Redactor

    /// A judge asking `client`.
    public init(client: ChatCompletionsClient) {
        self.client = client
        self.redactor = Redactor(client.settings.apiKey.map { [$0] } ?? [])
    }

    /// The verdict on `criterion` for the call `transcript` describes.
    public func judge(_ criterion: String, transcript: String) throws(ProviderError) -> Judgement {
        let judgement: Judgement
        do throws(ProviderError) {
            judgement = Judgement(reply: try client.complete(JudgePrompt.messages(criterion: criterion, transcript: transcript)).text)
        } catch {
            if error.stopsRun { throw error.redacted(by: redactor) }
            judgement = Judgement(verdict: .notJudged, reason: "the judge model failed: \(error.redacted(by: redactor))")
        }
        return Judgement(verdict: judgement.verdict, reason: redactor.text(judgement.reason))
    }
}
