import CallProviders
import CallScenario
import Foundation
import ReportModel

/// The judge of a run: the model of its judge file (`--judge FILE`), asked through the
/// run's cassette mode, or none. It decides each of a scenario's `expect.judge` criteria
/// from the call's `HeardTranscript`; without a model every criterion is `notJudged`.
struct CallJudge: Sendable {
    /// The judge file's settings, nil without a judge.
    let config: JudgeConfig?
    private let judge: CriterionJudge?

    /// What a criterion says without a judge.
    static let noJudge = "no judge model: give one with --judge FILE"

    /// The judge of `config` (none for nil); the API key comes from its environment
    /// variable, and is not needed when replaying a cassette.
    init(_ config: JudgeConfig?, cassette: CassetteMode) throws {
        self.config = config
        guard let config else {
            judge = nil
            return
        }
        var key: String?
        if let variable = config.apiKeyEnv, cassette.isLive {
            guard let value = ProcessInfo.processInfo.environment[variable], !value.isEmpty else {
                throw ScenarioError(file: config.file, line: nil, key: "judge.apiKeyEnv", message: "the environment variable \(variable) is not set")
            }
            key = value
        }
        let settings = ChatCompletionsClient.Settings(baseURL: config.baseURL, model: config.model, apiKey: key, temperature: config.temperature,
                                                      maxTokens: config.maxTokens, timeoutMs: config.timeoutMs)
        judge = CriterionJudge(client: ChatCompletionsClient(settings: settings, transport: cassette.transport()))
    }

    /// The verdict on each of `criteria` for the call `result`; throws only for problems
    /// of the run's setup (a cassette that lacks a request).
    func judgements(_ criteria: [String], result: CallResult) throws -> [JudgementReport] {
        guard !criteria.isEmpty else { return [] }
        guard let judge else { return criteria.map { JudgementReport(criterion: $0, verdict: .notJudged, reason: Self.noJudge) } }
        let transcript = HeardTranscript(result).text
        return try criteria.map { criterion in
            let judgement = try judge.judge(criterion, transcript: transcript)
            return JudgementReport(criterion: criterion, verdict: JudgementReport.Verdict(rawValue: judgement.verdict.rawValue)!,
                                   reason: judgement.reason)
        }
    }

    /// The failure a failing criterion adds to its call.
    static func failure(_ judgement: JudgementReport) -> String {
        "judge: \"\(judgement.criterion)\" does not hold: \(judgement.reason)"
    }
}
