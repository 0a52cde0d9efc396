import AgentTools
import CallAudio
import CallDatabase
import CallHarness
import CallScenario
import CallSpeech

/// Bad input from the user: printed as one line, exit code 2.
struct BadInput: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// Runs `body`, turning errors about the user's input (files, scenarios, voices) into
/// `BadInput`; other errors pass through.
func reportingBadInput<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as BadInput {
        throw error
    } catch let error as ScenarioError {
        throw BadInput(error.description)
    } catch let error as AudioFileError {
        throw BadInput(error.description)
    } catch let error as SpeechError {
        throw BadInput(error.description)
    } catch let error as DatabaseError {
        throw BadInput(error.description)
    } catch let error as OutputError {
        throw BadInput(error.description)
    }
}
