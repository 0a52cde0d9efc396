import Digest
import AgentTools
import Foundation

/// A `multipart/form-data` body (RFC 7578) of text fields and one file. The boundary is
/// derived from the content, so the same form always gives the same bytes.
public struct MultipartForm: Sendable {
    /// Text fields, in order.
    public var fields: [(name: String, value: String)]
    /// The file's field name (`file`).
    public var fileField: String
    /// The file's name (`utterance.wav`).
    public var fileName: String
    /// The file's media type (`audio/wav`).
    public var fileType: String
    /// The file's bytes.
    public var file: Data

    /// Creates a form.
    public init(fields: [(name: String, value: String)], fileField: String = "file", fileName: String, fileType: String, file: Data) {
        self.fields = fields
        self.fileField = fileField
        self.fileName = fileName
        self.fileType = fileType
        self.file = file
    }

    /// The boundary: a digest of the file and fields, which cannot occur in them by chance.
    public var boundary: String {
        let fieldText = fields.map { "\($0.name)=\($0.value)" }.joined(separator: "&")
        return "callharness-" + String(SHA256.hex(file + Data(fieldText.utf8)).prefix(32))
    }

    /// The `Content-Type` header value.
    public var contentType: String { "multipart/form-data; boundary=\(boundary)" }

    /// The body bytes.
    public var body: Data {
        var out = Data()
        let dashBoundary = "--\(boundary)\r\n"
        for field in fields {
            out.append(Data((dashBoundary + "Content-Disposition: form-data; name=\"\(field.name)\"\r\n\r\n\(field.value)\r\n").utf8))
        }
        out.append(Data((dashBoundary + "Content-Disposition: form-data; name=\"\(fileField)\"; filename=\"\(fileName)\"\r\n"
            + "Content-Type: \(fileType)\r\n\r\n").utf8))
        out.append(file)
        out.append(Data("\r\n--\(boundary)--\r\n".utf8))
        return out
    }

    /// What identifies the form in a cassette: the fields, and the file by size and digest.
    public var canonical: JSONValue {
        ["fields": .object(Dictionary(fields.map { ($0.name, JSONValue.string($0.value)) }, uniquingKeysWith: { $1 })),
         fileField: ["name": .string(fileName), "type": .string(fileType), "bytes": .number(Double(file.count)), "sha256": .string(SHA256.hex(file))]]
    }
}
