import Yams

extension YAMLValue {
    /// A copy with the value at dotted `path` (`endpointing.minSilenceMs`) replaced by
    /// the plain scalar `value`, creating mappings on the way as needed. Used by
    /// `--set KEY=VALUE` and sweep axes. A number selects an item of a list
    /// (`noise.0.snrDb`). The value reads as if written unquoted in the file; mappings
    /// and lists on the way keep their lines.
    public func setting(_ path: String, to value: String) throws(ScenarioError) -> YAMLValue {
        let keys = path.split(separator: ".").map(String.init)
        guard !keys.isEmpty, keys.allSatisfy({ !$0.isEmpty }) else {
            throw ScenarioError(file: file, line: nil, key: path, message: "--set needs KEY=VALUE with a dotted key")
        }
        return YAMLValue(node: try Self.set(keys[...], in: node, to: value, file: file, path: path), file: file, path: self.path)
    }

    private static func set(_ keys: ArraySlice<String>, in node: Node, to value: String, file: String, path: String) throws(ScenarioError) -> Node {
        // A replaced value keeps the line of the value it replaces, so errors about it point there.
        guard let key = keys.first else { return .scalar(Node.Scalar(value, .implicit, .plain, node.mark)) }
        var pairs: [(Node, Node)] = []
        var mark: Mark?
        switch node {
        case .mapping(let mapping):
            pairs = mapping.map { ($0.key, $0.value) }
            mark = mapping.mark
        case .scalar(let s) where s.string.isEmpty: pairs = []
        case .sequence(var sequence):
            guard let index = Int(key), index >= 0 else {
                throw ScenarioError(file: file, line: node.mark?.line, key: path, message: "'\(key)' is not an item number of the list")
            }
            guard index < sequence.count else {
                throw ScenarioError(file: file, line: node.mark?.line, key: path, message: "no item \(index) in a list of \(sequence.count)")
            }
            sequence[index] = try set(keys.dropFirst(), in: sequence[index], to: value, file: file, path: path)
            return .sequence(sequence)
        default:
            throw ScenarioError(file: file, line: node.mark?.line, key: path, message: "cannot set '\(key)' inside a value that is not a mapping")
        }
        if let index = pairs.firstIndex(where: { $0.0.string == key }) {
            pairs[index].1 = try set(keys.dropFirst(), in: pairs[index].1, to: value, file: file, path: path)
        } else {
            pairs.append((Node(key), try set(keys.dropFirst(), in: Node(""), to: value, file: file, path: path)))
        }
        return .mapping(Node.Mapping(pairs, .implicit, .any, mark))
    }
}
