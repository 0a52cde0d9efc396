/// The voice agent under test (placeholder until it lands).
public enum VoicePipeline {}
