import Yams

extension YAMLValue {
    /// A copy with the value at dotted `path` (`endpointing.minSilenceMs`) replaced by
    /// the plain scalar `value`, creating mappings on the way as needed. Used by
    /// `--set KEY=VALUE`. The value reads as if written unquoted in the file; mappings on
    /// the way keep their lines.
    public func setting(_ path: String, to value: String) throws(ScenarioError) -> YAMLValue {
        let keys = path.split(separator: ".").map(String.init)
        guard !keys.isEmpty, keys.allSatisfy({ !$0.isEmpty }) else {
            throw ScenarioError(file: file, line: nil, key: path, message: "--set needs KEY=VALUE with a dotted key")
        }
        return YAMLValue(node: try Self.set(keys[...], in: node, to: value, file: file, path: path), file: file, path: self.path)
    }

    private static func set(_ keys: ArraySlice<String>, in node: Node, to value: String, file: String, path: String) throws(ScenarioError) -> Node {
        guard let key = keys.first else { return Node(value, .implicit, .plain) }
        var pairs: [(Node, Node)] = []
        var mark: Mark?
        switch node {
        case .mapping(let mapping):
            pairs = mapping.map { ($0.key, $0.value) }
            mark = mapping.mark
        case .scalar(let s) where s.string.isEmpty: pairs = []
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
