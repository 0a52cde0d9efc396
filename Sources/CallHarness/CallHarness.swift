/// Calls, scoring and runs (placeholder until it lands).
public enum CallHarness {}
