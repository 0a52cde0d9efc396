extension NoiseCondition {
    /// The keys of a `noise` item.
    public static let keys = ["type", "file", "snrDb", "startMs", "endMs", "humHz"]
    /// The noises that can be generated.
    public static let types = ["white", "pink", "brown", "hum", "babble", "street"]

    /// Decodes one `noise` item.
    public init(yaml: YAMLValue) throws(ScenarioError) {
        let mapping = try yaml.mapping()
        try mapping.allowOnly(Self.keys)
        let source: NoiseSource
        switch (mapping.optional("type"), mapping.optional("file")) {
        case (let type?, nil): source = .generated(try type.choice(Self.types))
        case (nil, let file?): source = .file(try file.existingFile())
        case (_?, let file?): throw file.error("a noise has either type or file, not both")
        case (nil, nil):
            let where_ = yaml.path.isEmpty ? "type" : "\(yaml.path).type"
            throw ScenarioError(file: yaml.file, line: yaml.line, key: where_, message: "a noise needs type (\(Self.types.joined(separator: ", "))) or file")
        }
        let defaults = Self()
        let start = try mapping.optional("startMs")?.int(in: 0...3_600_000) ?? defaults.startMs
        var end: Int?
        if let value = mapping.optional("endMs") {
            end = try value.int(in: 0...3_600_000)
            guard end! > start else { throw value.error("must be after startMs (\(start))") }
        }
        var humHz = defaults.humHz
        if let value = mapping.optional("humHz") {
            guard source == .generated("hum") else { throw value.error("applies only to type: hum") }
            humHz = try value.int()
            guard humHz == 50 || humHz == 60 else { throw value.error("must be 50 or 60") }
        }
        self.init(source: source, snrDb: try mapping.required("snrDb").double(in: -10...60), startMs: start, endMs: end, humHz: humHz)
    }
}
