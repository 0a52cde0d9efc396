extension PlivoDialect {
    /// Plivo's audio-stream messages member for member (camelCase, sequence numbers and
    /// chunks as JSON numbers, the media timestamp as a string).
    enum Wire {
        struct Start: Codable {
            struct Format: Codable {
                var encoding: String
                var sampleRate: Int
            }

            struct Body: Codable {
                var callId: String
                var streamId: String
                var accountId: String
                var tracks: [String]
                var mediaFormat: Format
            }

            var event = "start"
            var sequenceNumber: Int
            var start: Body
            var extra_headers: String?
        }

        struct Media: Codable {
            struct Body: Codable {
                var track: String
                var timestamp: String
                var chunk: Int
                var payload: String
            }

            var event = "media"
            var sequenceNumber: Int
            var streamId: String
            var media: Body
        }

        struct DTMF: Codable {
            struct Body: Codable {
                var track: String?
                var digit: String
            }

            var event = "dtmf"
            var sequenceNumber: Int
            var streamId: String
            var dtmf: Body
        }

        struct PlayedStream: Codable {
            var event = "playedStream"
            var sequenceNumber: Int
            var streamId: String
            var name: String
        }

        struct ClearedAudio: Codable {
            var event = "clearedAudio"
            var sequenceNumber: Int
            var streamId: String
        }

        struct PlayAudio: Codable {
            struct Body: Codable {
                var contentType: String
                var sampleRate: Int
                var payload: String
            }

            var event = "playAudio"
            var media: Body
            var streamId: String?
        }

        struct Checkpoint: Codable {
            var event = "checkpoint"
            var streamId: String?
            var name: String
        }

        struct ClearAudio: Codable {
            var event = "clearAudio"
            var streamId: String?
        }
    }
}
