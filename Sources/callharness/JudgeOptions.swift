import ArgumentParser
import CallScenario

/// The model that judges the scenarios' `expect.judge` criteria, shared by run and sweep.
struct JudgeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Judge the scenarios' expect.judge criteria with the chat model of this judge file (a judge: mapping with baseURL, model, apiKeyEnv, temperature); without it they are reported as not judged.", valueName: "FILE"))
    var judge: String?

    /// The judge file's settings, nil without `--judge`.
    func config() throws -> JudgeConfig? {
        try judge.map { path in try reportingBadInput { try ScenarioLoader.loadJudge(path) } }
    }
}
