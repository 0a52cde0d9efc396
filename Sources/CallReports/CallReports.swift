/// Report writers: HTML, JUnit XML, Markdown (placeholder until it lands).
public enum CallReports {}
