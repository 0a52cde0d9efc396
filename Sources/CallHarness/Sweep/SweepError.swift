/// A problem with a sweep's axes, a shard spec or the reports to merge. Its description
/// is one line naming the culprit.
public struct SweepError: Error, CustomStringConvertible, Equatable, Sendable {
    private enum Reason: Equatable, Sendable {
        case badAxis(String, String)
        case badShard(String, String)
        case badMerge(String, String)
    }

    private let reason: Reason

    private init(_ reason: Reason) { self.reason = reason }

    static func badAxis(_ axis: String, _ why: String) -> Self { .init(.badAxis(axis, why)) }
    static func badShard(_ spec: String, _ why: String) -> Self { .init(.badShard(spec, why)) }
    static func badMerge(_ file: String, _ why: String) -> Self { .init(.badMerge(file, why)) }

    public var description: String {
        switch reason {
        case .badAxis(let axis, let why): axis.isEmpty ? "sweep: \(why)" : "--axis \(axis): \(why)"
        case .badShard(let spec, let why): "--shard \(spec): \(why)"
        case .badMerge(let file, let why): "\(file): \(why)"
        }
    }
}
