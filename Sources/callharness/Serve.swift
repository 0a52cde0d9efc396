import ArgumentParser
import CallHarness
import CallScenario
import Foundation
import MediaSockets
import MediaStreamCalls
import MediaStreams

/// `callharness serve [--agent FILE] [--port N] [--protocol twilio] [--calls N] [--max-calls N]`
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve an in-process agent as a media-stream WebSocket server (Twilio Media Streams) in real time.",
        discussion: "Listens on 127.0.0.1; every connection is one call with a fresh agent. Point an external agent file's url at it.")

    @OptionGroup var options: AgentOptions

    @Option(help: "The port to listen on (0: any free one).")
    var port = 8765

    @Option(name: .customLong("protocol"), help: "The carrier protocol: twilio, telnyx, plivo, vonage or pcm16.")
    var mediaProtocol = "twilio"

    @Option(help: "Stop after this many calls have ended (default: serve until interrupted); a run calls once per run of each scenario, repeats and passRate runs included.")
    var calls: Int?

    @Option(name: .customLong("max-calls"), help: "Calls served at once; a handshake beyond them is answered 503 Service Unavailable (default: no limit).")
    var maxCalls: Int?

    @Option(help: "The seed each call's own seed derives from.")
    var seed: UInt64 = 42

    func run() throws {
        guard let dialect = MediaStreamDialects.named(mediaProtocol) else {
            throw BadInput("serve: --protocol \(mediaProtocol): expected one of \(MediaStreamDialects.names.joined(separator: ", "))")
        }
        guard (0...65535).contains(port) else { throw BadInput("serve: --port \(port) is out of range (0…65535)") }
        if let calls, calls < 1 { throw BadInput("serve: --calls must be at least 1") }
        if let maxCalls, maxCalls < 1 { throw BadInput("serve: --max-calls must be at least 1") }
        let file = options.agent ?? "Scenarios/agents/receptionist.yaml"
        let agent = try reportingBadInput { () throws -> PreparedAgent in
            let config = try ScenarioLoader.loadAgent(file, overrides: try options.overrides())
            guard config.external == nil else { throw BadInput("serve: \(file): an agent that runs elsewhere cannot be served; give an in-process agent") }
            return try PreparedAgent(config)
        }
        let server: AgentServer
        do {
            server = try AgentServer.start(agent, dialect: dialect, options: .init(port: port, maxConnections: maxCalls), seed: seed)
        } catch {
            throw BadInput("serve: \(error)")
        }
        // Written at once (not buffered), so a script can read the address and connect.
        FileHandle.standardOutput.write(Data("serving \(agent.config.name) as \(dialect.name) on ws://\(server.host):\(server.port)/\n".utf8))
        server.wait(forCalls: calls)
        server.stop()
        print("served \(server.callsFinished) call(s)")
    }
}
