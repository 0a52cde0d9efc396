import Foundation

extension DomainLanguageModel.Files {
    /// The file listing every other file of a model folder with its size and digest.
    static let manifestName = "manifest.tsv"

    /// The manifest of `files` for the folder named `key`: a line with the format version
    /// and the key, then per file its name, byte count and 64-bit FNV-1a digest.
    static func manifest(key: String, _ files: [(name: String, text: String)]) -> String {
        var lines = ["\(DomainLanguageModel.formatVersion)\t\(key)"]
        for file in files {
            let bytes = Data(file.text.utf8)
            lines.append("\(file.name)\t\(bytes.count)\t\(digest(bytes))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The files of `folder` as its manifest lists them, read and checked against it; nil
    /// when the manifest is missing or malformed, names another format or folder, lists
    /// a file twice, or a file is missing or differs in size or digest.
    static func verifiedContents(of folder: String) -> [String: Data]? {
        guard let manifest = try? String(contentsOfFile: folder + "/" + manifestName, encoding: .utf8) else { return nil }
        var lines = manifest.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.last == "" else { return nil }
        lines.removeLast()
        guard lines.first == "\(DomainLanguageModel.formatVersion)\t\((folder as NSString).lastPathComponent)" else { return nil }
        var contents: [String: Data] = [:]
        for line in lines.dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3, !fields[0].contains("/"), fields[0] != manifestName, contents[fields[0]] == nil,
                  let size = Int(fields[1]),
                  let data = FileManager.default.contents(atPath: folder + "/" + fields[0]),
                  data.count == size, digest(data) == fields[2] else { return nil }
            contents[fields[0]] = data
        }
        return contents
    }

    /// The 64-bit FNV-1a hash of `bytes`, as 16 hex digits.
    static func digest(_ bytes: Data) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
