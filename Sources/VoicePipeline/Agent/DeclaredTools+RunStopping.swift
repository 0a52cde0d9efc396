import AgentTools

extension DeclaredTools: RunStopping {
    /// A tool that met a problem of the run's setup (a replayed cassette without its
    /// request) stops the call like a model brain would.
    public var stoppingError: (any Error)? { stopError }
}
