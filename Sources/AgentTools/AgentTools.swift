/// The tools an agent can call (placeholder until it lands).
public enum AgentTools {}
