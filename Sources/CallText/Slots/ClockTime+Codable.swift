extension ClockTime: Codable {
    /// Decodes a written time such as "3:00 PM" (see `init?(display:)`).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let time = ClockTime(display: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a time like \"3:00 PM\": \(text)")
        }
        self = time
    }

    /// Encodes the display form, "3:00 PM".
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(display)
    }
}
