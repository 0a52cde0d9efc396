/// Network providers: LLM brain, HTTP speech (placeholder until it lands).
public enum CallProviders {}
