extension TwilioDialect {
    /// Twilio's messages member for member, in the order Twilio's documentation shows them.
    enum Wire {
        struct Connected: Codable {
            var event = "connected"
            var `protocol` = "Call"
            var version = "1.0.0"
        }

        struct Start: Codable {
            struct Format: Codable {
                var encoding: String
                var sampleRate: Int
                var channels: Int
            }

            struct Body: Codable {
                var accountSid: String
                var streamSid: String
                var callSid: String
                var tracks: [String]
                var customParameters: [String: String]?
                var mediaFormat: Format
            }

            var event = "start"
            var sequenceNumber: String
            var start: Body
            var streamSid: String
        }

        struct Media: Codable {
            struct Body: Codable {
                var track: String
                var chunk: String
                var timestamp: String
                var payload: String
            }

            var event = "media"
            var sequenceNumber: String
            var media: Body
            var streamSid: String
        }

        struct DTMF: Codable {
            struct Body: Codable {
                var track: String
                var digit: String
            }

            var event = "dtmf"
            var streamSid: String
            var sequenceNumber: String
            var dtmf: Body
        }

        struct Name: Codable {
            var name: String
        }

        struct CarrierMark: Codable {
            var event = "mark"
            var sequenceNumber: String
            var streamSid: String
            var mark: Name
        }

        struct Stop: Codable {
            struct Body: Codable {
                var accountSid: String
                var callSid: String
            }

            var event = "stop"
            var sequenceNumber: String
            var streamSid: String
            var stop: Body
        }

        struct AgentMedia: Codable {
            struct Body: Codable {
                var payload: String
            }

            var event = "media"
            var streamSid: String?
            var media: Body
        }

        struct AgentMark: Codable {
            var event = "mark"
            var streamSid: String?
            var mark: Name
        }

        struct Clear: Codable {
            var event = "clear"
            var streamSid: String?
        }
    }
}
