/// Run history in SQLite (placeholder until it lands).
public enum CallStore {}
