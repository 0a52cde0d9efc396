import Foundation
import Synchronization

extension DomainLanguageModel {
    /// A built domain model: where its files are and what went into them.
    public struct Files: Sendable, Hashable {
        /// Where a vocabulary word's pronunciation came from.
        public enum Source: String, Sendable, Hashable {
            /// The en-us CMU dictionary (with its alternates).
            case dictionary
            /// flite's lexicon and letter-to-sound rules.
            case rules
            /// Nothing could pronounce it: it is left out of the model.
            case none
        }

        /// A vocabulary word and where its pronunciation came from.
        public struct Word: Sendable, Hashable {
            /// The word as the recognizer outputs it.
            public let text: String
            /// Where its pronunciation came from.
            public let source: Source
        }

        /// The cache folder holding the files.
        public let folder: String
        /// Every normalized word of the inputs and the conversation words, in alphabetical order.
        public let words: [Word]
        /// True when the files were already in the cache.
        public let reused: Bool

        /// The ARPA trigram model.
        public var languageModel: String { folder + "/" + Self.languageModelName }
        /// The filtered pronunciation dictionary.
        public var dictionary: String { folder + "/" + Self.dictionaryName }
        /// The words the model can recognize.
        public var vocabulary: [String] { words.filter { $0.source != .none }.map(\.text) }
        /// The words pronounced by letter-to-sound rules rather than the dictionary.
        public var spelledByRules: [String] { words.filter { $0.source == .rules }.map(\.text) }
        /// The words left out because nothing could pronounce them.
        public var unpronounceable: [String] { words.filter { $0.source == .none }.map(\.text) }

        /// A recognizer configuration: these files with the en-us acoustic model.
        public var configuration: PocketSphinxConfiguration {
            PocketSphinxConfiguration(acousticModel: PocketSphinxConfiguration.genericEnglish.acousticModel,
                                      dictionary: dictionary, search: .languageModel(languageModel))
        }

        static let languageModelName = "domain.lm"
        static let dictionaryName = "domain.dict"
        static let wordsName = "words.tsv"

        /// The model in `folder`, or nil when the folder is not a complete model whose files
        /// match its manifest.
        init?(folder: String, reused: Bool) {
            guard let contents = Self.verifiedContents(of: folder),
                  contents[Self.languageModelName] != nil, contents[Self.dictionaryName] != nil,
                  let listData = contents[Self.wordsName], let list = String(data: listData, encoding: .utf8) else { return nil }
            var words: [Word] = []
            for line in list.split(separator: "\n") {
                let fields = line.split(separator: "\t")
                guard fields.count == 2, let source = Source(rawValue: String(fields[1])) else { return nil }
                words.append(Word(text: String(fields[0]), source: source))
            }
            self.folder = folder
            self.words = words
            self.reused = reused
        }

        private static let sequence = Atomic<Int>(0)

        /// A private name beside `folder` for this process's next temporary folder.
        private static func temporaryName(beside folder: String, _ purpose: String) -> String {
            let number = sequence.add(1, ordering: .relaxed).newValue
            let parent = (folder as NSString).deletingLastPathComponent
            return parent + "/." + (folder as NSString).lastPathComponent + ".\(getpid()).\(number).\(purpose)"
        }

        /// Moves away and deletes `folder` when it exists without being a complete model that
        /// matches its manifest (complete folders only ever appear by rename, so this is
        /// outside damage).
        static func discardDamaged(_ folder: String) {
            guard FileManager.default.fileExists(atPath: folder), Files(folder: folder, reused: true) == nil else { return }
            let trash = temporaryName(beside: folder, "damaged")
            if rename(folder, trash) == 0 { try? FileManager.default.removeItem(atPath: trash) }
        }

        /// Writes `files` (name, text) and their manifest into a new private folder beside
        /// `folder`, then renames it to `folder`. When another builder got there first, its
        /// folder is kept (the same inputs give the same files) and ours is removed.
        static func write(into folder: String, _ files: [(name: String, text: String)]) throws(SpeechError) {
            let files = files + [(manifestName, manifest(key: (folder as NSString).lastPathComponent, files))]
            let manager = FileManager.default
            let parent = (folder as NSString).deletingLastPathComponent
            let temporary = temporaryName(beside: folder, "tmp")
            do {
                try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
                try manager.createDirectory(atPath: temporary, withIntermediateDirectories: false)
                for file in files {
                    try file.text.write(toFile: temporary + "/" + file.name, atomically: false, encoding: .utf8)
                }
            } catch {
                try? manager.removeItem(atPath: temporary)
                throw .engineFailed("cannot write the language model into \(parent): \(error)")
            }
            if rename(temporary, folder) != 0 {
                let failure = errno
                try? manager.removeItem(atPath: temporary)
                guard failure == EEXIST || failure == ENOTEMPTY else {
                    throw .engineFailed("cannot move the language model into \(folder): \(String(cString: strerror(failure)))")
                }
            }
        }
    }
}
