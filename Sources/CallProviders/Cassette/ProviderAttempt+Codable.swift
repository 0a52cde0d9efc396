import Foundation

extension ProviderAttempt: Codable {
    private enum CodingKeys: String, CodingKey {
        case startUs, durationUs, status, headers, chunks, failure, timedOut
    }

    /// Decodes a stored try.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(start: try c.decode(Int64.self, forKey: .startUs), duration: try c.decode(Int64.self, forKey: .durationUs),
                  status: try c.decodeIfPresent(Int.self, forKey: .status),
                  headers: try c.decodeIfPresent([String: String].self, forKey: .headers) ?? [:],
                  chunks: try c.decodeIfPresent([TimedChunk].self, forKey: .chunks) ?? [],
                  failure: try c.decodeIfPresent(String.self, forKey: .failure),
                  timedOut: try c.decodeIfPresent(Bool.self, forKey: .timedOut) ?? false)
    }

    /// Encodes a try; times in microseconds.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(start, forKey: .startUs)
        try c.encode(duration, forKey: .durationUs)
        try c.encodeIfPresent(status, forKey: .status)
        if !headers.isEmpty { try c.encode(headers, forKey: .headers) }
        try c.encode(chunks, forKey: .chunks)
        try c.encodeIfPresent(failure, forKey: .failure)
        if timedOut { try c.encode(true, forKey: .timedOut) }
    }
}

extension TimedChunk: Codable {
    private enum CodingKeys: String, CodingKey {
        case atUs, text, base64
    }

    /// Decodes a stored chunk: its bytes as `text` (UTF-8) or `base64`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let at = try c.decode(Int64.self, forKey: .atUs)
        if let text = try c.decodeIfPresent(String.self, forKey: .text) {
            self.init(at: at, data: Data(text.utf8))
        } else {
            let encoded = try c.decode(String.self, forKey: .base64)
            guard let data = Data(base64Encoded: encoded) else {
                throw DecodingError.dataCorruptedError(forKey: .base64, in: c, debugDescription: "not base64")
            }
            self.init(at: at, data: data)
        }
    }

    /// Encodes a chunk: readable text when its bytes are valid UTF-8, else base64.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(at, forKey: .atUs)
        if let text = String(validating: data, as: UTF8.self) {
            try c.encode(text, forKey: .text)
        } else {
            try c.encode(data.base64EncodedString(), forKey: .base64)
        }
    }
}
