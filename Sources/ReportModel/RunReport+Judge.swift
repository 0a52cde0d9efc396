extension RunReport {
    /// The model that judged the calls' criteria (`--judge FILE`).
    public struct JudgeInfo: Codable, Sendable, Equatable {
        /// The judge file.
        public var file: String
        /// The model's name.
        public var model: String

        /// Creates a value from its parts.
        public init(file: String, model: String) {
            self.file = file
            self.model = model
        }
    }
}
