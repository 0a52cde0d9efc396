/// The tool's version, written into every report.
enum CallHarnessVersion {
    static let current = "0.1.0"
}
