extension TelnyxDialect {
    /// Telnyx's messages member for member (snake_case, as on the wire).
    enum Wire {
        struct Connected: Codable {
            var event = "connected"
            var version = "1.0.0"
        }

        struct Start: Codable {
            struct Format: Codable {
                var encoding: String
                var sample_rate: Int
                var channels: Int
            }

            struct Body: Codable {
                var user_id: String
                var call_control_id: String
                var media_format: Format
                var custom_parameters: [String: String]?
            }

            var event = "start"
            var sequence_number: String
            var start: Body
            var stream_id: String
        }

        struct Media: Codable {
            struct Body: Codable {
                var track: String
                var chunk: String
                var timestamp: String
                var payload: String
            }

            var event = "media"
            var sequence_number: String
            var media: Body
            var stream_id: String
        }

        struct DTMF: Codable {
            struct Body: Codable {
                var digit: String
            }

            var event = "dtmf"
            var stream_id: String
            var sequence_number: String
            var dtmf: Body
        }

        struct Name: Codable {
            var name: String
        }

        struct CarrierMark: Codable {
            var event = "mark"
            var sequence_number: String
            var stream_id: String
            var mark: Name
        }

        struct Stop: Codable {
            struct Body: Codable {
                var user_id: String
                var call_control_id: String
            }

            var event = "stop"
            var sequence_number: String
            var stop: Body
            var stream_id: String
        }

        struct AgentMedia: Codable {
            struct Body: Codable {
                var payload: String
            }

            var event = "media"
            var stream_id: String?
            var media: Body
        }

        struct AgentMark: Codable {
            var event = "mark"
            var stream_id: String?
            var mark: Name
        }

        struct Clear: Codable {
            var event = "clear"
            var stream_id: String?
        }
    }
}
