/// SQLite access for the tools backend and run history (placeholder until it lands).
public enum CallDatabase {}
