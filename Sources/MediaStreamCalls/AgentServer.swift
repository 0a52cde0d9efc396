import CallHarness
import Foundation
import MediaSockets
import MediaStreams
import SimTime
import Synchronization

/// An in-process agent served as a media-stream WebSocket server in real time — the
/// agent's side of Twilio Media Streams (or another dialect): every connection is one
/// call, with a fresh agent on its own thread and monotonic scheduler.
public final class AgentServer: Sendable {
    private let server: MediaSocketServer
    private let counter: Counter
    private let done: Waiting

    /// The address it listens on.
    public var host: String { server.host }
    /// The port it listens on.
    public var port: Int { server.port }
    /// Calls that have connected so far.
    public var callsStarted: Int { counter.counts.withLock { $0.started } }
    /// Calls that have ended.
    public var callsFinished: Int { counter.counts.withLock { $0.finished } }

    private init(server: MediaSocketServer, counter: Counter, done: Waiting) {
        self.server = server
        self.counter = counter
        self.done = done
    }

    /// Serves `agent` speaking `dialect` on `options`' address (127.0.0.1 by default);
    /// call `n` gets the seed derived from `seed` and n.
    public static func start(_ agent: any CallableAgent, dialect: any MediaStreamDialect = TwilioDialect(),
                             options: MediaSocketServer.Options = .init(), seed: UInt64 = 42) throws(MediaSocketError) -> AgentServer {
        let counter = Counter()
        let waiting = Waiting()
        let server = try MediaSocketServer.start(options) { connection in
            let number = counter.next()
            let call = ServedCall(connection: connection, agent: agent, dialect: dialect, seed: Seed.derive(seed, "serve", String(number))) {
                counter.finish()
                waiting.signal()
            }
            let thread = Thread { call.run() }
            thread.name = "callharness-serve-\(number)"
            thread.start()
            return { event in call.post(event) }
        }
        return AgentServer(server: server, counter: counter, done: waiting)
    }

    /// Waits until `calls` calls have ended (or forever, with nil).
    public func wait(forCalls calls: Int?) {
        while calls.map({ callsFinished < $0 }) ?? true { done.wait() }
    }

    /// Stops listening and closes every open connection.
    public func stop() { server.stop() }

    /// Numbers the calls and counts those ended.
    private final class Counter: Sendable {
        let counts = Mutex<(started: Int, finished: Int)>((0, 0))

        func next() -> Int { counts.withLock { $0.started += 1; return $0.started } }
        func finish() { counts.withLock { $0.finished += 1 } }
    }

    /// Wakes a waiting thread each time a call ends.
    private final class Waiting: Sendable {
        private let condition = NSCondition()
        private let signals = Mutex(0)

        func signal() {
            condition.lock()
            signals.withLock { $0 += 1 }
            condition.broadcast()
            condition.unlock()
        }

        func wait() {
            condition.lock()
            while signals.withLock({ $0 == 0 }) { condition.wait() }
            signals.withLock { $0 -= 1 }
            condition.unlock()
        }
    }
}
